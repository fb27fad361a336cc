import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

function orderAt3(db: Database.Database): void {
  db.prepare(
    `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, integration_message, created_at)
     VALUES ('702-1', 'AMZ', 'error', 'No available sla to deliver this order', '2026-11-20T10:00:00.000Z')`
  ).run();
  db.prepare(
    `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, top_cause, missing_json, ran_at, as_of)
     VALUES (1, 'sla_unavailable', 0.9, 'insufficient_data', NULL, '["prices"]', 'x', 'y')`
  ).run();
}

const generation = (db: Database.Database) =>
  db.prepare(`SELECT value FROM mirror_meta WHERE key = 'store_generation'`).pluck().get();

describe('migration 0004 (sweep outcomes)', () => {
  it('keeps existing diagnoses, accepts unexplained and stores the inferred type, checked families and also-found findings', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    orderAt3(db);
    expect(() => db.prepare(`UPDATE diagnoses SET outcome = 'unexplained'`).run()).toThrow(/CHECK constraint/);
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(
      db
        .prepare('SELECT order_id, outcome, missing_json, inferred_error_type, checked_json, also_found_json FROM diagnoses')
        .get()
    ).toEqual({
      order_id: 1,
      outcome: 'insufficient_data',
      missing_json: '["prices"]',
      inferred_error_type: null,
      checked_json: null,
      also_found_json: null
    });
    db.prepare(
      `UPDATE diagnoses SET outcome = 'unexplained', inferred_error_type = 'price_missing', checked_json = '["price"]', also_found_json = '[]'`
    ).run();
    expect(() => db.prepare(`UPDATE diagnoses SET outcome = 'all_clear'`).run()).toThrow(/CHECK constraint/);
    // The rebuilt table keeps its indexes and its cascade from the order.
    const indexes = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'diagnoses' AND sql IS NOT NULL ORDER BY name`)
      .pluck()
      .all();
    expect(indexes).toEqual(['diagnoses_inferred_error_type', 'diagnoses_outcome', 'diagnoses_top_cause']);
    db.prepare('DELETE FROM marketplace_orders').run();
    expect(db.prepare('SELECT COUNT(*) FROM diagnoses').pluck().get()).toBe(0);
  });

  it('records every kind with rows as complete in an existing mirror', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    db.prepare(`INSERT INTO prices (sku_id, base_price_cents) VALUES ('1', 100)`).run();
    db.prepare(`INSERT INTO erp_carriers (name) VALUES ('Correios')`).run();
    migrate(db, 4);
    expect(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'complete_kinds'`).pluck().get()).toBe(
      '["prices","store-settings"]'
    );
  });

  it('bumps the store generation on store writes and on an order’s status, not on a diagnosis or an audit entry', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    orderAt3(db);
    migrate(db, 4);
    const before = generation(db);
    db.prepare(`UPDATE diagnoses SET outcome = 'causes'`).run();
    db.prepare(`UPDATE marketplace_orders SET error_type = 'out_of_stock'`).run();
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, order_ref, note) VALUES ('x', 'agent', 'note', 'order', '1', '702-1', 'called the buyer')`
    ).run();
    expect(generation(db)).toBe(before);
    db.prepare(`INSERT INTO prices (sku_id, base_price_cents) VALUES ('1', 100)`).run();
    const afterPrice = generation(db);
    expect(Number(afterPrice)).toBeGreaterThan(Number(before));
    db.prepare(`UPDATE marketplace_orders SET integration_status = 'success'`).run();
    expect(Number(generation(db))).toBeGreaterThan(Number(afterPrice));
  });
});
