import type { Db } from '../db/connection';
import { listCauseGroups } from '../db/repositories/diagnosis-repository';
import { ordersLastReplayedByDesk } from '../db/repositories/replay-repository';
import { iterateReviewedOrders, reviewCounts, type ReviewedOrder } from '../db/repositories/review-repository';

/**
 * Who wrote the message a report shows for an order: VTEX (the snapshot, the Admin export, an answer
 * to a re-send or an order OMS showed), or the desk's own replay on the local copy, worded as VTEX
 * would but never seen by VTEX (the order view's "desk replay on the local copy").
 */
export type MessageSource = 'vtex' | 'desk-replay';

export type ReportedOrder = ReviewedOrder & { messageSource: MessageSource };

/** How each format labels a desk replay's message. */
export const DESK_REPLAY_LABEL = 'desk replay on the local copy (VTEX has not seen it)';

export interface ReviewGroup {
  code: string;
  key: string;
  /** Marketplace order ids of the group's orders. */
  orderIds: string[];
  /** Sum of the orders' payment values, in cents. */
  valueAtStake: number;
}

export interface ReviewSummary {
  failed: number;
  byErrorType: Record<string, number>;
  byCause: Record<string, number>;
}

/** What every report format is written from: read once, streamed order by order. */
export interface ReviewSource {
  asOf: string;
  summary: ReviewSummary;
  groups: ReviewGroup[];
  orders: () => Iterable<ReportedOrder>;
}

export function reviewSource(db: Db, asOf: string): ReviewSource {
  return {
    asOf,
    summary: reviewCounts(db),
    groups: listCauseGroups(db, { limit: 10_000, orderIdsPerGroup: 100_000 }).map((group) => ({
      code: group.code,
      key: group.key,
      orderIds: group.marketplaceOrderIds,
      valueAtStake: group.valueAtStakeCents
    })),
    orders: () => labelled(iterateReviewedOrders(db), ordersLastReplayedByDesk(db))
  };
}

function* labelled(orders: Iterable<ReviewedOrder>, deskReplayed: ReadonlySet<number>): Generator<ReportedOrder> {
  for (const order of orders) yield { ...order, messageSource: deskReplayed.has(order.id) ? 'desk-replay' : 'vtex' };
}

/** Where a report is written, chunk by chunk (a file descriptor, stdout, or a string in tests). */
export type TextSink = (chunk: string) => void;
