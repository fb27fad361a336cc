import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { syncQueueCounts } from '../../../src/main/core/db/repositories/queue-counts-repository';

describe('migration 0021 (queue pages)', () => {
  it('tallies the groups a mirror already counted per cause, keeps them on each write, and indexes the list’s orders', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 19);
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, payment_value_cents) VALUES
        (1, '702-1', 'AMZ', 'error', 1000), (2, '702-2', 'AMZ', 'error', 500), (3, '702-3', 'MLB', 'error', 700);
      INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES
        (1, 'sku_inactive', 1, 'causes', 'x', 'x'), (2, 'sku_inactive', 1, 'causes', 'x', 'x'), (3, 'sku_inactive', 1, 'causes', 'x', 'x');
      INSERT INTO diagnosis_causes (order_id, position, code, group_key, evidence_json, fix_json) VALUES
        (1, 0, 'sku_inactive', 'sku:1', '{}', '{}'), (2, 0, 'sku_inactive', 'sku:2', '{}', '{}'), (3, 0, 'no_stock', 'sku:1', '{}', '{}');`);
    syncQueueCounts(db);
    migrate(db, 21);
    const tallies = () => db.prepare('SELECT code, groups FROM cause_group_tallies WHERE groups <> 0 ORDER BY code').all();
    expect(tallies()).toEqual([
      { code: 'no_stock', groups: 1 },
      { code: 'sku_inactive', groups: 2 }
    ]);
    // The migration changed the schema: the next catch-up rebuilds the counts, and the tallies follow.
    expect(syncQueueCounts(db)).toBe(true);
    expect(tallies()).toEqual([
      { code: 'no_stock', groups: 1 },
      { code: 'sku_inactive', groups: 2 }
    ]);
    db.exec(`INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (3, 'duplicate', 'x', 'x')`);
    db.exec(`UPDATE diagnosis_causes SET group_key = 'sku:1' WHERE order_id = 2`);
    expect(tallies()).toEqual([{ code: 'sku_inactive', groups: 1 }]);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT code, group_key FROM cause_group_counts WHERE code = ? AND orders > 0
                 ORDER BY value_cents DESC, orders DESC, code, group_key LIMIT 10`
      )
      .all('sku_inactive') as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING (COVERING )?INDEX cause_group_counts_code_by_value/);
    expect(plan.map((row) => row.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
