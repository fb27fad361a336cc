import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { queueCountsAreCurrent, syncQueueCounts } from '../../../src/main/core/db/repositories/queue-counts-repository';

describe('migration 0015 (queue counts)', () => {
  it('counts the orders a mirror already held at the first catch-up, and installs the triggers that keep them on each write', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 12);
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, error_type, created_at, payment_value_cents) VALUES
        (1, '702-1', 'AMZ', 'error', 'sku_inactive', '2026-11-01T10:00:00.000Z', 1000),
        (2, '702-2', 'AMZ', 'error', 'sku_inactive', '2026-11-01T12:00:00.000Z', 500),
        (3, '702-3', 'MLB', 'success', NULL, '2026-11-02T00:00:00.000Z', 700);
      INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES
        (1, 'sku_inactive', 1, 'causes', 'x', 'x'), (2, 'sku_inactive', 1, 'no_cause_found', 'x', 'x');
      INSERT INTO diagnosis_causes (order_id, position, code, group_key, evidence_json, fix_json) VALUES
        (1, 0, 'sku_inactive', 'sku:1', '{}', '{}'), (1, 1, 'sku_inactive', 'sku:1', '{}', '{}');`);
    migrate(db, 15);
    const triggers = () =>
      db
        .prepare(`SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger' AND name GLOB 'queue_generation_counts_*'`)
        .pluck()
        .get();
    // No trigger per row while later migrations rewrite causes: they come with the first catch-up.
    expect(triggers()).toBe(0);
    expect(queueCountsAreCurrent(db)).toBe(false);
    expect(syncQueueCounts(db)).toBe(true);
    expect(triggers()).toBeGreaterThan(10);
    expect(queueCountsAreCurrent(db)).toBe(true);
    expect(
      db.prepare('SELECT state, error_type, affiliate_id, day, orders, value_cents FROM queue_counts ORDER BY 1, 2, 3, 4').all()
    ).toEqual([
      { state: 'integrated', error_type: '', affiliate_id: 'MLB', day: '2026-11-02', orders: 1, value_cents: 700 },
      { state: 'open', error_type: 'sku_inactive', affiliate_id: 'AMZ', day: '2026-11-01', orders: 2, value_cents: 1500 }
    ]);
    expect(db.prepare('SELECT value, orders FROM queue_cause_counts ORDER BY value').all()).toEqual([
      { value: 'no_cause_found', orders: 1 },
      { value: 'sku_inactive', orders: 1 }
    ]);
    // An order counts once in its group however many of its causes share it.
    expect(db.prepare('SELECT code, group_key, orders, value_cents FROM cause_group_counts').all()).toEqual([
      { code: 'sku_inactive', group_key: 'sku:1', orders: 1, value_cents: 1000 }
    ]);

    db.exec(`INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (1, 'duplicate', 'x', 'agent')`);
    expect(db.prepare('SELECT orders FROM cause_group_counts').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT orders FROM queue_counts WHERE state = 'resolved'`).pluck().get()).toBe(1);
  });
});
