import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate';
import { listCauseGroups } from '../../../src/main/core/db/repositories/diagnosis-repository';

type Cause = [orderId: number, code: string, key: string, skuId: string | null, tradePolicyId: string | null];

describe('migration 0019 (group keys by object)', () => {
  it('re-keys causes a mirror stored before groups by object, so one object is one group again', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 18);
    // An old-shape mirror: one inactive SKU split over two policies, one uncovered CEP sector split
    // the same way, and a price missing in one policy (its fix names the policy: it stays split).
    db.exec(`INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, integration_status, payment_value_cents) VALUES
      (1, '702-1', 'AMZ', 'error', 100), (2, '702-2', 'MLB', 'error', 200), (3, '702-3', 'AMZ', 'error', 300),
      (4, '702-4', 'MLB', 'error', 400), (5, '702-5', 'AMZ', 'error', 500), (6, '702-6', 'MLB', 'error', 600);`);
    const causes: Cause[] = [
      [1, 'sku_inactive', 'sku:1003|tp:1', '1003', '1'],
      [2, 'sku_inactive', 'sku:1003|tp:2', '1003', '2'],
      [3, 'postal_code_not_covered', 'tp:1|cep:69900', null, '1'],
      [4, 'postal_code_not_covered', 'tp:2|cep:69900', null, '2'],
      [5, 'price_missing_for_trade_policy', 'sku:2001|tp:1', '2001', '1'],
      [6, 'price_missing_for_trade_policy', 'sku:2001|tp:2', '2001', '2']
    ];
    const insert = db.prepare(
      `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, trade_policy_id, evidence_json, fix_json)
       VALUES (?, 0, ?, ?, ?, ?, '{}', '{}')`
    );
    for (const cause of causes) insert.run(...cause);
    const generation = () => Number(db.prepare("SELECT value FROM mirror_meta WHERE key = 'queue_generation'").pluck().get());
    const before = generation();

    migrate(db, 19);

    expect(schemaVersion(db)).toBe(19);
    const keys = db.prepare('SELECT order_id, group_key FROM diagnosis_causes ORDER BY order_id').all();
    expect(keys).toEqual([
      { order_id: 1, group_key: 'sku:1003' },
      { order_id: 2, group_key: 'sku:1003' },
      { order_id: 3, group_key: 'cep:69900' },
      { order_id: 4, group_key: 'cep:69900' },
      { order_id: 5, group_key: 'sku:2001|tp:1' },
      { order_id: 6, group_key: 'sku:2001|tp:2' }
    ]);
    const groups = listCauseGroups(db).map((group) => [group.code, group.key, group.orderCount]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['sku_inactive', 'sku:1003', 2],
        ['postal_code_not_covered', 'cep:69900', 2]
      ])
    );
    expect(groups).toHaveLength(4);
    // Cached groups are recomputed after the re-key.
    expect(generation()).toBeGreaterThan(before);
  });
});
