import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../src/main/core/db/migrations';

describe('migration 0002 (diagnoses)', () => {
  it('adds the error type to existing orders without touching them, and the diagnosis tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, integration_message, created_at)
       VALUES ('702-1', 'AMZ', 'error', 'No available sla to deliver this order', '2026-11-20T10:00:00.000Z')`
    ).run();
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    const order = db.prepare('SELECT marketplace_order_id, error_type, integration_message FROM marketplace_orders').get();
    expect(order).toEqual({
      marketplace_order_id: '702-1',
      error_type: null,
      integration_message: 'No available sla to deliver this order'
    });
    db.prepare(
      `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, top_cause, ran_at, as_of) VALUES (1, 'sla_unavailable', 0.9, 'causes', 'sku_inactive', 'x', 'y')`
    ).run();
    db.prepare(
      `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, evidence_json, fix_json) VALUES (1, 0, 'sku_inactive', 'sku:1003', '1003', '{}', '{}')`
    ).run();
    // Deleting the order takes its diagnosis with it.
    db.prepare('DELETE FROM marketplace_orders').run();
    expect(db.prepare('SELECT COUNT(*) FROM diagnoses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM diagnosis_causes').pluck().get()).toBe(0);
  });

  it('versions only go up', () => {
    // Versions are handed out per change in progress, so a gap may stand until the lower one lands.
    MIGRATIONS.forEach(
      (migration, index) => index > 0 && expect(migration.version).toBeGreaterThan(MIGRATIONS[index - 1].version)
    );
    expect(MIGRATIONS[0].version).toBe(1);
  });
});
