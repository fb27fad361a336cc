import type { Database } from 'better-sqlite3';

/*
 * Counts by day that answer the queue's facets under a date range or two causes (issue 9: facets
 * under 30 days took 0.15–6 s and under two causes 0.6–3 s at 1M, counted from the orders).
 *
 * - queue_cause_type_days: orders per cause value, state, error type and day (the cause facet
 *   under an error type and dates);
 * - queue_cause_affiliate_days: orders per cause value, state, affiliate and day (the cause facet
 *   under a marketplace or trade policy and dates);
 * - queue_cause_pair_days: orders per pair of cause values (value <= other) of one order, state,
 *   error type, affiliate and day. The pair (v, v) counts the orders with v, so one cause within
 *   dates reads its own rows; two causes are (a, a) + (b, b) − (a, b), each order once.
 *
 * The first two cross only the keys a read filters on at once, because every finer split costs a
 * row a day: at 1M orders over 90 days (value, state, error type, affiliate, day) holds 381k rows,
 * 127k in 30 days, too many to sum in 50 ms, while an error type's rows in 30 days are about 1,300.
 * The cause facet under both an error type and a marketplace within dates seeks the pairs'
 * diagonal key by key instead (queue-facets.ts).
 *
 * Kept by migration 0015's triggers and rebuilt by its rebuild, beside the other counts, once this
 * migration has run (the statements are here, given the SQL of an order's keys, so 0015 decides
 * when and with which sign they run).
 */

export const CAUSE_DAY_TABLES = ['queue_cause_type_days', 'queue_cause_affiliate_days', 'queue_cause_pair_days'] as const;

const TABLES = `
  CREATE TABLE queue_cause_type_days (
    value TEXT NOT NULL, state TEXT NOT NULL, error_type TEXT NOT NULL, day TEXT NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (state, error_type, day, value)
  ) WITHOUT ROWID;
  CREATE TABLE queue_cause_affiliate_days (
    value TEXT NOT NULL, state TEXT NOT NULL, affiliate_id TEXT NOT NULL, day TEXT NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (state, affiliate_id, day, value)
  ) WITHOUT ROWID;
  CREATE TABLE queue_cause_pair_days (
    value TEXT NOT NULL, other TEXT NOT NULL, state TEXT NOT NULL, error_type TEXT NOT NULL, affiliate_id TEXT NOT NULL,
    day TEXT NOT NULL, orders INTEGER NOT NULL,
    PRIMARY KEY (value, other, day, state, error_type, affiliate_id)
  ) WITHOUT ROWID;
`;

/** SQL of an order `o`'s keys, as migration 0015 writes them. */
export interface OrderKeys {
  state: string;
  type: string;
  day: string;
}

const ADD_ORDERS = 'ON CONFLICT DO UPDATE SET orders = orders + excluded.orders';

/**
 * Statements adding (`sign` 1) or taking out (-1) one order's rows: `values` is a subquery of its
 * distinct cause values (column `value`), `where` selects the order `o`.
 */
export function causeDayContribution(keys: OrderKeys, values: string, where: string, sign: 1 | -1): string {
  const { state, type, day } = keys;
  return `INSERT INTO queue_cause_type_days (value, state, error_type, day, orders)
      SELECT v.value, ${state}, ${type}, ${day}, ${sign} FROM marketplace_orders o, ${values} v WHERE ${where} ${ADD_ORDERS};
    INSERT INTO queue_cause_affiliate_days (value, state, affiliate_id, day, orders)
      SELECT v.value, ${state}, o.affiliate_id, ${day}, ${sign} FROM marketplace_orders o, ${values} v WHERE ${where} ${ADD_ORDERS};
    INSERT INTO queue_cause_pair_days (value, other, state, error_type, affiliate_id, day, orders)
      SELECT a.value, b.value, ${state}, ${type}, o.affiliate_id, ${day}, ${sign} FROM marketplace_orders o, ${values} a, ${values} b
       WHERE ${where} AND a.value <= b.value ${ADD_ORDERS};`;
}

/**
 * One value in or out of an order whose other values stay (a diagnosis outcome changed): its own
 * rows and its pairs with the order's cause codes (`codes`, a subquery of column `value`).
 */
export function causeDayValueChange(keys: OrderKeys, value: string, codes: string, where: string, sign: 1 | -1): string {
  const { state, type, day } = keys;
  return `INSERT INTO queue_cause_type_days (value, state, error_type, day, orders)
      SELECT ${value}, ${state}, ${type}, ${day}, ${sign} FROM marketplace_orders o WHERE ${where} ${ADD_ORDERS};
    INSERT INTO queue_cause_affiliate_days (value, state, affiliate_id, day, orders)
      SELECT ${value}, ${state}, o.affiliate_id, ${day}, ${sign} FROM marketplace_orders o WHERE ${where} ${ADD_ORDERS};
    INSERT INTO queue_cause_pair_days (value, other, state, error_type, affiliate_id, day, orders)
      SELECT MIN(${value}, c.value), MAX(${value}, c.value), ${state}, ${type}, o.affiliate_id, ${day}, ${sign}
        FROM marketplace_orders o, (SELECT ${value} AS value UNION ${codes}) c WHERE ${where} ${ADD_ORDERS};`;
}

/**
 * Refills the three tables from the orders' cause values (`values`: order_id and value, one row
 * per distinct value of an order). Each value is joined to its order once, into a table keyed by
 * order, so the pairs are a merge of two walks of it rather than a search per row; the two finer
 * tables are then the pairs' diagonal summed, not two more joins of every value to its order.
 */
export function rebuildCauseDays(db: Database, keys: OrderKeys, values: string): void {
  const { state, type, day } = keys;
  db.exec(`
    DELETE FROM queue_cause_type_days; DELETE FROM queue_cause_affiliate_days; DELETE FROM queue_cause_pair_days;
    CREATE TEMP TABLE cause_day_values (
      order_id INTEGER NOT NULL, value TEXT NOT NULL, state TEXT NOT NULL, error_type TEXT NOT NULL, affiliate_id TEXT NOT NULL,
      day TEXT NOT NULL, PRIMARY KEY (order_id, value)
    ) WITHOUT ROWID;
    INSERT INTO cause_day_values SELECT v.order_id, v.value, ${state}, ${type}, o.affiliate_id, ${day}
      FROM ${values} v JOIN marketplace_orders o ON o.id = v.order_id WHERE 1 ON CONFLICT DO NOTHING;
    INSERT INTO queue_cause_pair_days (value, other, state, error_type, affiliate_id, day, orders)
      SELECT a.value, b.value, a.state, a.error_type, a.affiliate_id, a.day, COUNT(*)
        FROM cause_day_values a JOIN cause_day_values b ON b.order_id = a.order_id AND b.value >= a.value
       GROUP BY a.value, b.value, a.day, a.state, a.error_type, a.affiliate_id;
    DROP TABLE temp.cause_day_values;
    INSERT INTO queue_cause_type_days (value, state, error_type, day, orders)
      SELECT value, state, error_type, day, SUM(orders) FROM queue_cause_pair_days WHERE value = other
       GROUP BY state, error_type, day, value;
    INSERT INTO queue_cause_affiliate_days (value, state, affiliate_id, day, orders)
      SELECT value, state, affiliate_id, day, SUM(orders) FROM queue_cause_pair_days WHERE value = other
       GROUP BY state, affiliate_id, day, value;
  `);
}

/** The tables only: 0015's rebuild fills them and its triggers keep them (see above). */
export function up(db: Database): void {
  db.exec(TABLES);
}
