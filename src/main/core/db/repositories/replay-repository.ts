import type { IntegrationStatus } from '../../../../shared/domain/model';
import type { Db } from '../connection';

/*
 * What a reprocess reads and writes about the orders it walks: their order, the OMS orders that
 * make one a duplicate, the attempt and the order's latest outcome.
 */

/** The ids among `ids` that name no order of the mirror. */
export function missingOrderIds(db: Db, ids: readonly number[]): number[] {
  return db
    .prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM marketplace_orders) ORDER BY value')
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}

/** VTEX order ids OMS holds for a marketplace order (same affiliate when both sides name one). */
export function omsOrderIdsFor(db: Db, marketplaceOrderId: string, affiliateId: string): string[] {
  return db
    .prepare(
      `SELECT order_id FROM oms_orders WHERE marketplace_order_id = ? AND (affiliate_id IS NULL OR affiliate_id = '' OR affiliate_id = ?)
        ORDER BY creation_date, order_id`
    )
    .pluck()
    .all(marketplaceOrderId, affiliateId) as string[];
}

/**
 * Records one more integration attempt: a row in integration_attempts and the order's latest
 * outcome. Numbering continues from the order's attempt count or its last row, whichever is higher.
 */
export function recordAttempt(
  db: Db,
  attempt: { orderId: number; status: IntegrationStatus; message: string | null; processedAt: string; vtexOrderId: string | null }
): number {
  const next = db
    .prepare(
      `SELECT MAX(o.attempts, COALESCE((SELECT MAX(attempt) FROM integration_attempts WHERE order_id = o.id), 0)) + 1
         FROM marketplace_orders o WHERE o.id = ?`
    )
    .pluck()
    .get(attempt.orderId) as number;
  db.prepare(
    `INSERT INTO integration_attempts (order_id, attempt, status, message, processed_at, source, vtex_order_id)
     VALUES (@orderId, @next, @status, @message, @processedAt, 'reprocess', @vtexOrderId)`
  ).run({ ...attempt, next });
  db.prepare(
    `UPDATE marketplace_orders SET integration_status = @status, integration_message = @message, processed_at = @processedAt,
       attempts = @next, vtex_order_id = COALESCE(@vtexOrderId, vtex_order_id) WHERE id = @orderId`
  ).run({ ...attempt, next });
  return next;
}

/**
 * The attempt numbers of an order that the desk's own replay recorded (a reprocess judged on the
 * local copy that still fails, worded as VTEX would): each has its `reprocess:still_failing` audit
 * entry, written in the same transaction and naming the attempt. The history labels them apart from
 * VTEX's answers without a migration (integration_attempts' source is checked by 0001).
 */
export function deskReplayAttempts(db: Db, orderId: number): Set<number> {
  const attempts = db
    .prepare(
      `SELECT json_extract(after_json, '$.attempts') FROM audit_log
        WHERE action = 'reprocess:still_failing' AND entity_type = 'order' AND entity_id = ?`
    )
    .pluck()
    .all(String(orderId)) as number[];
  return new Set(attempts);
}

/**
 * The failed orders whose latest attempt (and so the message the mirror shows) is the desk's own
 * replay on the local copy, not VTEX's answer: told as deskReplayAttempts tells them, in one pass.
 */
export function ordersLastReplayedByDesk(db: Db): Set<number> {
  const ids = db
    .prepare(
      `SELECT o.id FROM audit_log a JOIN marketplace_orders o ON o.id = CAST(a.entity_id AS INTEGER)
        WHERE a.action = 'reprocess:still_failing' AND a.entity_type = 'order' AND o.integration_status = 'error'
          AND json_extract(a.after_json, '$.attempts') = o.attempts`
    )
    .pluck()
    .all() as number[];
  return new Set(ids);
}

/** Forgets an order's diagnosis (it integrated: nothing is left to explain). */
export function deleteDiagnosis(db: Db, orderId: number): void {
  db.prepare('DELETE FROM diagnosis_causes WHERE order_id = ?').run(orderId);
  db.prepare('DELETE FROM diagnoses WHERE order_id = ?').run(orderId);
}

/**
 * The ids in the order a bulk reprocess walks them: oldest first by the marketplace's creation
 * date, then id; orders without a date last (their age is unknown).
 */
export function orderIdsOldestFirst(db: Db, ids: readonly number[]): number[] {
  return db
    .prepare(
      `SELECT o.id FROM marketplace_orders o JOIN json_each(?) j ON j.value = o.id
        ORDER BY o.created_at IS NULL, o.created_at, o.id`
    )
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}

/** The desk's ids of orders named by their marketplace order ids, and the names no order carries. */
export function orderIdsByMarketplaceOrderIds(
  db: Db,
  marketplaceOrderIds: readonly string[]
): { ids: number[]; missing: string[] } {
  const json = JSON.stringify([...new Set(marketplaceOrderIds)]);
  const ids = db
    .prepare(
      'SELECT o.id FROM marketplace_orders o WHERE o.marketplace_order_id IN (SELECT value FROM json_each(?)) ORDER BY o.id'
    )
    .pluck()
    .all(json) as number[];
  const missing = db
    .prepare(
      'SELECT value FROM json_each(?) WHERE value NOT IN (SELECT marketplace_order_id FROM marketplace_orders) ORDER BY key'
    )
    .pluck()
    .all(json) as string[];
  return { ids, missing };
}
