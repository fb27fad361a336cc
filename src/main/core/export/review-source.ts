import type { Db } from '../db/connection';
import { listCauseGroups } from '../db/repositories/diagnosis-repository';
import { iterateReviewedOrders, reviewCounts, type ReviewedOrder } from '../db/repositories/review-repository';

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
  orders: () => Iterable<ReviewedOrder>;
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
    orders: () => iterateReviewedOrders(db)
  };
}

/** Where a report is written, chunk by chunk (a file descriptor, stdout, or a string in tests). */
export type TextSink = (chunk: string) => void;
