import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { pageSql } from '../../../src/main/core/db/repositories/queue-cursor-sql';
import { walkingWhereOf, type QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';

const indexNames = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'marketplace_orders'`).pluck().all();

const plan = (db: Database.Database, sql: string, params: Record<string, unknown>) =>
  db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(params)
    .map((row) => (row as { detail: string }).detail);

const OPEN: QueueCriteria = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };

describe('migration 0024 (indexes for the queue’s jumps and its dates oldest first)', () => {
  it('extends the error type’s sort indexes with the status and indexes only the orders processed before their creation', () => {
    const db = new Database(':memory:');
    migrate(db, 22);
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, error_type, created_at, processed_at) VALUES
        (1, '702-1', 'AMZ', 'error', 'sku_inactive', '2026-11-01T10:00:00.000Z', '2026-11-01T10:05:00.000Z'),
        (2, '702-2', 'AMZ', 'error', 'sku_inactive', '2026-11-01T10:00:00.000Z', '2026-11-01T09:59:00.000Z'),
        (3, '702-3', 'AMZ', 'error', 'sku_inactive', '2026-11-01T10:00:00.000Z', NULL),
        (4, '702-4', 'AMZ', 'success', NULL, NULL, '2026-11-01T10:00:00.000Z')`);

    migrate(db, 24);

    expect(schemaVersion(db)).toBe(24);
    const names = indexNames(db);
    for (const sort of ['processed', 'value', 'created']) {
      expect(names).not.toContain(`marketplace_orders_error_type_${sort}`);
      expect(names).toContain(`marketplace_orders_error_type_${sort}_status`);
    }
    const early = db
      .prepare(
        `SELECT id FROM marketplace_orders INDEXED BY marketplace_orders_processed_before_created
          WHERE processed_at IS NULL OR processed_at < created_at ORDER BY id`
      )
      .pluck()
      .all();
    expect(early).toEqual([2, 3]);
  });

  it('pages under an error type from its index alone, and dates oldest first by seeking the first date', () => {
    const db = new Database(':memory:');
    migrate(db, 24);
    const byDate = { by: 'date', direction: 'asc' } as const;
    const underType = walkingWhereOf({ ...OPEN, errorTypes: ['sku_inactive'] }, byDate);
    expect(
      plan(db, pageSql(underType.sql, byDate, { seek: false }), { ...underType.params, limit: 100, offset: 50_000 })[0]
    ).toBe('SEARCH o USING COVERING INDEX marketplace_orders_error_type_processed_status (error_type=?)');
    const lastDays = walkingWhereOf({ ...OPEN, from: '2026-10-01T00:00:00.000Z' }, byDate);
    const merged = plan(db, pageSql(lastDays.sql, byDate, { seek: true }), { ...lastDays.params, limit: 100, offset: 0 });
    expect(merged).toContain('MERGE (UNION ALL)');
    expect(merged).toContain(
      'SEARCH o USING INDEX marketplace_orders_status_processed (integration_status=? AND processed_at>?)'
    );
    expect(merged).toContain('SEARCH o USING INDEX marketplace_orders_processed_before_created (integration_status=?)');
    expect(merged.some((step) => step.includes('TEMP B-TREE'))).toBe(false);
  });
});
