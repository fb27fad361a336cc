import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

const generation = (db: Database.Database) =>
  Number(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'queue_generation'`).pluck().get());

describe('migration 0005 (queue generation)', () => {
  it('bumps the queue generation on order, diagnosis and cause writes, not on a note in the audit log', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);
    expect(generation(db)).toBe(1);
    const steps: [string, string][] = [
      [
        'order insert',
        `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES (1, '702-1', 'AMZ', 'error')`
      ],
      ['error type', `UPDATE marketplace_orders SET error_type = 'out_of_stock'`],
      [
        'diagnosis',
        `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES (1, 'out_of_stock', 0.9, 'causes', 'x', 'y')`
      ],
      [
        'cause',
        `INSERT INTO diagnosis_causes (order_id, position, code, group_key, evidence_json, fix_json) VALUES (1, 0, 'sku_inactive', 'k', '{}', '{}')`
      ],
      ['status', `UPDATE marketplace_orders SET integration_status = 'success'`]
    ];
    for (const [, sql] of steps) {
      const before = generation(db);
      db.prepare(sql).run();
      expect(generation(db)).toBeGreaterThan(before);
    }
    const before = generation(db);
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, order_ref, note) VALUES ('x', 'agent', 'note', 'order', '1', '702-1', 'n')`
    ).run();
    expect(generation(db)).toBe(before);
  });
});
