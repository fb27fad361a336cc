/**
 * Closing the loop: an order the agent settles without a reprocess, and the three states the queue
 * filters by. Only an order that failed is resolved; an order VTEX integrated is `integrated`
 * whatever its past, so a resolution left on an order that later integrated no longer counts.
 */

/** Why an order needs no reprocess: the marketplace canceled it, it repeats another order, it was settled outside the desk, or it will not be fixed. */
export const RESOLUTION_REASONS = ['canceled_at_marketplace', 'duplicate', 'handled_outside', 'wont_fix'] as const;
export type ResolutionReason = (typeof RESOLUTION_REASONS)[number];

/**
 * `open`: failed and not resolved (the agent's work); `resolved`: failed and closed with a reason;
 * `integrated`: VTEX holds the order. A pending order (VTEX still processing) is in none of them.
 */
export const ORDER_STATES = ['open', 'resolved', 'integrated'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export interface OrderResolution {
  reason: ResolutionReason;
  note: string | null;
  resolvedAt: string;
  /** The agent's name as Settings held it when the order was resolved. */
  resolvedBy: string;
}

/** The state of an order from its integration status and resolution (queue-filter-sql.ts says the same in SQL). */
export function orderState(status: 'error' | 'success' | 'pending', resolution: OrderResolution | null): OrderState | null {
  if (status === 'success') return 'integrated';
  if (resolution) return 'resolved';
  return status === 'error' ? 'open' : null;
}
