import type { Db } from '../connection';

/**
 * Results of the queue's aggregate queries (facet counts, cause groups), kept per connection and
 * valid for one mirror generation: the pair of counters migrations 0004 and 0005 bump by trigger
 * on every write that can change them. Reading the pair is one indexed look-up, so a cached answer
 * costs microseconds, and a write by any connection, in this process or another, is seen at the
 * next read. Results are shared, not copied: callers must not mutate them.
 */

/** Filters remembered per connection; an agent clicks through far fewer between two writes. */
export const QUEUE_CACHE_SIZE = 300;

interface Cache {
  generation: string;
  entries: Map<string, unknown>;
}

/** The mirror's generation; changes whenever a facet count or a group can have changed. */
export function mirrorGeneration(db: Db): string {
  const rows = db
    .prepare(`SELECT value FROM mirror_meta WHERE key IN ('queue_generation', 'store_generation') ORDER BY key`)
    .pluck()
    .all() as string[];
  return rows.join('/');
}

/**
 * A cache per connection of results valid while `generationOf` says the same: `cached(db, key,
 * compute)` is `compute()`'s result, computed on the first call after the generation changed and a
 * map look-up after that. A Map keeps insertion order, so re-inserting on a hit makes its first key
 * the least recently used one, evicted past `size`.
 */
export function cacheKeptWhile(generationOf: (db: Db) => string, size = QUEUE_CACHE_SIZE) {
  const caches = new WeakMap<Db, Cache>();
  return function cached<T>(db: Db, key: string, compute: () => T): T {
    const generation = generationOf(db);
    let cache = caches.get(db);
    if (!cache || cache.generation !== generation) {
      cache = { generation, entries: new Map() };
      caches.set(db, cache);
    }
    if (cache.entries.has(key)) {
      const hit = cache.entries.get(key) as T;
      cache.entries.delete(key);
      cache.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    // A result computed while the generation moved (a write in between, by this connection) is
    // returned but not filed under a generation it may not match.
    if (generationOf(db) !== generation) return value;
    cache.entries.set(key, value);
    if (cache.entries.size > size) cache.entries.delete(cache.entries.keys().next().value as string);
    return value;
  };
}

/** `compute()`'s result for `key` at the mirror's current generation (mirrorGeneration). */
export const cachedPerGeneration = cacheKeptWhile(mirrorGeneration);
