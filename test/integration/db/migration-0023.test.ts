import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { queueCountsAreCurrent, syncQueueCounts } from '../../../src/main/core/db/repositories/queue-counts-repository';

describe('migration 0023 (queue cause days)', () => {
  it('counts the cause values a mirror already held by day at the next catch-up, and keeps them on each write', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 22);
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, error_type, created_at) VALUES
        (1, '702-1', 'AMZ', 'error', 'sku_inactive', '2026-11-01T10:00:00.000Z'),
        (2, '702-2', 'MLB', 'error', 'out_of_stock', '2026-11-02T12:00:00.000Z');
      INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES
        (1, 'sku_inactive', 1, 'causes', 'x', 'x'), (2, 'out_of_stock', 1, 'no_cause_found', 'x', 'x');
      INSERT INTO diagnosis_causes (order_id, position, code, group_key, evidence_json, fix_json) VALUES
        (1, 0, 'sku_inactive', 'sku:1', '{}', '{}'), (1, 1, 'no_stock', 'sku:1', '{}', '{}'), (1, 2, 'no_stock', 'sku:2', '{}', '{}');`);
    syncQueueCounts(db);
    migrate(db, 23);
    // The tables are new: the schema changed, so the counts wait for the catch-up that fills them.
    expect(queueCountsAreCurrent(db)).toBe(false);
    expect(syncQueueCounts(db)).toBe(true);
    const pairs = () =>
      db.prepare('SELECT value, other, error_type, affiliate_id, day, orders FROM queue_cause_pair_days ORDER BY 1, 2, 5').all();
    expect(pairs()).toEqual([
      {
        value: 'no_cause_found',
        other: 'no_cause_found',
        error_type: 'out_of_stock',
        affiliate_id: 'MLB',
        day: '2026-11-02',
        orders: 1
      },
      { value: 'no_stock', other: 'no_stock', error_type: 'sku_inactive', affiliate_id: 'AMZ', day: '2026-11-01', orders: 1 },
      { value: 'no_stock', other: 'sku_inactive', error_type: 'sku_inactive', affiliate_id: 'AMZ', day: '2026-11-01', orders: 1 },
      {
        value: 'sku_inactive',
        other: 'sku_inactive',
        error_type: 'sku_inactive',
        affiliate_id: 'AMZ',
        day: '2026-11-01',
        orders: 1
      }
    ]);
    expect(db.prepare('SELECT value, error_type, day, orders FROM queue_cause_type_days ORDER BY 1').all()).toEqual([
      { value: 'no_cause_found', error_type: 'out_of_stock', day: '2026-11-02', orders: 1 },
      { value: 'no_stock', error_type: 'sku_inactive', day: '2026-11-01', orders: 1 },
      { value: 'sku_inactive', error_type: 'sku_inactive', day: '2026-11-01', orders: 1 }
    ]);
    expect(db.prepare('SELECT value, affiliate_id, orders FROM queue_cause_affiliate_days ORDER BY 1').all()).toEqual([
      { value: 'no_cause_found', affiliate_id: 'MLB', orders: 1 },
      { value: 'no_stock', affiliate_id: 'AMZ', orders: 1 },
      { value: 'sku_inactive', affiliate_id: 'AMZ', orders: 1 }
    ]);

    // Kept by the triggers from then on: a cause gone takes its pairs with it.
    db.exec(`DELETE FROM diagnosis_causes WHERE order_id = 1 AND code = 'sku_inactive'`);
    expect(
      db.prepare('SELECT value, other FROM queue_cause_pair_days WHERE orders > 0 AND day = ? ORDER BY 1, 2').all('2026-11-01')
    ).toEqual([{ value: 'no_stock', other: 'no_stock' }]);
  });
});
