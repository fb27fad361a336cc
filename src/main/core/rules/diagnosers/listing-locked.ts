import { cause, fix } from '../checks/findings';
import type { Diagnoser } from './types';

/** The listing cannot be changed at the marketplace (closed, under review, fulfilled by it). */
export const diagnoseListingLocked: Diagnoser = (ctx, findings) => {
  findings.add(cause('marketplace_listing_locked', { status: ctx.order.marketplaceOrderStatus }, fix('act_at_marketplace')));
};
