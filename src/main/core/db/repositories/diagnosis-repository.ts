import type { Cause, CheckFamily, Diagnosis } from '../../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';
import type { Db } from '../connection';
import { toCause, type CauseRow } from './cause-rows';
import { rowsForInsert, upsertDiagnosisRows } from './diagnosis-writes';

/** A diagnosis as stored: the rules engine's answer plus when it ran and what "now" it judged at. */
export interface StoredDiagnosis extends Diagnosis {
  orderId: number;
  confidence: number;
  ranAt: string;
  asOf: string;
}

export interface DiagnosisRow {
  orderId: number;
  confidence: number;
  diagnosis: Diagnosis;
  groupKeys: string[];
}

export interface CauseGroup {
  code: CauseCode;
  key: string;
  orderCount: number;
  valueAtStakeCents: number;
  /** The group's orders (up to the limit asked): mirror ids and marketplace order ids, in id order. */
  orderIds: number[];
  marketplaceOrderIds: string[];
  skuId: string | null;
  tradePolicyId: string | null;
  dockId: string | null;
  shippingPolicyId: string | null;
  warehouseId: string | null;
  /** Every trade policy and marketplace (affiliate) the group's orders came through, sorted. */
  tradePolicyIds: string[];
  affiliateIds: string[];
}

/** A group's open causes: an order the agent resolved without a reprocess (migration 0011) leaves its groups. */
const OPEN_CAUSES = 'SELECT * FROM diagnosis_causes WHERE order_id NOT IN (SELECT order_id FROM order_resolutions)';

/** Stores a batch of diagnoses (the caller holds the transaction), replacing what their orders had. */
export function writeDiagnoses(db: Db, rows: DiagnosisRow[], meta: { ranAt: string; asOf: string }): void {
  upsertDiagnosisRows(db, rowsForInsert(rows, meta));
}

/** How many of the mirror's orders failed (counted in a status index). */
export function countFailedOrders(db: Db): number {
  return db.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`).pluck().get() as number;
}

/**
 * The distinct wordings (connector and message) of the mirror's failed orders, at most `limit`: what
 * a whole run classifies once for all its threads. Null when there are more (each thread then classifies its own).
 */
export function readFailedOrderWordings(
  db: Db,
  limit: number
): { connectorName: string | null; integrationMessage: string | null }[] | null {
  const wordings = db
    .prepare(
      `SELECT DISTINCT connector_name AS connectorName, integration_message AS integrationMessage
         FROM marketplace_orders WHERE integration_status = 'error' LIMIT ?`
    )
    .all(limit + 1) as { connectorName: string | null; integrationMessage: string | null }[];
  return wordings.length > limit ? null : wordings;
}

type StoredRow = {
  error_type: ErrorType;
  confidence: number;
  outcome: Diagnosis['outcome'];
  missing_json: string | null;
  ran_at: string;
  as_of: string;
  inferred_error_type: ErrorType | null;
  checked_json: string | null;
  also_found_json: string | null;
};

export function getDiagnosis(db: Db, orderId: number): StoredDiagnosis | null {
  const row = db
    .prepare(
      'SELECT error_type, confidence, outcome, missing_json, ran_at, as_of, inferred_error_type, checked_json, also_found_json FROM diagnoses WHERE order_id = ?'
    )
    .get(orderId) as StoredRow | undefined;
  if (!row) return null;
  const causes = (
    db
      .prepare(
        'SELECT order_id, code, sku_id, warehouse_id, dock_id, shipping_policy_id, trade_policy_id, evidence_json, fix_json FROM diagnosis_causes WHERE order_id = ? ORDER BY position'
      )
      .all(orderId) as CauseRow[]
  ).map(toCause);
  return {
    orderId,
    errorType: row.error_type,
    confidence: row.confidence,
    outcome: row.outcome,
    causes,
    ...(row.also_found_json ? { alsoFound: JSON.parse(row.also_found_json) as Cause[] } : {}),
    ...(row.inferred_error_type ? { inferredErrorType: row.inferred_error_type } : {}),
    ...(row.checked_json ? { checked: JSON.parse(row.checked_json) as CheckFamily[] } : {}),
    ...(row.missing_json ? { missing: JSON.parse(row.missing_json) as string[] } : {}),
    ranAt: row.ran_at,
    asOf: row.as_of
  };
}

/**
 * Orders that share one cause on one object, largest first. Value at stake is the orders' payment
 * value (each order counted once per group even when it has the cause on several items). The
 * group's refs are those of its first order's cause row (one object per group key).
 */
export function listCauseGroups(db: Db, options: { limit?: number; orderIdsPerGroup?: number } = {}): CauseGroup[] {
  // Value at stake only breaks ties in the order, so it is summed only for groups as large as the
  // limit-th one: at a million orders, summing it for every group took seconds.
  const rows = db
    .prepare(
      `WITH open_causes AS (${OPEN_CAUSES}),
       counted AS MATERIALIZED (
         SELECT code, group_key, COUNT(DISTINCT order_id) AS order_count, MIN(order_id) AS first_order_id
           FROM open_causes GROUP BY code, group_key)
       SELECT c.code, c.group_key, c.order_count,
              (SELECT COALESCE(SUM(o.payment_value_cents), 0) FROM marketplace_orders o
                WHERE o.id IN (SELECT order_id FROM open_causes WHERE code = c.code AND group_key = c.group_key)) AS value_cents,
              r.sku_id, r.trade_policy_id, r.dock_id, r.shipping_policy_id, r.warehouse_id
         FROM counted c
         JOIN diagnosis_causes r ON r.order_id = c.first_order_id
          AND r.position = (SELECT MIN(position) FROM diagnosis_causes WHERE order_id = c.first_order_id AND code = c.code AND group_key = c.group_key)
        WHERE c.order_count >= (SELECT COALESCE(MIN(order_count), 0) FROM (SELECT order_count FROM counted ORDER BY order_count DESC LIMIT @limit))
        ORDER BY c.order_count DESC, value_cents DESC, c.code, c.group_key
        LIMIT @limit`
    )
    .all({ limit: options.limit ?? 1000 }) as {
    code: CauseCode;
    group_key: string;
    order_count: number;
    value_cents: number;
    sku_id: string | null;
    trade_policy_id: string | null;
    dock_id: string | null;
    shipping_policy_id: string | null;
    warehouse_id: string | null;
  }[];
  const idsOf = db.prepare(
    `SELECT o.id, o.marketplace_order_id FROM marketplace_orders o
      WHERE o.id IN (SELECT order_id FROM (${OPEN_CAUSES}) WHERE code = ? AND group_key = ?) ORDER BY o.id LIMIT ?`
  );
  const tradePoliciesOf = db
    .prepare(
      `SELECT DISTINCT trade_policy_id FROM (${OPEN_CAUSES}) WHERE code = ? AND group_key = ? AND trade_policy_id IS NOT NULL ORDER BY trade_policy_id`
    )
    .pluck();
  const affiliatesOf = db
    .prepare(
      `SELECT DISTINCT o.affiliate_id FROM marketplace_orders o
        WHERE o.id IN (SELECT order_id FROM (${OPEN_CAUSES}) WHERE code = ? AND group_key = ?) ORDER BY o.affiliate_id`
    )
    .pluck();
  return rows.map((row) => {
    const members = idsOf.all(row.code, row.group_key, options.orderIdsPerGroup ?? 1000) as {
      id: number;
      marketplace_order_id: string;
    }[];
    const tradePolicyIds = tradePoliciesOf.all(row.code, row.group_key) as string[];
    return {
      code: row.code,
      key: row.group_key,
      orderCount: row.order_count,
      valueAtStakeCents: row.value_cents,
      orderIds: members.map((m) => m.id),
      marketplaceOrderIds: members.map((m) => m.marketplace_order_id),
      skuId: row.sku_id,
      // One policy is the group's object; several are only where its orders came from (listed below).
      tradePolicyId: tradePolicyIds.length > 1 ? null : row.trade_policy_id,
      dockId: row.dock_id,
      shippingPolicyId: row.shipping_policy_id,
      warehouseId: row.warehouse_id,
      tradePolicyIds,
      affiliateIds: affiliatesOf.all(row.code, row.group_key) as string[]
    };
  });
}
