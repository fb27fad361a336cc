import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

/**
 * Prepared statements reused per connection: hot import paths prepare each statement once,
 * not once per record.
 */
export function statementCache<K extends string>(sql: Record<K, string>): (db: Db) => Record<K, Statement> {
  const cache = new WeakMap<Db, Record<K, Statement>>();
  return (db) => {
    let prepared = cache.get(db);
    if (!prepared) {
      prepared = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, db.prepare(text as string)])) as Record<
        K,
        Statement
      >;
      cache.set(db, prepared);
    }
    return prepared;
  };
}

export const bool = (value: boolean): number => (value ? 1 : 0);
