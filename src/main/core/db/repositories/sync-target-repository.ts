import type { Db } from '../connection';

/** What the failed orders of the mirror name: what a targeted sync brings from VTEX. */
export interface FailedOrderTargets {
  orderIds: number[];
  skuIds: string[];
  /** Digits only, as the freight-values path takes them. */
  postalCodes: string[];
  marketplaceOrderIds: string[];
  /** The oldest failed order's creation date (ISO), or null when none has one. */
  oldestCreatedAt: string | null;
}

export function failedOrderTargets(db: Db): FailedOrderTargets {
  const failed = `SELECT id FROM marketplace_orders WHERE integration_status = 'error'`;
  const orderIds = db.prepare(failed).pluck().all() as number[];
  const skuIds = db
    .prepare(`SELECT DISTINCT sku_id FROM order_items WHERE order_id IN (${failed}) ORDER BY sku_id`)
    .pluck()
    .all() as string[];
  const codes = db
    .prepare(
      `SELECT DISTINCT postal_code FROM order_addresses WHERE order_id IN (${failed}) AND postal_code IS NOT NULL AND postal_code <> ''`
    )
    .pluck()
    .all() as string[];
  const marketplaceOrderIds = db
    .prepare(`SELECT DISTINCT marketplace_order_id FROM marketplace_orders WHERE id IN (${failed}) ORDER BY 1`)
    .pluck()
    .all() as string[];
  const oldest = db.prepare(`SELECT MIN(created_at) FROM marketplace_orders WHERE id IN (${failed})`).pluck().get() as
    string | null;
  const postalCodes = [...new Set(codes.map((code) => code.replace(/\D/g, '')).filter((code) => code !== ''))].sort();
  return { orderIds, skuIds, postalCodes, marketplaceOrderIds, oldestCreatedAt: oldest };
}

/** Each order's stored outcome and top cause (absent when it has no diagnosis). */
export function diagnosisOutcomes(
  db: Db,
  orderIds: readonly number[]
): Map<number, { outcome: string; topCause: string | null }> {
  const rows = db
    .prepare(
      'SELECT order_id AS orderId, outcome, top_cause AS topCause FROM diagnoses WHERE order_id IN (SELECT value FROM json_each(?))'
    )
    .all(JSON.stringify(orderIds)) as { orderId: number; outcome: string; topCause: string | null }[];
  return new Map(rows.map((row) => [row.orderId, { outcome: row.outcome, topCause: row.topCause }]));
}
