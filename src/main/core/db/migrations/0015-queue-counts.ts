import type { Database } from 'better-sqlite3';
import { CAUSE_DAY_TABLES, causeDayContribution, causeDayValueChange, rebuildCauseDays } from './0023-queue-cause-days';

/*
 * Counts the queue, its groups and the dashboard read, kept by the writer (issues 9 and 11): a
 * facet, the groups list or a trend series read cold after a write is a scan of a small table,
 * not a GROUP BY over a million orders (0.6–3 s before).
 *
 * Every order has a key: its state (open, resolved, integrated, or '' for a pending order nobody
 * resolved), error type, affiliate and UTC creation day ('' for none). Its cause values are its
 * distinct cause codes plus its diagnosis outcome when that is one the cause filter offers; its
 * groups are its distinct (code, group key) pairs while it is not resolved.
 *
 * - queue_counts: orders and their value per key, per day (facets by state, error type,
 *   affiliate and trade policy; the dashboard's series by day);
 * - queue_cause_counts: orders per cause value and key without the day (the cause facet, and
 *   the other facets under one cause);
 * - queue_cause_days: orders per cause value, state and day (the dashboard's top causes by week);
 * - cause_group_counts: orders and value at stake per cause group (the groups list);
 * - cause_group_places: orders per cause group and trade policy (of its causes) or affiliate (of
 *   its orders): where a group's orders came from, without reading them;
 * - once migration 0023 has run, its cause values by day (0023-queue-cause-days.ts says what they hold).
 *
 * Kept by triggers in the same statement as the write, so no writer can forget them: before a
 * write that can move an order (its row, a cause, its resolution) the order's contribution is
 * taken out as the tables hold it, and after the write it is added back as it now is. An upsert
 * fires BEFORE INSERT even when it ends as an update, so upserted tables (diagnoses, resolutions)
 * use AFTER triggers that apply the difference instead. Foreign-key cascades run after the parent
 * row is gone: the order's own BEFORE DELETE took everything out, and its children's triggers find
 * no order and do nothing.
 *
 * The triggers are installed by the rebuild, not the migration (see up), and named
 * queue_generation_counts_*: the bulk paths that set the per-row generation
 * triggers aside (bulk-load.ts for a bulk import, clearAllDiagnoses for a whole diagnosis run) set
 * these aside by the same rule. They change the schema when they do, so queue_counts_state keeps the
 * schema version the counts were last rebuilt at; counts are trusted only while it is the file's,
 * and the writer rebuilds them in bulk after such a job (syncQueueCounts). The rebuild is here,
 * beside the triggers, so the two definitions of what the tables hold cannot drift apart.
 */

/** Diagnosis outcomes the queue's cause filter offers beside cause codes. */
export const OUTCOME_VALUES = ['no_cause_found', 'unexplained', 'insufficient_data'] as const;
export const OUTCOME_VALUES_SQL = `(${OUTCOME_VALUES.map((value) => `'${value}'`).join(', ')})`;

const IS_RESOLVED = 'EXISTS (SELECT 1 FROM order_resolutions x WHERE x.order_id = o.id)';

/** The state key of order `o`; `resolved` says whether it counts as resolved. */
const stateOf = (resolved: string) =>
  `CASE WHEN o.integration_status = 'success' THEN 'integrated' WHEN ${resolved} THEN 'resolved'
        WHEN o.integration_status = 'error' THEN 'open' ELSE '' END`;
const TYPE = `COALESCE(o.error_type, '')`;
const DAY = `COALESCE(substr(o.created_at, 1, 10), '')`;
const VALUE = 'COALESCE(o.payment_value_cents, 0)';

/** An order's cause values: distinct codes, and its outcome when the cause filter offers it. */
const causeValuesOf = (orderId: string) => `(SELECT DISTINCT code AS value FROM diagnosis_causes WHERE order_id = ${orderId}
   UNION SELECT outcome FROM diagnoses WHERE order_id = ${orderId} AND outcome IN ${OUTCOME_VALUES_SQL})`;

const ADD_ORDERS = 'ON CONFLICT DO UPDATE SET orders = orders + excluded.orders';
const ADD_ORDERS_VALUE = `${ADD_ORDERS}, value_cents = value_cents + excluded.value_cents`;

type Part = 'order' | 'causes';

/** Whether the trigger bodies and the rebuild keep migration 0023's tables (absent in a mirror migrated only part of the way). */
interface Kept {
  days: boolean;
}

/**
 * Statements adding (`sign` 1) or taking out (-1) the contribution of the order whose id is the SQL
 * `orderId`: its order counts (part 'order') and its cause and group counts (part 'causes').
 */
function contribution(
  orderId: string,
  sign: 1 | -1,
  parts: readonly Part[],
  kept: Kept,
  { resolved = IS_RESOLVED, when = '1' }: { resolved?: string; when?: string } = {}
): string {
  const state = stateOf(resolved);
  const only = `o.id = ${orderId} AND ${when}`;
  const statements: string[] = [];
  if (parts.includes('order'))
    statements.push(`INSERT INTO queue_counts (state, error_type, affiliate_id, day, orders, value_cents)
      SELECT ${state}, ${TYPE}, o.affiliate_id, ${DAY}, ${sign}, ${sign} * ${VALUE} FROM marketplace_orders o WHERE ${only}
      ${ADD_ORDERS_VALUE};`);
  if (parts.includes('causes'))
    statements.push(
      `INSERT INTO queue_cause_counts (value, state, error_type, affiliate_id, orders)
      SELECT v.value, ${state}, ${TYPE}, o.affiliate_id, ${sign} FROM marketplace_orders o, ${causeValuesOf(orderId)} v WHERE ${only}
      ${ADD_ORDERS};`,
      `INSERT INTO queue_cause_days (value, state, day, orders)
      SELECT v.value, ${state}, ${DAY}, ${sign} FROM marketplace_orders o, ${causeValuesOf(orderId)} v WHERE ${only}
      ${ADD_ORDERS};`,
      ...(kept.days ? [causeDayContribution({ state, type: TYPE, day: DAY }, causeValuesOf(orderId), only, sign)] : []),
      `INSERT INTO cause_group_counts (code, group_key, orders, value_cents)
      SELECT g.code, g.group_key, ${sign}, ${sign} * ${VALUE} FROM marketplace_orders o,
        (SELECT DISTINCT code, group_key FROM diagnosis_causes WHERE order_id = ${orderId}) g
      WHERE ${only} AND NOT (${resolved})
      ${ADD_ORDERS_VALUE};`,
      `INSERT INTO cause_group_places (code, group_key, kind, id, orders)
      SELECT g.code, g.group_key, 'trade_policy', g.trade_policy_id, ${sign} FROM marketplace_orders o,
        (SELECT DISTINCT code, group_key, trade_policy_id FROM diagnosis_causes WHERE order_id = ${orderId} AND trade_policy_id IS NOT NULL) g
      WHERE ${only} AND NOT (${resolved})
      ${ADD_ORDERS};`,
      `INSERT INTO cause_group_places (code, group_key, kind, id, orders)
      SELECT g.code, g.group_key, 'affiliate', o.affiliate_id, ${sign} FROM marketplace_orders o,
        (SELECT DISTINCT code, group_key FROM diagnosis_causes WHERE order_id = ${orderId}) g
      WHERE ${only} AND NOT (${resolved})
      ${ADD_ORDERS};`
    );
  return statements.join('\n');
}

/** One outcome value of order `orderId` in or out of the cause counts (diagnoses are upserted). */
function outcomeChange(orderId: string, outcome: string, sign: 1 | -1, kept: Kept): string {
  const state = stateOf(IS_RESOLVED);
  const days = kept.days
    ? causeDayValueChange(
        { state, type: TYPE, day: DAY },
        outcome,
        `SELECT DISTINCT code FROM diagnosis_causes WHERE order_id = ${orderId}`,
        `o.id = ${orderId} AND ${outcome} IN ${OUTCOME_VALUES_SQL}`,
        sign
      )
    : '';
  return `${days}
    INSERT INTO queue_cause_counts (value, state, error_type, affiliate_id, orders)
      SELECT ${outcome}, ${state}, ${TYPE}, o.affiliate_id, ${sign} FROM marketplace_orders o
      WHERE o.id = ${orderId} AND ${outcome} IN ${OUTCOME_VALUES_SQL} ${ADD_ORDERS};
    INSERT INTO queue_cause_days (value, state, day, orders)
      SELECT ${outcome}, ${state}, ${DAY}, ${sign} FROM marketplace_orders o
      WHERE o.id = ${orderId} AND ${outcome} IN ${OUTCOME_VALUES_SQL} ${ADD_ORDERS};`;
}

const ORDER_COLUMNS = 'id, integration_status, error_type, affiliate_id, created_at, payment_value_cents';
const BOTH: Part[] = ['order', 'causes'];
/** A cause moved to another order: that order's counts change too. */
const MOVED = 'new.order_id <> old.order_id';

const trigger = (name: string, event: string, body: string) =>
  `CREATE TRIGGER queue_generation_counts_${name} ${event} BEGIN ${body} END;`;

/** The triggers' statements, keeping the tables `kept` says the mirror has. */
function triggersOf(kept: Kept): string[] {
  const part = (orderId: string, sign: 1 | -1, parts: readonly Part[], options?: { resolved?: string; when?: string }) =>
    contribution(orderId, sign, parts, kept, options);
  const outcome = (orderId: string, value: string, sign: 1 | -1) => outcomeChange(orderId, value, sign, kept);
  return [
    trigger('orders_insert', 'AFTER INSERT ON marketplace_orders', part('new.id', 1, BOTH)),
    trigger('orders_update_before', `BEFORE UPDATE OF ${ORDER_COLUMNS} ON marketplace_orders`, part('old.id', -1, BOTH)),
    trigger('orders_update_after', `AFTER UPDATE OF ${ORDER_COLUMNS} ON marketplace_orders`, part('new.id', 1, BOTH)),
    trigger('orders_delete', 'BEFORE DELETE ON marketplace_orders', part('old.id', -1, BOTH)),
    trigger('causes_insert_before', 'BEFORE INSERT ON diagnosis_causes', part('new.order_id', -1, ['causes'])),
    trigger('causes_insert_after', 'AFTER INSERT ON diagnosis_causes', part('new.order_id', 1, ['causes'])),
    trigger('causes_delete_before', 'BEFORE DELETE ON diagnosis_causes', part('old.order_id', -1, ['causes'])),
    trigger('causes_delete_after', 'AFTER DELETE ON diagnosis_causes', part('old.order_id', 1, ['causes'])),
    trigger(
      'causes_update_before',
      'BEFORE UPDATE OF order_id, code, group_key ON diagnosis_causes',
      part('old.order_id', -1, ['causes']) + part('new.order_id', -1, ['causes'], { when: MOVED })
    ),
    trigger(
      'causes_update_after',
      'AFTER UPDATE OF order_id, code, group_key ON diagnosis_causes',
      part('new.order_id', 1, ['causes']) + part('old.order_id', 1, ['causes'], { when: MOVED })
    ),
    trigger('diagnoses_insert', 'AFTER INSERT ON diagnoses', outcome('new.order_id', 'new.outcome', 1)),
    trigger(
      'diagnoses_update',
      'AFTER UPDATE OF order_id, outcome ON diagnoses',
      outcome('old.order_id', 'old.outcome', -1) + outcome('new.order_id', 'new.outcome', 1)
    ),
    trigger('diagnoses_delete', 'AFTER DELETE ON diagnoses', outcome('old.order_id', 'old.outcome', -1)),
    // A resolution moves its order from its unresolved state to resolved (and out of its groups), and back.
    trigger(
      'resolutions_insert',
      'AFTER INSERT ON order_resolutions',
      part('new.order_id', -1, BOTH, { resolved: '0' }) + part('new.order_id', 1, BOTH, { resolved: '1' })
    ),
    trigger(
      'resolutions_delete',
      'AFTER DELETE ON order_resolutions',
      part('old.order_id', -1, BOTH, { resolved: '1' }) + part('old.order_id', 1, BOTH, { resolved: '0' })
    )
  ];
}

const TABLES = `
  CREATE TABLE queue_counts (
    state TEXT NOT NULL, error_type TEXT NOT NULL, affiliate_id TEXT NOT NULL, day TEXT NOT NULL,
    orders INTEGER NOT NULL, value_cents INTEGER NOT NULL,
    PRIMARY KEY (state, error_type, affiliate_id, day)
  ) WITHOUT ROWID;
  CREATE TABLE queue_cause_counts (
    value TEXT NOT NULL, state TEXT NOT NULL, error_type TEXT NOT NULL, affiliate_id TEXT NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (value, state, error_type, affiliate_id)
  ) WITHOUT ROWID;
  CREATE TABLE queue_cause_days (
    value TEXT NOT NULL, state TEXT NOT NULL, day TEXT NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (state, day, value)
  ) WITHOUT ROWID;
  CREATE TABLE cause_group_counts (
    code TEXT NOT NULL, group_key TEXT NOT NULL, orders INTEGER NOT NULL, value_cents INTEGER NOT NULL,
    PRIMARY KEY (code, group_key)
  ) WITHOUT ROWID;
  CREATE TABLE cause_group_places (
    code TEXT NOT NULL, group_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('trade_policy', 'affiliate')), id TEXT NOT NULL,
    orders INTEGER NOT NULL,
    PRIMARY KEY (code, group_key, kind, id)
  ) WITHOUT ROWID;
  CREATE TABLE queue_counts_state (id INTEGER PRIMARY KEY CHECK (id = 1), schema_version INTEGER NOT NULL);
`;

const OPEN_STATE = stateOf(IS_RESOLVED);
const ALL_CAUSE_VALUES = `(SELECT DISTINCT order_id, code AS value FROM diagnosis_causes
   UNION ALL SELECT order_id, outcome FROM diagnoses WHERE outcome IN ${OUTCOME_VALUES_SQL})`;

/**
 * Recomputes the tables from the mirror in one GROUP BY each, (re)creates the triggers that
 * keep them from then on, and records the schema version they hold for (the caller holds the
 * transaction). About a second per million orders.
 */
export function rebuildQueueCounts(db: Database): void {
  const existing = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name GLOB 'queue_generation_counts_*'`)
    .pluck()
    .all() as string[];
  for (const name of existing) db.exec(`DROP TRIGGER "${name}"`);
  const kept: Kept = {
    days: CAUSE_DAY_TABLES.every((table) =>
      db.prepare(`SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?)`).pluck().get(table)
    )
  };
  db.exec(`
    DELETE FROM queue_counts; DELETE FROM queue_cause_counts; DELETE FROM queue_cause_days; DELETE FROM cause_group_counts;
    DELETE FROM cause_group_places;
    INSERT INTO queue_counts (state, error_type, affiliate_id, day, orders, value_cents)
      SELECT ${OPEN_STATE} AS s, ${TYPE} AS t, o.affiliate_id, ${DAY} AS d, COUNT(*), SUM(${VALUE})
        FROM marketplace_orders o GROUP BY s, t, o.affiliate_id, d;
    INSERT INTO queue_cause_counts (value, state, error_type, affiliate_id, orders)
      SELECT v.value, ${OPEN_STATE} AS s, ${TYPE} AS t, o.affiliate_id, COUNT(*)
        FROM ${ALL_CAUSE_VALUES} v JOIN marketplace_orders o ON o.id = v.order_id GROUP BY v.value, s, t, o.affiliate_id;
    INSERT INTO queue_cause_days (value, state, day, orders)
      SELECT v.value, ${OPEN_STATE} AS s, ${DAY} AS d, COUNT(*)
        FROM ${ALL_CAUSE_VALUES} v JOIN marketplace_orders o ON o.id = v.order_id GROUP BY v.value, s, d;
    INSERT INTO cause_group_counts (code, group_key, orders, value_cents)
      SELECT g.code, g.group_key, COUNT(*), SUM(${VALUE})
        FROM (SELECT DISTINCT order_id, code, group_key FROM diagnosis_causes) g JOIN marketplace_orders o ON o.id = g.order_id
       WHERE g.order_id NOT IN (SELECT order_id FROM order_resolutions) GROUP BY g.code, g.group_key;
    INSERT INTO cause_group_places (code, group_key, kind, id, orders)
      SELECT code, group_key, 'trade_policy', trade_policy_id, COUNT(DISTINCT order_id) FROM diagnosis_causes
       WHERE trade_policy_id IS NOT NULL AND order_id NOT IN (SELECT order_id FROM order_resolutions)
       GROUP BY code, group_key, trade_policy_id;
    INSERT INTO cause_group_places (code, group_key, kind, id, orders)
      SELECT g.code, g.group_key, 'affiliate', o.affiliate_id, COUNT(*)
        FROM (SELECT DISTINCT order_id, code, group_key FROM diagnosis_causes) g JOIN marketplace_orders o ON o.id = g.order_id
       WHERE g.order_id NOT IN (SELECT order_id FROM order_resolutions) GROUP BY g.code, g.group_key, o.affiliate_id;
  `);
  if (kept.days) rebuildCauseDays(db, { state: OPEN_STATE, type: TYPE, day: DAY }, ALL_CAUSE_VALUES);
  db.exec(triggersOf(kept).join('\n'));
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.prepare(
    'INSERT INTO queue_counts_state (id, schema_version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET schema_version = excluded.schema_version'
  ).run(version);
}

/**
 * The tables only. The counts and their triggers come with the writer's first catch-up
 * (syncQueueCounts → rebuildQueueCounts): a later migration that rewrites many causes (0019
 * re-keys every group) then runs without a trigger per row, and the counts are built once after it.
 */
export function up(db: Database): void {
  db.exec(TABLES);
}
