import type { Statement } from 'better-sqlite3';
import type { DiagnosisOutcome } from '../../../../shared/domain/diagnosis';
import type { Db } from '../connection';
import type { DiagnosisRow } from './diagnosis-repository';
import { statementCache } from './statement-cache';

export type SqlValue = string | number | null;

const DIAGNOSIS_COLUMNS = [
  'order_id',
  'error_type',
  'confidence',
  'outcome',
  'top_cause',
  'missing_json',
  'ran_at',
  'as_of',
  'inferred_error_type',
  'checked_json',
  'also_found_json'
];
const CAUSE_COLUMNS = [
  'order_id',
  'position',
  'code',
  'group_key',
  'sku_id',
  'warehouse_id',
  'dock_id',
  'shipping_policy_id',
  'trade_policy_id',
  'evidence_json',
  'fix_json'
];
const DIAGNOSIS_WIDTH = DIAGNOSIS_COLUMNS.length;
const CAUSE_WIDTH = CAUSE_COLUMNS.length;
const OUTCOME = DIAGNOSIS_COLUMNS.indexOf('outcome');

/**
 * A batch of diagnoses as the values their inserts bind, row after row in column order, in flat
 * arrays of numbers, strings and nulls: a worker builds and posts them cheaply (no nested objects
 * to clone), and a whole run binds many rows per statement. `causeCounts[i]` says how many of
 * `causes`' rows are the i-th diagnosis's (they follow in the same order).
 */
export interface InsertRows {
  diagnoses: SqlValue[];
  causes: SqlValue[];
  causeCounts: number[];
}

/** How many diagnoses a batch holds, and the i-th's order id and outcome. */
export const diagnosisCount = (rows: InsertRows): number => rows.causeCounts.length;
export const orderIdAt = (rows: InsertRows, i: number): number => rows.diagnoses[i * DIAGNOSIS_WIDTH] as number;
export const outcomeAt = (rows: InsertRows, i: number): DiagnosisOutcome =>
  rows.diagnoses[i * DIAGNOSIS_WIDTH + OUTCOME] as DiagnosisOutcome;

/**
 * The JSON of a value shared by many rows, serialised once: a frozen fix suggestion (one per kind
 * made outside the desk, see rules' `fix`), keyed by the object itself.
 */
const sharedJson = new WeakMap<object, string>();

function fixJson(fix: object): string {
  let json = sharedJson.get(fix);
  if (json === undefined) {
    json = JSON.stringify(fix);
    if (Object.isFrozen(fix)) sharedJson.set(fix, json);
  }
  return json;
}

/** A `checked` list's JSON: the families come from a short fixed list, so the same lists recur order after order. */
interface ListNode {
  json?: string;
  next: Map<string, ListNode>;
}
const checkedLists: ListNode = { next: new Map() };

function checkedJson(families: readonly string[]): string {
  let node = checkedLists;
  for (const family of families) {
    let next = node.next.get(family);
    if (!next) node.next.set(family, (next = { next: new Map() }));
    node = next;
  }
  return (node.json ??= JSON.stringify(families));
}

/** The insert values of a batch of diagnoses (pure: the JSON is serialised here, once). */
export function rowsForInsert(rows: readonly DiagnosisRow[], meta: { ranAt: string; asOf: string }): InsertRows {
  const out: InsertRows = { diagnoses: [], causes: [], causeCounts: [] };
  for (const { orderId, confidence, diagnosis, groupKeys } of rows) {
    const { errorType, outcome, causes, missing, alsoFound, checked } = diagnosis;
    out.diagnoses.push(
      orderId,
      errorType,
      confidence,
      outcome,
      causes[0]?.code ?? null,
      missing?.length ? JSON.stringify(missing) : null,
      meta.ranAt,
      meta.asOf,
      diagnosis.inferredErrorType ?? null,
      checked ? checkedJson(checked) : null,
      alsoFound?.length ? JSON.stringify(alsoFound) : null
    );
    out.causeCounts.push(causes.length);
    for (let position = 0; position < causes.length; position++) {
      const cause = causes[position];
      out.causes.push(
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
        fixJson(cause.fix)
      );
    }
  }
  return out;
}

const placeholders = (width: number) => `(${Array.from({ length: width }, () => '?').join(', ')})`;
const INSERT_DIAGNOSIS = `INSERT INTO diagnoses (${DIAGNOSIS_COLUMNS.join(', ')}) VALUES ${placeholders(DIAGNOSIS_WIDTH)}`;
const INSERT_CAUSE = `INSERT INTO diagnosis_causes (${CAUSE_COLUMNS.join(', ')}) VALUES ${placeholders(CAUSE_WIDTH)}`;

const statements = statementCache({
  deleteCauses: 'DELETE FROM diagnosis_causes WHERE order_id = ?',
  upsertDiagnosis: `${INSERT_DIAGNOSIS}
    ON CONFLICT (order_id) DO UPDATE SET ${DIAGNOSIS_COLUMNS.slice(1)
      .map((column) => `${column} = excluded.${column}`)
      .join(', ')}`,
  insertCause: INSERT_CAUSE,
  // Unchanged types are not rewritten: the column sits in four queue indexes.
  setErrorType: 'UPDATE marketplace_orders SET error_type = ? WHERE id = ? AND error_type IS NOT ?'
});

/**
 * Stores a batch of diagnoses (the caller holds the transaction), replacing what their orders had,
 * and keeps each order's error type in step with its diagnosis. An order listed twice ends as its last row.
 */
export function upsertDiagnosisRows(db: Db, rows: InsertRows): void {
  const s = statements(db);
  let cause = 0;
  for (let i = 0; i < rows.causeCounts.length; i++) {
    const values = rows.diagnoses.slice(i * DIAGNOSIS_WIDTH, (i + 1) * DIAGNOSIS_WIDTH);
    const [orderId, errorType] = values;
    s.deleteCauses.run(orderId);
    s.upsertDiagnosis.run(values);
    for (const end = cause + rows.causeCounts[i]; cause < end; cause++)
      s.insertCause.run(rows.causes.slice(cause * CAUSE_WIDTH, (cause + 1) * CAUSE_WIDTH));
    s.setErrorType.run(errorType, orderId, errorType);
  }
}

/**
 * Rows bound per INSERT in a whole run: each statement execution costs a few µs of binding and
 * stepping overhead, so one per 64 rows instead of one per row (704 parameters, far below SQLite's limit).
 */
const ROWS_PER_INSERT = 64;

const multiRowInserts = new WeakMap<Db, Map<string, Statement>>();

function multiRowInsert(db: Db, table: string, columns: string[], rows: number): Statement {
  let cached = multiRowInserts.get(db);
  if (!cached) multiRowInserts.set(db, (cached = new Map()));
  const key = `${table}:${rows}`;
  let statement = cached.get(key);
  if (!statement) {
    const values = Array.from({ length: rows }, () => placeholders(columns.length)).join(', ');
    statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`);
    cached.set(key, statement);
  }
  return statement;
}

function insertAll(db: Db, table: string, columns: string[], values: SqlValue[]): void {
  const width = columns.length;
  const chunk = ROWS_PER_INSERT * width;
  let start = 0;
  if (values.length >= chunk) {
    const full = multiRowInsert(db, table, columns, ROWS_PER_INSERT);
    for (; start + chunk <= values.length; start += chunk) full.run(values.slice(start, start + chunk));
  }
  if (start < values.length) multiRowInsert(db, table, columns, (values.length - start) / width).run(values.slice(start));
}

/**
 * Brings every order's error type in step with its stored diagnosis, in one statement at the end of
 * a whole rewrite (the bench's floor runs it too: no whole run can skip it). Unchanged types are not
 * rewritten: the column sits in four queue indexes.
 */
export const SYNC_ERROR_TYPES = `UPDATE marketplace_orders AS o SET error_type = d.error_type FROM diagnoses AS d
  WHERE d.order_id = o.id AND o.error_type IS NOT d.error_type`;

/** A whole-mirror rewrite of the diagnoses: batches written as they come, then the one closing step. */
export interface DiagnosesRewrite {
  write(rows: InsertRows): void;
  /** Rebuilds what was set aside and brings what the triggers did per row up to date, once. */
  finish(): void;
}

const DIAGNOSIS_TABLES = ['diagnoses', 'diagnosis_causes'];

/**
 * Triggers on the two tables that a whole rewrite sets aside, each with the one statement that does
 * for all rows at the end what it did per row. The queue-generation triggers (migration 0005) only
 * bump a counter, about 4 µs a row, and the delete trigger cost SQLite its fast truncate; the
 * planned-replay trigger (migration 0009) drops the replay of an order that gets a cause. Any other
 * trigger stays and fires per row.
 */
const SET_ASIDE: { name: RegExp; atEnd: string }[] = [
  {
    name: /^queue_generation_/,
    atEnd: `UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'queue_generation'`
  },
  {
    name: /^planned_replays_cause$/,
    atEnd: 'DELETE FROM planned_replays WHERE order_id IN (SELECT order_id FROM diagnosis_causes)'
  }
];

/**
 * Empties the diagnoses and their causes for a whole-mirror run that rewrites them all (the caller
 * holds the transaction, and a failure rolls all of it back). The two tables' secondary indexes and
 * the triggers of SET_ASIDE are dropped first: deleting and re-inserting half a million rows through
 * five indexes cost more than building each index again in one sorted pass, and a trigger per row
 * costs more than its one set-wide statement. Batches are then plain multi-row inserts, and the
 * orders' error types are brought in step with their diagnoses in one statement at the end.
 */
export function rewriteAllDiagnoses(db: Db): DiagnosesRewrite {
  const inTables = `tbl_name IN (${DIAGNOSIS_TABLES.map(() => '?').join(', ')}) AND sql IS NOT NULL`;
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND ${inTables}`)
    .all(...DIAGNOSIS_TABLES) as { name: string; sql: string }[];
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND ${inTables}`)
    .all(...DIAGNOSIS_TABLES) as { name: string; sql: string }[];
  const setAside = triggers.filter((trigger) => SET_ASIDE.some(({ name }) => name.test(trigger.name)));
  const atEnd = SET_ASIDE.filter(({ name }) => setAside.some((trigger) => name.test(trigger.name))).map(({ atEnd }) => atEnd);
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const index of indexes) db.exec(`DROP INDEX ${quoted(index.name)}`);
  for (const trigger of setAside) db.exec(`DROP TRIGGER ${quoted(trigger.name)}`);
  db.prepare('DELETE FROM diagnosis_causes').run();
  db.prepare('DELETE FROM diagnoses').run();
  return {
    write(rows) {
      insertAll(db, 'diagnoses', DIAGNOSIS_COLUMNS, rows.diagnoses);
      insertAll(db, 'diagnosis_causes', CAUSE_COLUMNS, rows.causes);
    },
    finish() {
      db.prepare(SYNC_ERROR_TYPES).run();
      for (const index of indexes) db.exec(index.sql);
      for (const trigger of setAside) db.exec(trigger.sql);
      for (const statement of atEnd) db.prepare(statement).run();
    }
  };
}
