import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

const marks = (db: Database.Database) => db.prepare('SELECT order_id FROM planned_replays ORDER BY order_id').pluck().all();

describe('migration 0009 (change plan)', () => {
  it('keeps planned changes with their orders, and drops a "would integrate" mark once its order changes status or finds a cause again', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 8);
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES
      (1, '702-1', 'AMZ', 'error'), (2, '702-2', 'AMZ', 'error'), (3, '702-3', 'AMZ', 'error')`);
    migrate(db, 9);
    expect(schemaVersion(db)).toBe(9);

    db.prepare(
      `INSERT INTO plan_changes (id, created_at, agent, fix_kind, fix_json, object_kind, object_id, field, before_json, after_json, admin_path)
       VALUES (1, '2026-12-01T10:00:00.000Z', 'ana', 'activate_sku', '{"kind":"activate_sku","skuIds":["1002"]}', 'sku', '1002', 'Active', 'false', 'true', 'Catalog > Products and SKUs > SKU > Active')`
    ).run();
    db.exec(`INSERT INTO plan_change_orders (change_id, order_id) VALUES (1, 1), (1, 2)`);
    expect(db.prepare('SELECT state FROM plan_changes').pluck().get()).toBe('planned');
    expect(() => db.prepare("UPDATE plan_changes SET state = 'applied'").run()).toThrow(/CHECK/);

    db.exec(`INSERT INTO planned_replays (order_id, judged_at) VALUES (1, 'x'), (2, 'x'), (3, 'x')`);
    // A status written again as it was keeps the mark; a real change drops it.
    db.prepare("UPDATE marketplace_orders SET integration_status = 'error' WHERE id = 1").run();
    expect(marks(db)).toEqual([1, 2, 3]);
    db.prepare("UPDATE marketplace_orders SET integration_status = 'success' WHERE id = 1").run();
    expect(marks(db)).toEqual([2, 3]);
    // A new diagnosis that finds a cause again means the order would not integrate after all.
    db.prepare(
      "INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES (2, 'out_of_stock', 0.9, 'causes', 'x', 'y')"
    ).run();
    db.prepare(
      "INSERT INTO diagnosis_causes (order_id, position, code, group_key, evidence_json, fix_json) VALUES (2, 0, 'sku_inactive', 'k', '{}', '{}')"
    ).run();
    expect(marks(db)).toEqual([3]);
    // A deleted order takes its mark and its place in the plan with it.
    db.prepare('DELETE FROM marketplace_orders WHERE id IN (2, 3)').run();
    expect(marks(db)).toEqual([]);
    expect(db.prepare('SELECT order_id FROM plan_change_orders').pluck().all()).toEqual([1]);
  });
});
