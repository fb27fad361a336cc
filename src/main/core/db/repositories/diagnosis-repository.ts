import type { Cause, CheckFamily, Diagnosis } from '../../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';
import type { Db } from '../connection';
import { toCause, type CauseRow } from './cause-rows';
import { statementCache } from './statement-cache';

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

const INSERT_DIAGNOSIS = `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, top_cause, missing_json, ran_at, as_of,
    inferred_error_type, checked_json, also_found_json)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const statements = statementCache({
  deleteCauses: 'DELETE FROM diagnosis_causes WHERE order_id = ?',
  upsertDiagnosis: `${INSERT_DIAGNOSIS}
    ON CONFLICT (order_id) DO UPDATE SET error_type = excluded.error_type, confidence = excluded.confidence,
      outcome = excluded.outcome, top_cause = excluded.top_cause, missing_json = excluded.missing_json,
      ran_at = excluded.ran_at, as_of = excluded.as_of, inferred_error_type = excluded.inferred_error_type,
      checked_json = excluded.checked_json, also_found_json = excluded.also_found_json`,
  insertDiagnosis: INSERT_DIAGNOSIS,
  insertCause: `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, warehouse_id, dock_id, shipping_policy_id, trade_policy_id, evidence_json, fix_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  // Unchanged types are not rewritten: the column sits in four queue indexes.
  setErrorType: 'UPDATE marketplace_orders SET error_type = ? WHERE id = ? AND error_type IS NOT ?'
});

/**
 * A batch of diagnoses as the parameters their inserts bind, in column order: plain arrays of
 * numbers and strings, so a worker can build them and post them cheaply (no nested objects to
 * clone) and the writer only binds and steps. `diagnoses[i][0]` is the order id, `[1]` its error
 * type, `[3]` its outcome.
 */
export interface InsertRows {
  diagnoses: DiagnosisParams[];
  /** Each diagnosis's causes, in the order of `diagnoses`; `causeCounts[i]` says how many are the i-th's. */
  causes: CauseParams[];
  causeCounts: number[];
}

type DiagnosisParams = [
  number,
  ErrorType,
  number,
  Diagnosis['outcome'],
  CauseCode | null,
  string | null,
  string,
  string,
  ErrorType | null,
  string | null,
  string | null
];
type CauseParams = [
  number,
  number,
  CauseCode,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string,
  string
];

/** The insert parameters of a batch of diagnoses (pure: the JSON is serialised here, once). */
export function rowsForInsert(rows: readonly DiagnosisRow[], meta: { ranAt: string; asOf: string }): InsertRows {
  const out: InsertRows = { diagnoses: [], causes: [], causeCounts: [] };
  for (const { orderId, confidence, diagnosis, groupKeys } of rows) {
    const { errorType, outcome, causes, missing, alsoFound, checked } = diagnosis;
    out.diagnoses.push([
      orderId,
      errorType,
      confidence,
      outcome,
      causes[0]?.code ?? null,
      missing?.length ? JSON.stringify(missing) : null,
      meta.ranAt,
      meta.asOf,
      diagnosis.inferredErrorType ?? null,
      checked ? JSON.stringify(checked) : null,
      alsoFound?.length ? JSON.stringify(alsoFound) : null
    ]);
    out.causeCounts.push(causes.length);
    for (let position = 0; position < causes.length; position++) {
      const cause = causes[position];
      out.causes.push([
        orderId,
        position,
        cause.code,
        groupKeys[position],
        cause.skuId ?? null,
        cause.warehouseId ?? null,
        cause.dockId ?? null,
        cause.shippingPolicyId ?? null,
        cause.tradePolicyId ?? null,
        JSON.stringify(cause.evidence),
        JSON.stringify(cause.fix)
      ]);
    }
  }
  return out;
}

/**
 * Stores insert-ready rows (the caller holds the transaction), replacing what the orders had.
 * `fresh` says the tables were emptied for a whole-mirror run (clearAllDiagnoses), so rows are
 * plain inserts, with no delete or conflict check per order.
 */
export function insertDiagnosisRows(db: Db, rows: InsertRows, fresh = false): void {
  const s = statements(db);
  const writeDiagnosis = fresh ? s.insertDiagnosis : s.upsertDiagnosis;
  // Order by order (causes follow their diagnosis in `causes`), so an order listed twice ends as its last row.
  let next = 0;
  for (let i = 0; i < rows.diagnoses.length; i++) {
    const params = rows.diagnoses[i];
    const orderId = params[0];
    if (!fresh) s.deleteCauses.run(orderId);
    writeDiagnosis.run(params);
    for (const end = next + rows.causeCounts[i]; next < end; next++) s.insertCause.run(rows.causes[next]);
    s.setErrorType.run(params[1], orderId, params[1]);
  }
}

/** Stores a batch of diagnoses (the caller holds the transaction); see insertDiagnosisRows. */
export function writeDiagnoses(db: Db, rows: DiagnosisRow[], meta: { ranAt: string; asOf: string }, fresh = false): void {
  insertDiagnosisRows(db, rowsForInsert(rows, meta), fresh);
}

const DIAGNOSIS_TABLES = ['diagnoses', 'diagnosis_causes'];

/** Triggers that bump the queue's generation per row (migration 0005): a whole run bumps it once. */
const GENERATION_TRIGGER = /^queue_generation_/;

/**
 * Empties the diagnoses and their causes before a whole-mirror run rewrites them, with the two
 * tables' secondary indexes and per-row generation triggers set aside: deleting and re-inserting
 * half a million rows through five indexes cost more than building the indexes again in one sorted
 * pass each, and a trigger per row (about 4 µs, plus SQLite's fast truncate lost to the delete
 * trigger) only bumps a counter that one bump at the end serves as well. Returns the step that
 * rebuilds the indexes and triggers from the definitions the schema held and bumps the queue
 * generation once; the caller runs it inside the same transaction, so a failure rolls all back.
 */
export function clearAllDiagnoses(db: Db): () => void {
  const placeholders = DIAGNOSIS_TABLES.map(() => '?').join(', ');
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${placeholders}) AND sql IS NOT NULL`)
    .all(...DIAGNOSIS_TABLES) as { name: string; sql: string }[];
  const triggers = (
    db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (${placeholders})`)
      .all(...DIAGNOSIS_TABLES) as {
      name: string;
      sql: string;
    }[]
  ).filter((trigger) => GENERATION_TRIGGER.test(trigger.name));
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const index of indexes) db.exec(`DROP INDEX ${quoted(index.name)}`);
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoted(trigger.name)}`);
  db.prepare('DELETE FROM diagnosis_causes').run();
  db.prepare('DELETE FROM diagnoses').run();
  return () => {
    for (const index of indexes) db.exec(index.sql);
    for (const trigger of triggers) db.exec(trigger.sql);
    if (triggers.length > 0)
      db.prepare(`UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'queue_generation'`).run();
  };
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
