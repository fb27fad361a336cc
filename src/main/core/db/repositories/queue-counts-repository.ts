import type { Db } from '../connection';
import { rebuildQueueCounts } from '../migrations/0015-queue-counts';

/*
 * Reads of the counts the writer keeps (migration 0015 says what each table holds and how). The
 * counts are trusted only while they were rebuilt at the file's schema version: a bulk import or a
 * whole diagnosis run sets their triggers aside, which changes the schema, and until the writer
 * rebuilds them (syncQueueCounts) readers fall back to counting the orders themselves.
 */

/** An order's state key in the counts: '' for a pending order nobody resolved. */
export type StateKey = 'open' | 'resolved' | 'integrated' | '';

/** Orders per state, error type ('' for none) and affiliate. */
export interface OrderCell {
  state: StateKey;
  errorType: string;
  affiliateId: string;
  count: number;
}

/** Orders per cause value (a cause code or a diagnosis outcome), state, error type and affiliate. */
export interface CauseCell extends OrderCell {
  value: string;
}

/** Whether the counts hold for the mirror as it is now. Two look-ups and one pragma. */
export function queueCountsAreCurrent(db: Db): boolean {
  // A mirror migrated only part of the way (tests stop early) has no counts to trust.
  if (!db.prepare(`SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'queue_counts_state')`).pluck().get()) return false;
  const stamped = db.prepare('SELECT schema_version FROM queue_counts_state WHERE id = 1').pluck().get() as number | undefined;
  return stamped !== undefined && stamped === (db.pragma('schema_version', { simple: true }) as number);
}

/**
 * Rebuilds the counts when a bulk path set their triggers aside (or they were never filled).
 * Returns whether it rebuilt. The writer calls it after every write, beside the search catch-up.
 */
export function syncQueueCounts(db: Db): boolean {
  if (
    queueCountsAreCurrent(db) ||
    !db.prepare(`SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'queue_counts')`).pluck().get()
  )
    return false;
  db.transaction(() => {
    const restore = setGroupTalliesAside(db);
    rebuildQueueCounts(db);
    restore();
  })();
  return true;
}

/**
 * Migration 0021's tally triggers and group-list indexes on cause_group_counts, dropped while the
 * rebuild refills that table and built once after it: kept row by row they doubled the rebuild at
 * 1M orders (415k groups: 32–39 s against 55–75 s on a loaded machine). Returns what puts them
 * back, recounts the tallies and stamps the counts again (putting them back changes the schema).
 */
function setGroupTalliesAside(db: Db): () => void {
  const aside = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'cause_group_counts' AND sql IS NOT NULL
          AND ((type = 'trigger' AND name GLOB 'cause_group_tallies_*') OR (type = 'index' AND name GLOB 'cause_group_counts_*'))`
    )
    .all() as { type: 'trigger' | 'index'; name: string; sql: string }[];
  for (const { type, name } of aside) db.exec(`DROP ${type === 'trigger' ? 'TRIGGER' : 'INDEX'} "${name}"`);
  return () => {
    if (!aside.length) return;
    for (const { sql } of aside) db.exec(sql);
    db.exec(`DELETE FROM cause_group_tallies;
      INSERT INTO cause_group_tallies (code, groups) SELECT code, COUNT(*) FROM cause_group_counts WHERE orders > 0 GROUP BY code;`);
    db.prepare('UPDATE queue_counts_state SET schema_version = ? WHERE id = 1').run(
      db.pragma('schema_version', { simple: true })
    );
  };
}

/** Orders per (state, error type, affiliate), summed over days: the order facets' one input. */
export function readOrderCells(db: Db): OrderCell[] {
  return db
    .prepare(
      `SELECT state, error_type AS errorType, affiliate_id AS affiliateId, SUM(orders) AS count FROM queue_counts
        GROUP BY state, error_type, affiliate_id HAVING count > 0`
    )
    .all() as OrderCell[];
}

/** Orders per (state, error type, affiliate) created on the days [fromDay, toDay]. */
export function readOrderCellsOfDays(db: Db, fromDay: string, toDay: string): OrderCell[] {
  return db
    .prepare(
      `SELECT state, error_type AS errorType, affiliate_id AS affiliateId, SUM(orders) AS count FROM queue_counts
        WHERE day >= ? AND day <= ? GROUP BY state, error_type, affiliate_id HAVING count > 0`
    )
    .all(fromDay, toDay) as OrderCell[];
}

/** Orders per cause value and state created on the days [fromDay, toDay] (error type and affiliate left empty: not kept by day). */
export function readCauseCellsOfDays(db: Db, fromDay: string, toDay: string): CauseCell[] {
  return db
    .prepare(
      `SELECT value, state, '' AS errorType, '' AS affiliateId, SUM(orders) AS count FROM queue_cause_days
        WHERE day >= ? AND day <= ? GROUP BY value, state HAVING count > 0`
    )
    .all(fromDay, toDay) as CauseCell[];
}

/** Every state key: the cause tables by day lead with it, so a read names them all to seek by what follows. */
const STATE_KEYS = `('open', 'resolved', 'integrated', '')`;

/**
 * Orders per cause value, state and one of `errorTypes` created on the days [fromDay, toDay]
 * (migration 0023; the affiliate left empty: not kept with the error type by day).
 */
export function readCauseCellsOfTypeDays(db: Db, errorTypes: readonly string[], fromDay: string, toDay: string): CauseCell[] {
  return db
    .prepare(
      `SELECT value, state, error_type AS errorType, '' AS affiliateId, SUM(orders) AS count FROM queue_cause_type_days
        WHERE state IN ${STATE_KEYS} AND error_type IN (SELECT value FROM json_each(?)) AND day >= ? AND day <= ?
        GROUP BY value, state, error_type HAVING count > 0`
    )
    .all(JSON.stringify(errorTypes), fromDay, toDay) as CauseCell[];
}

/** Orders per cause value, state and one of `affiliates` created on the days [fromDay, toDay] (the error type left empty). */
export function readCauseCellsOfAffiliateDays(
  db: Db,
  affiliates: readonly string[],
  fromDay: string,
  toDay: string
): CauseCell[] {
  return db
    .prepare(
      `SELECT value, state, '' AS errorType, affiliate_id AS affiliateId, SUM(orders) AS count FROM queue_cause_affiliate_days
        WHERE state IN ${STATE_KEYS} AND affiliate_id IN (SELECT value FROM json_each(?)) AND day >= ? AND day <= ?
        GROUP BY value, state, affiliate_id HAVING count > 0`
    )
    .all(JSON.stringify(affiliates), fromDay, toDay) as CauseCell[];
}

/**
 * Orders per cause value (of `values`), state, error type and affiliate created on each of `days`:
 * the pairs' diagonal (migration 0023) sought key by key, every key named, so a read costs one
 * seek per combination (values × days × states × error types × affiliates) and reads only the
 * filter's own rows.
 */
export function readCauseCellsOfTypeAffiliateDays(
  db: Db,
  keys: { values: readonly string[]; days: readonly string[]; errorTypes: readonly string[]; affiliates: readonly string[] }
): CauseCell[] {
  return db
    .prepare(
      `SELECT p.value, p.state, p.error_type AS errorType, p.affiliate_id AS affiliateId, SUM(p.orders) AS count
         FROM json_each(@values) v JOIN queue_cause_pair_days p ON p.value = v.value AND p.other = v.value
        WHERE p.day IN (SELECT value FROM json_each(@days)) AND p.state IN ${STATE_KEYS}
          AND p.error_type IN (SELECT value FROM json_each(@errorTypes)) AND p.affiliate_id IN (SELECT value FROM json_each(@affiliates))
        GROUP BY p.value, p.state, p.error_type, p.affiliate_id HAVING count > 0`
    )
    .all({
      values: JSON.stringify(keys.values),
      days: JSON.stringify(keys.days),
      errorTypes: JSON.stringify(keys.errorTypes),
      affiliates: JSON.stringify(keys.affiliates)
    }) as CauseCell[];
}

/**
 * Orders with both cause values (one value twice: the orders with it) per (state, error type,
 * affiliate), created on the days [fromDay, toDay] ('' to '9999': every order, dated or not).
 */
export function readPairCells(db: Db, value: string, other: string, fromDay: string, toDay: string): OrderCell[] {
  const [first, second] = value <= other ? [value, other] : [other, value];
  return db
    .prepare(
      `SELECT state, error_type AS errorType, affiliate_id AS affiliateId, SUM(orders) AS count FROM queue_cause_pair_days
        WHERE value = ? AND other = ? AND day >= ? AND day <= ? GROUP BY state, error_type, affiliate_id HAVING count > 0`
    )
    .all(first, second, fromDay, toDay) as OrderCell[];
}

/** How many orders have a cause value, in any state. */
export function readCauseTotal(db: Db, value: string): number {
  return db.prepare('SELECT COALESCE(SUM(orders), 0) FROM queue_cause_counts WHERE value = ?').pluck().get(value) as number;
}

/** Orders per cause value and (state, error type, affiliate); `value` narrows to one. */
export function readCauseCells(db: Db, value?: string): CauseCell[] {
  // Two statements: "@value IS NULL OR value = @value" read the whole table for one value (8,400 rows at 1M).
  const cells = `SELECT value, state, error_type AS errorType, affiliate_id AS affiliateId, orders AS count FROM queue_cause_counts
        WHERE orders > 0`;
  return (value === undefined ? db.prepare(cells).all() : db.prepare(`${cells} AND value = ?`).all(value)) as CauseCell[];
}

/** One row of a dashboard series: a day, a key (error type, affiliate or cause value) and its counts. */
export interface DayCell {
  day: string;
  key: string;
  count: number;
  valueCents: number;
}

/** Open orders per day in [fromDay, toDay] by error type ('' for none) or by affiliate. */
export function readOpenByDay(db: Db, by: 'errorType' | 'affiliate', fromDay: string, toDay: string): DayCell[] {
  const key = by === 'errorType' ? 'error_type' : 'affiliate_id';
  return db
    .prepare(
      `SELECT day, ${key} AS key, SUM(orders) AS count, SUM(value_cents) AS valueCents FROM queue_counts
        WHERE state = 'open' AND day >= ? AND day <= ? GROUP BY day, key HAVING count > 0 ORDER BY day, key`
    )
    .all(fromDay, toDay) as DayCell[];
}

/** Open orders per cause value over the days [fromDay, toDay]. */
export function readOpenCauses(db: Db, fromDay: string, toDay: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT value, SUM(orders) AS count FROM queue_cause_days WHERE state = 'open' AND day >= ? AND day <= ?
        GROUP BY value HAVING count > 0`
    )
    .all(fromDay, toDay) as { value: string; count: number }[];
  return new Map(rows.map((row) => [row.value, row.count]));
}
