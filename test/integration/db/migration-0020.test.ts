import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

const indexNames = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'marketplace_orders'`).pluck().all();

describe('migration 0020 (drop the affiliate index another one covers)', () => {
  it('drops (affiliate_id, created_at), and an affiliate + date range still reads an index, the covering one', () => {
    const db = new Database(':memory:');
    migrate(db, 19);
    expect(indexNames(db)).toContain('marketplace_orders_affiliate_created');

    migrate(db, 20);

    expect(schemaVersion(db)).toBe(20);
    expect(indexNames(db)).not.toContain('marketplace_orders_affiliate_created');
    expect(indexNames(db)).toContain('marketplace_orders_affiliate_created_keys');
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM marketplace_orders WHERE affiliate_id = ? AND created_at >= ? AND created_at < ? ORDER BY created_at`
      )
      .all('AMZ', '2026-01-01', '2026-02-01')
      .map((row) => (row as { detail: string }).detail);
    expect(plan).toEqual([
      'SEARCH marketplace_orders USING COVERING INDEX marketplace_orders_affiliate_created_keys (affiliate_id=? AND created_at>? AND created_at<?)'
    ]);
  });
});
