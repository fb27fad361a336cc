import type { Findings } from '../checks/findings';
import type { OrderContext } from '../checks/order-context';

/** Runs one error type's checks on an order, adding what it finds. Pure: reads only the context. */
export type Diagnoser = (ctx: OrderContext, findings: Findings) => void;
