import type { Db } from '../connection';
import { beforeParts } from './queue-cursor-sql';
import { totalFromCounts } from './queue-facets';
import { failedWhereOfOpenView, sortColumn, whereOf, type QueueCriteria, type QueueOrder } from './queue-filter-sql';
import { ORDERS, selectionOf, type Selection } from './queue-search-hits';

/** How far queuePosition first counts on either side of an order: an order near an end is found there. */
export const POSITION_FIRST_CAP = 5_000;

/**
 * Orders sampled, spread evenly over the ids, to tell which side of an order is the shorter: an
 * order within a few percent of the middle may be counted from the longer side, a little over half.
 */
const SAMPLE_SIZE = 256;

interface Place {
  id: number;
  key: string | number | null;
}

/**
 * How many orders come before this one in the filtered, sorted queue; null when it is not in it:
 * the index queue/list's pages put it at. Counting every order before one in the middle of a
 * million walked 0.2–1 s. So, when the kept counts give the list's total: both sides counted up to
 * `firstCap` (an order near either end, where an agent scrolls to, ends there), then the whole of
 * the side a sample of the orders says is the shorter, the side after taken from the total. Each
 * side is counted range by range of the sort's index (beforeParts), the open view as its failed
 * orders less the resolved ones. At worst about half the list is counted (0.5 s → about 50 ms at
 * 1M); a wrong guess on an order near the middle costs a little more than half. A filter the
 * counts cannot total (a search, two causes) counts the side before at once.
 */
export function queuePosition(
  db: Db,
  id: number,
  filter: QueueCriteria,
  sort: QueueOrder,
  firstCap = POSITION_FIRST_CAP
): number | null {
  const selection = selectionOf(db, filter);
  const own = db
    .prepare(`SELECT ${sortColumn(sort)} AS key FROM ${selection.from} WHERE o.id = @id AND ${selection.where.sql}`)
    .get({ ...selection.where.params, id }) as { key: string | number | null } | undefined;
  if (!own) return null;
  const place: Place = { id, key: own.key };
  const before = (order: QueueOrder, cap = Infinity) => countBefore(db, filter, selection, order, place, cap);
  const total = totalFromCounts(db, filter);
  const cap = Math.max(1, firstCap);
  if (!total || cap >= total) return before(sort);
  const near = before(sort, cap);
  if (near < cap) return near;
  const far = before(reversed(sort), cap);
  if (far < cap) return total - 1 - far;
  return (sampledShareBefore(db, filter, sort, place) ?? 0) <= 0.5 ? before(sort) : total - 1 - before(reversed(sort));
}

/** The same sort run the other way: ties (by id) and missing keys (NULL) reverse with it. */
function reversed(sort: QueueOrder): QueueOrder {
  return { ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' };
}

/** The filter's orders before `place` in `sort`, counting no further than `cap`. */
function countBefore(
  db: Db,
  filter: QueueCriteria,
  { from, where }: Selection,
  sort: QueueOrder,
  place: Place,
  cap: number
): number {
  const failed = from === ORDERS && failedWhereOfOpenView(filter);
  const at = place.key === null ? { id: place.id } : { id: place.id, key: place.key };
  const count = (sql: string, params: Record<string, unknown>) => db.prepare(sql).pluck().get(params) as number;
  let counted = 0;
  for (const part of beforeParts(sort, place.key === null)) {
    if (counted >= cap) break;
    if (Number.isFinite(cap))
      counted += count(`SELECT COUNT(*) FROM (SELECT 1 FROM ${from} WHERE ${where.sql} AND ${part} LIMIT @cap)`, {
        ...where.params,
        ...at,
        cap: cap - counted
      });
    // The open view: its failed orders less the resolved ones among them, read from the resolutions' side.
    else if (failed)
      counted +=
        count(`SELECT COUNT(*) FROM marketplace_orders o WHERE ${failed.sql} AND ${part}`, { ...failed.params, ...at }) -
        count(
          `SELECT COUNT(*) FROM order_resolutions r CROSS JOIN marketplace_orders o ON o.id = r.order_id WHERE ${failed.sql} AND ${part}`,
          { ...failed.params, ...at }
        );
    else counted += count(`SELECT COUNT(*) FROM ${from} WHERE ${where.sql} AND ${part}`, { ...where.params, ...at });
  }
  return counted;
}

/**
 * The share of the filter's orders that come before `place`, among orders sampled evenly over the
 * ids (each a look-up by id); null when the sample holds none of the filter's orders.
 */
function sampledShareBefore(db: Db, filter: QueueCriteria, sort: QueueOrder, place: Place): number | null {
  const where = whereOf(filter);
  const { low, high } = db
    // Apart, each an end of the primary key; together SQLite scans the table for them.
    .prepare('SELECT (SELECT MIN(id) FROM marketplace_orders) AS low, (SELECT MAX(id) FROM marketplace_orders) AS high')
    .get() as {
    low: number;
    high: number;
  };
  const sampled = db
    .prepare(
      `WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @size - 1)
       SELECT COUNT(*) AS kept, TOTAL(${beforeParts(sort, place.key === null).join(' OR ')}) AS before
         FROM n CROSS JOIN marketplace_orders o ON o.id = @low + n.i * @step WHERE ${where.sql}`
    )
    .get({
      ...where.params,
      id: place.id,
      ...(place.key === null ? {} : { key: place.key }),
      size: SAMPLE_SIZE,
      low,
      step: Math.max(1, Math.floor((high - low) / SAMPLE_SIZE))
    }) as { kept: number; before: number };
  return sampled.kept ? sampled.before / sampled.kept : null;
}
