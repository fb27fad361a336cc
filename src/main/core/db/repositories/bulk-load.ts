import type { Db } from '../connection';

/**
 * A bulk load into an empty or much smaller mirror: secondary indexes of the tables a snapshot's
 * orders fill, the search index and the triggers that only keep derived data current (search
 * dirtiness, the queue and store generations) are dropped inside the import's transaction and
 * built once at its end, in the same transaction, so a failure rolls the drop back with the rows.
 *
 * Why: every order insert otherwise touched about fifteen b-trees at random places, marked itself
 * dirty for search and bumped two counters — 250 µs an order of SQLite time at 20k orders. The
 * definitions are read back from the schema, so an index or trigger a later migration adds is
 * deferred and rebuilt the same way.
 */

/** Tables that grow with the number of orders; the store's tables stay small and keep their indexes. */
const ORDER_TABLES = [
  'marketplace_orders',
  'order_items',
  'order_addresses',
  'order_logistics',
  'integration_attempts',
  'oms_orders'
];

/** Triggers that only keep derived data current: what they maintain is rebuilt or bumped once at the end. */
const DERIVED_TRIGGER = /^(queue_search|queue_generation|store_generation)_/;

/** Counters the deferred triggers bumped per row; a bulk load bumps each once. */
const GENERATIONS = ['queue_generation', 'store_generation'];

/** Page cache while the rows load, in KiB (negative: SQLite's unit for a size rather than a page count). */
const LOAD_CACHE_KB = -98_304;

export function countMarketplaceOrders(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get() as number;
}

export interface DeferredDerivedData {
  /**
   * Indexes for search up to `limit` of the orders this load added with ids up to `upTo`, whose
   * child rows are written (items name the SKUs the document holds); returns whether any such order
   * is left unindexed. Done in the waits for the thread parsing the orders, so the rebuild leaves
   * them out: 100k orders' documents cost about 1 s, as much one range at a time as all at once.
   */
  indexForSearch(upTo: number, limit: number): boolean;
  /** An order indexed already was written again (the same order twice in a snapshot): indexed again at the rebuild. */
  rewritten(id: number): void;
  /** The orders indexed so far may have changed (an Admin export's outcomes): the rebuild indexes every order. */
  forgetIndexed(): void;
  /** Builds the dropped structures again; call it before the transaction commits. */
  rebuild(): void;
  /** Gives the connection back its page cache, whether the import committed or rolled back. */
  release(): void;
}

/**
 * Drops the derived structures for a bulk load and returns what rebuilds them. Must run inside a
 * transaction (the import's).
 */
export function deferDerivedData(db: Db): DeferredDerivedData {
  if (!db.inTransaction) throw new Error('deferDerivedData needs the import transaction open');
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${ORDER_TABLES.map(() => '?').join(', ')})`
    )
    .all(...ORDER_TABLES) as { name: string; sql: string }[];
  const triggers = (
    db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'`).all() as { name: string; sql: string }[]
  ).filter((t) => DERIVED_TRIGGER.test(t.name));
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  // The search index is emptied and refilled from the whole mirror (contentless: 'delete-all'); the
  // orders this load adds, ids above those there before, may be indexed during the load (indexed).
  const emptySearch = () =>
    db.exec(`INSERT INTO queue_search (queue_search) VALUES ('delete-all'); DELETE FROM queue_search_dirty;`);
  emptySearch();
  const before = (db.prepare('SELECT MAX(id) FROM marketplace_orders').pluck().get() as number | null) ?? 0;
  const indexed = { upTo: before, again: new Set<number>() };
  const indexRange = db.prepare(
    'INSERT INTO queue_search (rowid, doc) SELECT order_id, doc FROM queue_search_source WHERE order_id > ? AND order_id <= ?'
  );
  // Rows now only append, and the unique keys are the only b-trees written at random: a smaller page
  // cache holds those (about 75 MB at 1M orders) and leaves memory to the thread parsing the orders;
  // the index builds after it scan the table and sort (the sorter spills to temporary files past it).
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${LOAD_CACHE_KB}`);
  const rebuild = () => {
    // SQLite's sorter may use a helper thread per index build: the second core (100k orders: 5.2 → 4.1 s wall).
    const threads = db.pragma('threads', { simple: true }) as number;
    db.pragma('threads = 2');
    try {
      for (const index of indexes) db.exec(index.sql);
    } finally {
      db.pragma(`threads = ${threads}`);
    }
    db.prepare(
      'INSERT INTO queue_search (rowid, doc) SELECT order_id, doc FROM queue_search_source WHERE order_id <= ? OR order_id > ?'
    ).run(before, indexed.upTo);
    const replace = db.prepare(
      'INSERT OR REPLACE INTO queue_search (rowid, doc) SELECT order_id, doc FROM queue_search_source WHERE order_id = ?'
    );
    for (const id of indexed.again) replace.run(id);
    for (const trigger of triggers) db.exec(trigger.sql);
    const bump = db.prepare(`UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ?`);
    for (const key of GENERATIONS) bump.run(key);
  };
  return {
    indexForSearch: (upTo, limit) => {
      const to = Math.min(upTo, indexed.upTo + limit);
      if (to > indexed.upTo) indexRange.run(indexed.upTo, to);
      indexed.upTo = to;
      return to < upTo;
    },
    rewritten: (id) => {
      if (id > before && id <= indexed.upTo) indexed.again.add(id);
    },
    forgetIndexed: () => {
      if (indexed.upTo === before) return;
      emptySearch();
      indexed.upTo = before;
      indexed.again.clear();
    },
    rebuild,
    release: () => db.pragma(`cache_size = ${cacheSize}`)
  };
}
