import { OUTCOME_VALUES_SQL } from '../migrations/0015-queue-counts';
import type { Db } from '../connection';
import { readCauseTotal, type OrderCell } from './queue-counts-repository';
import { ORDER_CELL_KEYS } from './queue-filter-sql';

/*
 * Orders with all three of three cause values, the one term of a three-cause filter the kept
 * counts lack (migration 0023 keeps singles and pairs; a table of triples would grow with every
 * combination an order's causes make). Read from the orders, cheaply or not at all:
 *   - when the counts say two of the values share no order, none has all three (an outcome such as
 *     'insufficient_data' never shares an order with a cause code): nothing to read;
 *   - otherwise the rarest value's order ids are read from the (code, order) index and each is
 *     checked for the other two in the same index, the value sharing the fewest orders with the
 *     rarest first; only the orders with all three are then looked up.
 * At 1M orders a rarest value of 10k orders cost 12–17 ms that way and 33k 28–50 ms (load 3–4);
 * the orders looked up first and checked after, 36–660 ms. Past TRIPLE_PROBES the orders are left
 * uncounted and the caller says its counts are floors.
 */

/** The most order ids of the rarest value checked for the other two (about 25 ms at 1M on a loaded machine). */
export const TRIPLE_PROBES = 20_000;

/** The pair cells of each two of the three values, as the kept counts give them, and their totals. */
export interface PairCells {
  values: readonly [string, string];
  cells: OrderCell[];
}

/**
 * Orders with all three `values` per (state, error type, affiliate), created on the days
 * [fromDay, toDay] (null: any day or none); null when the rarest value has more than `probes`
 * orders (left uncounted).
 */
export function tripleCells(
  db: Db,
  values: readonly string[],
  pairs: readonly PairCells[],
  days: { fromDay: string; toDay: string } | null,
  probes = TRIPLE_PROBES
): OrderCell[] | null {
  const shared = (one: string, two: string) =>
    pairs
      .find(({ values: [a, b] }) => (a === one && b === two) || (a === two && b === one))!
      .cells.reduce((sum, cell) => sum + cell.count, 0);
  if (pairs.some(({ cells }) => cells.length === 0)) return [];
  const totals = new Map(values.map((value) => [value, readCauseTotal(db, value)]));
  const [rarest, ...others] = [...values].sort((a, b) => totals.get(a)! - totals.get(b)!);
  if (totals.get(rarest)! > probes) return null;
  const [second, third] = others.sort((a, b) => shared(rarest, a) - shared(rarest, b));
  const ordersWith = `SELECT order_id FROM diagnosis_causes WHERE code = @rarest
      UNION ALL SELECT order_id FROM diagnoses WHERE outcome = @rarest AND outcome IN ${OUTCOME_VALUES_SQL}`;
  const has = (param: string) => `(EXISTS (SELECT 1 FROM diagnosis_causes WHERE code = @${param} AND order_id = t.order_id)
      OR EXISTS (SELECT 1 FROM diagnoses WHERE order_id = t.order_id AND outcome = @${param} AND outcome IN ${OUTCOME_VALUES_SQL}))`;
  // CROSS JOIN keeps the ids outside, so the checks on them run before an order is looked up.
  return db
    .prepare(
      `SELECT ${ORDER_CELL_KEYS}, COUNT(*) AS count
         FROM (${ordersWith}) t CROSS JOIN marketplace_orders o ON o.id = t.order_id LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE ${has('second')} AND ${has('third')}
          ${days ? 'AND o.created_at >= @fromDay AND substr(o.created_at, 1, 10) <= @toDay' : ''}
        GROUP BY state, errorType, affiliateId`
    )
    .all({ rarest, second, third, ...(days ?? {}) }) as OrderCell[];
}
