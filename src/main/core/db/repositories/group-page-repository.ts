import type { GroupCursor, GroupSort } from '../../../../shared/api/groups';
import type { CauseCode } from '../../../../shared/domain/error-types';
import type { Db } from '../connection';
import type { GroupTotals } from './group-repository';

/*
 * The groups list paged in SQL over the counts the writer keeps (cause_group_counts, migration
 * 0015) and the indexes migration 0021 adds in the list's two orders, with and without a cause in
 * front: a page is an index seek and `limit` rows, whatever the number of groups (at 1M orders the
 * list used to read and sort every group first, about 1.8 s cold). How many groups each cause has is
 * kept beside them (cause_group_tallies). Callers check queueCountsAreCurrent first.
 */

/** The two measures in the order a sort ranks them: the chosen one first, the other as the tie-break. */
const MEASURES: Record<GroupSort, readonly [string, string]> = {
  orders: ['orders', 'value_cents'],
  value: ['value_cents', 'orders']
};

const COLUMNS = 'code, group_key AS key, orders AS orderCount, value_cents AS valueAtStakeCents';

/**
 * One page of groups (of one cause when given) after the cursor, in the list's order: the chosen
 * measure descending, the other descending, then code and key ascending. Two seeks: the rest of
 * the cursor's own value of the first measure, then every smaller value. Zero rows (groups whose
 * orders all left) are skipped; the rebuild after a bulk job drops them.
 */
export function readGroupPage(
  db: Db,
  query: { sort: GroupSort; cause?: string; after?: GroupCursor; limit: number }
): GroupTotals[] {
  const [first, second] = MEASURES[query.sort];
  const ofCause = query.cause === undefined ? '' : 'code = @cause AND';
  const order = `ORDER BY ${first} DESC, ${second} DESC, code, group_key LIMIT @limit`;
  const base = { cause: query.cause ?? null, limit: query.limit };
  if (!query.after)
    return db
      .prepare(`SELECT ${COLUMNS} FROM cause_group_counts WHERE ${ofCause} orders > 0 ${order}`)
      .all(base) as GroupTotals[];
  const after = query.after;
  const cursor = {
    ...base,
    first: query.sort === 'orders' ? after.orderCount : after.valueAtStakeCents,
    second: query.sort === 'orders' ? after.valueAtStakeCents : after.orderCount,
    code: after.code,
    key: after.key
  };
  const tied = db
    .prepare(
      `SELECT ${COLUMNS} FROM cause_group_counts
        WHERE ${ofCause} ${first} = @first AND ${second} <= @second AND orders > 0
          AND (${second} < @second OR code > @code OR (code = @code AND group_key > @key)) ${order}`
    )
    .all(cursor) as GroupTotals[];
  if (tied.length >= query.limit) return tied;
  const rest = db
    .prepare(`SELECT ${COLUMNS} FROM cause_group_counts WHERE ${ofCause} ${first} < @first AND orders > 0 ${order}`)
    .all({ ...cursor, limit: query.limit - tied.length }) as GroupTotals[];
  return [...tied, ...rest];
}

/** One group by its cause and key, when it has open orders. */
export function readGroupTotals(db: Db, group: { code: string; key: string }): GroupTotals | null {
  return (
    (db
      .prepare(`SELECT ${COLUMNS} FROM cause_group_counts WHERE code = ? AND group_key = ? AND orders > 0`)
      .get(group.code, group.key) as GroupTotals | undefined) ?? null
  );
}

/** How many groups each cause has, most first (then by code). */
export function readCauseTallies(db: Db): { code: CauseCode; groups: number }[] {
  return db.prepare('SELECT code, groups FROM cause_group_tallies WHERE groups > 0 ORDER BY groups DESC, code').all() as {
    code: CauseCode;
    groups: number;
  }[];
}
