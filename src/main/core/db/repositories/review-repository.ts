import type { Cause, CheckFamily, Diagnosis } from '../../../../shared/domain/diagnosis';
import type { ErrorType } from '../../../../shared/domain/error-types';
import type { OrderResolution, ResolutionReason } from '../../../../shared/domain/resolution';
import type { Db } from '../connection';
import { toCause, type CauseRow } from './cause-rows';

/** A failed order with its stored diagnosis, as a review report lists it. */
export interface ReviewedOrder {
  id: number;
  marketplaceOrderId: string;
  affiliateId: string;
  errorType: ErrorType;
  message: string | null;
  valueCents: number | null;
  outcome: Diagnosis['outcome'];
  missing: string[];
  causes: Cause[];
  /** The type the evidence points to when the message did not say it; null when read from the message. */
  inferredErrorType: ErrorType | null;
  alsoFound: Cause[];
  checked: CheckFamily[];
  /** A failed order is open until the agent resolves it without a reprocess. */
  state: 'open' | 'resolved';
  resolution: OrderResolution | null;
}

/**
 * Every failed order with its diagnosis, in id order, streamed: two ordered scans merged side by
 * side (orders ⋈ diagnoses, and causes by (order_id, position)), never one query per order.
 */
export function* iterateReviewedOrders(db: Db): Generator<ReviewedOrder> {
  const orders = db
    .prepare(
      `SELECT o.id, o.marketplace_order_id, o.affiliate_id, o.integration_message, o.payment_value_cents,
              d.error_type, d.outcome, d.missing_json, d.inferred_error_type, d.also_found_json, d.checked_json,
              r.reason, r.note, r.resolved_at, r.resolved_by
         FROM marketplace_orders o JOIN diagnoses d ON d.order_id = o.id LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE o.integration_status = 'error'
        ORDER BY o.id`
    )
    .iterate() as IterableIterator<{
    id: number;
    marketplace_order_id: string;
    affiliate_id: string;
    integration_message: string | null;
    payment_value_cents: number | null;
    error_type: ErrorType;
    outcome: Diagnosis['outcome'];
    missing_json: string | null;
    inferred_error_type: ErrorType | null;
    also_found_json: string | null;
    checked_json: string | null;
    reason: ResolutionReason | null;
    note: string | null;
    resolved_at: string | null;
    resolved_by: string | null;
  }>;
  const causes = db
    .prepare(
      `SELECT order_id, code, sku_id, warehouse_id, dock_id, shipping_policy_id, trade_policy_id, evidence_json, fix_json
         FROM diagnosis_causes ORDER BY order_id, position`
    )
    .iterate() as IterableIterator<CauseRow>;
  // Two statements stepping at once on one connection is fine for reads in better-sqlite3.
  let pending = causes.next();
  for (const order of orders) {
    while (!pending.done && pending.value.order_id < order.id) pending = causes.next();
    const own: Cause[] = [];
    while (!pending.done && pending.value.order_id === order.id) {
      own.push(toCause(pending.value));
      pending = causes.next();
    }
    yield {
      id: order.id,
      marketplaceOrderId: order.marketplace_order_id,
      affiliateId: order.affiliate_id,
      errorType: order.error_type,
      message: order.integration_message,
      valueCents: order.payment_value_cents,
      outcome: order.outcome,
      missing: order.missing_json ? (JSON.parse(order.missing_json) as string[]) : [],
      causes: own,
      inferredErrorType: order.inferred_error_type,
      alsoFound: order.also_found_json ? (JSON.parse(order.also_found_json) as Cause[]) : [],
      checked: order.checked_json ? (JSON.parse(order.checked_json) as CheckFamily[]) : [],
      state: order.reason === null ? 'open' : 'resolved',
      resolution:
        order.reason === null
          ? null
          : { reason: order.reason, note: order.note, resolvedAt: order.resolved_at!, resolvedBy: order.resolved_by! }
    };
  }
  if (!pending.done) causes.return?.();
}

/** Counts of failed, diagnosed orders per error type and per cause code (outcome codes included). */
export function reviewCounts(db: Db): { failed: number; byErrorType: Record<string, number>; byCause: Record<string, number> } {
  const failed = db.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`).pluck().get() as number;
  const byErrorType = Object.fromEntries(
    (
      db
        .prepare(
          `SELECT d.error_type AS k, COUNT(*) AS n FROM diagnoses d JOIN marketplace_orders o ON o.id = d.order_id
            WHERE o.integration_status = 'error' GROUP BY d.error_type ORDER BY n DESC, k`
        )
        .all() as { k: string; n: number }[]
    ).map((row) => [row.k, row.n])
  );
  const causeRows = db
    .prepare(
      `SELECT code AS k, COUNT(DISTINCT order_id) AS n FROM diagnosis_causes GROUP BY code
       UNION ALL
       SELECT d.outcome AS k, COUNT(*) AS n FROM diagnoses d JOIN marketplace_orders o ON o.id = d.order_id
        WHERE o.integration_status = 'error' AND d.outcome <> 'causes' GROUP BY d.outcome
       ORDER BY n DESC, k`
    )
    .all() as { k: string; n: number }[];
  return { failed, byErrorType, byCause: Object.fromEntries(causeRows.map((row) => [row.k, row.n])) };
}
