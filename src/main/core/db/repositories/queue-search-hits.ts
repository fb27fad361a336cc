import type { Db } from '../connection';
import { cacheKeptWhile } from './queue-cache';
import { searchExpression, SEARCH_CAP, whereOf, type QueueCriteria, type SqlPart } from './queue-filter-sql';

/*
 * A search's orders read from the index once while it is unchanged, not once per statement. Each
 * word is a prefix, and a prefix common in e-mail addresses ("silva" begins 1,001 words at 1M)
 * makes FTS5 merge every word's postings before the first hit: 60–70 ms a MATCH, and queue/list ran
 * three (its page, its total, whether the search was capped), 229 ms for "maria silva" cold; its
 * facets ran two more.
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
 * What the full-text index holds, as a string that changes whenever a write reaches it: FTS5's
 * structure record (rowid 10 of its %_data table), which lists the index's segments and a counter
 * of segments written, and is rewritten at every commit that changes the index (an insert, a
 * replace, a delete, a merge). A 'delete-all' resets it to the empty record, so the store
 * generation is added: the bulk load, the one path that empties the index, bumps it.
 * A resolution, a note or a diagnosis leaves both alone, and a search's hits with them: keyed on
 * the mirror's generation, every such write made the next read match again (31 ms for
 * "maria silva" at 1M orders, as much as the rest of its facets).
 */
export function searchIndexVersion(db: Db): string {
  const structure = db.prepare('SELECT hex(block) FROM queue_search_data WHERE id = 10').pluck().get() as string | undefined;
  const store = db.prepare(`SELECT value FROM mirror_meta WHERE key = 'store_generation'`).pluck().get() as string | undefined;
  return `${store ?? ''}/${structure ?? ''}`;
}

/** Searches remembered per connection. */
const SEARCHES_KEPT = 50;
const cachedPerIndexVersion = cacheKeptWhile(searchIndexVersion, SEARCHES_KEPT);

/**
 * The newest SEARCH_CAP orders the search matches and one more (which says it was capped), kept
 * while the index is unchanged. Not inside a transaction: a write there holds its terms in FTS5's
 * memory until the commit, where a MATCH sees them but the structure record does not change.
 */
function searchHits(db: Db, expression: string): number[] {
  const match = () =>
    db
      .prepare('SELECT rowid FROM queue_search WHERE queue_search MATCH ? ORDER BY rowid DESC LIMIT ?')
      .pluck()
      .all(expression, SEARCH_CAP + 1) as number[];
  return db.inTransaction ? match() : cachedPerIndexVersion(db, expression, match);
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
