import type { Db } from '../connection';
import { cachedPerGeneration } from './queue-cache';
import { searchExpression, SEARCH_CAP, whereOf, type QueueCriteria, type SqlPart } from './queue-filter-sql';

/*
 * A search's orders read from the index once per page read, not once per statement. Each word is
 * a prefix, and a prefix common in e-mail addresses ("silva" begins 1,001 words at 1M) makes FTS5
 * merge every word's postings before the first hit: 60–70 ms a MATCH, and queue/list ran three (its
 * page, its total, whether the search was capped), 229 ms for "maria silva" cold.
 */

/** The orders a selection reads: every order, or a search's hits, each looked up by its id. */
export const ORDERS = 'marketplace_orders o';
const HIT_ORDERS = 'json_each(@searchHits) AS hit CROSS JOIN marketplace_orders o ON o.id = hit.value';

export interface Selection {
  /** The FROM clause, naming the order `o`. */
  from: string;
  where: SqlPart;
  /** Whether a search matched more orders than it takes (SEARCH_CAP): what it selects is then the newest of them. */
  capped: boolean;
}

/**
 * The newest SEARCH_CAP orders the search matches and one more (which says it was capped), kept
 * for the mirror's generation. A write bumps the generation before the writer catches the index
 * up (syncQueueSearch, which leaves it as it is), so what the index said while behind is kept
 * apart from what it says once caught up.
 */
function searchHits(db: Db, expression: string): number[] {
  const behind = db.prepare('SELECT EXISTS (SELECT 1 FROM queue_search_dirty)').pluck().get() === 1;
  return cachedPerGeneration(
    db,
    `search ${behind ? 'behind' : 'current'} ${expression}`,
    () =>
      db
        .prepare('SELECT rowid FROM queue_search WHERE queue_search MATCH ? ORDER BY rowid DESC LIMIT ?')
        .pluck()
        .all(expression, SEARCH_CAP + 1) as number[]
  );
}

/**
 * The filter as a FROM and a WHERE: a search is read once (searchHits) and its hits looked up by
 * id, which also keeps SQLite from walking another index and probing the hits per order.
 * `shape` builds the WHERE of the rest of the filter.
 */
export function selectionOf(db: Db, filter: QueueCriteria, shape: (filter: QueueCriteria) => SqlPart = whereOf): Selection {
  const expression = searchExpression(filter.search);
  if (!expression) return { from: ORDERS, where: shape(filter), capped: false };
  const hits = searchHits(db, expression);
  const where = shape({ ...filter, search: '' });
  return {
    from: HIT_ORDERS,
    where: { sql: where.sql, params: { ...where.params, searchHits: JSON.stringify(hits.slice(0, SEARCH_CAP)) } },
    capped: hits.length > SEARCH_CAP
  };
}
