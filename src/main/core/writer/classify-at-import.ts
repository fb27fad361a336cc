import type { ClassifyOrder } from '../import/classify-cache';
import { classifyOrder } from '../rules/classify-order';

/**
 * What the import stores as a failed order's error type: the rules' reading of its message, given to
 * the import from above. In a module of its own so the thread parsing the orders loads the rules'
 * classifier and nothing of the writer's jobs (workers/order-parse-worker.ts).
 */
export const classifyAtImport: ClassifyOrder = (order) => classifyOrder(order).errorType;
