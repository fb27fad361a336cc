import { isAscending, sortColumn, type QueueOrder } from './queue-filter-sql';

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
