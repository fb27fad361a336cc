import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';

const holds = (db: Database.Database) => db.prepare('SELECT order_id, units FROM planned_holds ORDER BY order_id').all();
const generation = (db: Database.Database) =>
  Number(db.prepare("SELECT value FROM mirror_meta WHERE key = 'store_generation'").pluck().get());

describe('migration 0012 (planned holds)', () => {
  it('holds units under a would-integrate mark, drops them with the mark, and bumps the store generation on each write', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 11);
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status) VALUES
      (1, '702-1', 'AMZ', 'error'), (2, '702-2', 'AMZ', 'error'), (3, '702-3', 'AMZ', 'error');
      INSERT INTO planned_replays (order_id, judged_at) VALUES (1, 'x'), (2, 'x'), (3, 'x');`);
    migrate(db, 12);
    expect(schemaVersion(db)).toBe(12);

    const before = generation(db);
    db.exec(
      `INSERT INTO planned_holds (order_id, sku_id, warehouse_id, units) VALUES (1, '1001', 'WH1', 2), (2, '1001', 'WH1', 1), (3, '1002', 'WH1', 4)`
    );
    // The rules' store is re-read after a hold is written: it takes those units.
    expect(generation(db)).toBe(before + 3);
    // No hold without a mark, and none of no units.
    expect(() =>
      db.prepare("INSERT INTO planned_holds (order_id, sku_id, warehouse_id, units) VALUES (99, '1001', 'WH1', 1)").run()
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO planned_holds (order_id, sku_id, warehouse_id, units) VALUES (1, '1003', 'WH1', 0)").run()
    ).toThrow(/CHECK/);

    // The mark's triggers (migration 0009) take the hold with it: a status change, a new cause.
    db.prepare("UPDATE marketplace_orders SET integration_status = 'success' WHERE id = 1").run();
    expect(holds(db)).toEqual([
      { order_id: 2, units: 1 },
      { order_id: 3, units: 4 }
    ]);
    db.prepare(
      "INSERT INTO diagnoses (order_id, error_type, confidence, outcome, ran_at, as_of) VALUES (2, 'out_of_stock', 0.9, 'causes', 'x', 'y')"
    ).run();
    db.prepare(
      "INSERT INTO diagnosis_causes (order_id, position, code, group_key, evidence_json, fix_json) VALUES (2, 0, 'insufficient_stock', 'k', '{}', '{}')"
    ).run();
    expect(holds(db)).toEqual([{ order_id: 3, units: 4 }]);
    const released = generation(db);
    db.prepare('DELETE FROM planned_replays WHERE order_id = 3').run();
    expect(holds(db)).toEqual([]);
    expect(generation(db)).toBeGreaterThan(released);
  });
});
