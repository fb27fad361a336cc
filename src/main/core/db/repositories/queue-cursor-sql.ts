import { isAscending, orderByOf, sortColumn, type QueueCriteria, type QueueOrder } from './queue-filter-sql';

/**
 * The orders that come after the order whose sort key is `@key` (null or not) and id `@id`, as
 * SQLite orders them (NULL smallest: first ascending, last descending), split into the parts of
 * the list they fill, in list order. Each part is one range of the sort's index, so a page after a
 * cursor seeks there instead of walking past every order before it (an OR over the NULLs would
 * lose the range).
 */
export function afterParts(sort: QueueOrder, keyIsNull: boolean): string[] {
  const column = sortColumn(sort);
  if (isAscending(sort))
    return keyIsNull ? [`(${column} IS NULL AND o.id > @id)`, `${column} IS NOT NULL`] : [`(${column}, o.id) > (@key, @id)`];
  return keyIsNull ? [`(${column} IS NULL AND o.id < @id)`] : [`(${column}, o.id) < (@key, @id)`, `${column} IS NULL`];
}

/** The orders migration 0024's partial index holds: no attempt, or an attempt dated before the order. */
const PROCESSED_BEFORE_CREATED = '(o.processed_at IS NULL OR o.processed_at < o.created_at)';

/**
 * Whether a walk by date, oldest first, can seek the filter's first date: every order created on
 * or after `from` was processed on or after it, but for the few in PROCESSED_BEFORE_CREATED.
 * Without the seek the walk passed every order processed before the range (the last 30 days,
 * oldest first: 1.3–2 s at 1M). Not for a part that seeks a cursor's key itself.
 */
export function seeksFirstDate(filter: QueueCriteria, sort: QueueOrder): boolean {
  return sort.by === 'date' && isAscending(sort) && filter.from !== undefined;
}

/**
 * One page of ids: the orders of `from` (every order, or a search's hits) that `where` (with
 * `part`, a cursor's range, when given) keeps, in the sort's order, `@limit` from `@offset`.
 * With `seek` (seeksFirstDate) it is the merge of the orders processed from `@from` on, sought in
 * the date index, and those of the partial index; each order is in exactly one of them, and each
 * side comes ordered from its index, so SQLite merges them and stops at the page's end.
 */
export function pageSql(
  where: string,
  sort: QueueOrder,
  { from = 'marketplace_orders o', part, seek }: { from?: string; part?: string; seek: boolean }
): string {
  const kept = part ? `${where} AND ${part}` : where;
  if (!seek) return `SELECT o.id FROM ${from} WHERE ${kept} ORDER BY ${orderByOf(sort)} LIMIT @limit OFFSET @offset`;
  const side = (condition: string) =>
    `SELECT o.id, o.processed_at AS key FROM marketplace_orders o WHERE ${kept} AND ${condition}`;
  return `${side(`o.processed_at >= @from AND NOT ${PROCESSED_BEFORE_CREATED}`)}
    UNION ALL ${side(PROCESSED_BEFORE_CREATED)}
    ORDER BY 2 ASC, 1 ASC LIMIT @limit OFFSET @offset`;
}

/**
 * The orders that come before the order whose sort key is `@key` (null or not) and id `@id`, split
 * like afterParts: each part a plain range of the sort's index (or a tie on its key), so counting
 * them steps through index entries without a comparison per entry (a row value or an OR over the
 * ties cost about twice as much per entry at 1M).
 */
export function beforeParts(sort: QueueOrder, keyIsNull: boolean): string[] {
  const column = sortColumn(sort);
  if (isAscending(sort))
    return keyIsNull
      ? [`(${column} IS NULL AND o.id < @id)`]
      : [`${column} IS NULL`, `${column} < @key`, `(${column} = @key AND o.id < @id)`];
  return keyIsNull
    ? [`${column} IS NOT NULL`, `(${column} IS NULL AND o.id > @id)`]
    : [`${column} > @key`, `(${column} = @key AND o.id > @id)`];
}
