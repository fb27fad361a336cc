import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { listCauseGroups } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { writeResolution } from '../../../src/main/core/db/repositories/resolution-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { listGroupOrders, listGroupPage } from '../../../src/main/core/services/group-service';
import { selectOrders } from '../../../src/main/core/services/reprocess-selection';
import { testDeps } from '../actions/seed';

const DEMO = join(__dirname, '../../../resources/demo');

describe('cause groups on the demo store', () => {
  let db: Db;
  beforeAll(async () => {
    db = openMirror(':memory:');
    await importSnapshot(db, join(DEMO, 'snapshot'));
    runDiagnosis(db, { now: new Date('2026-11-22T12:00:00Z') });
  });

  it('makes one group per cause and SKU, whatever trade policies its orders came through', () => {
    const causeSkus = db
      .prepare(
        `SELECT code, sku_id, COUNT(DISTINCT trade_policy_id) AS policies FROM diagnosis_causes
                 WHERE code IN ('sku_inactive', 'insufficient_stock') AND sku_id IS NOT NULL GROUP BY code, sku_id`
      )
      .all() as { code: string; sku_id: string; policies: number }[];
    expect(causeSkus.length).toBeGreaterThan(0);
    const groups = listCauseGroups(db);
    for (const { code, sku_id: skuId } of causeSkus) {
      const ofSku = groups.filter((g) => g.code === code && g.skuId === skuId);
      expect(ofSku, `${code} on SKU ${skuId}`).toHaveLength(1);
      const policies = db
        .prepare(
          'SELECT DISTINCT trade_policy_id FROM diagnosis_causes WHERE code = ? AND sku_id = ? AND trade_policy_id IS NOT NULL ORDER BY 1'
        )
        .pluck()
        .all(code, skuId);
      expect(ofSku[0].tradePolicyIds).toEqual(policies);
      expect(ofSku[0].affiliateIds.length).toBeGreaterThan(0);
    }
  });

  it('lists the trade policies, by name, and marketplaces of each group in its view', () => {
    const names = new Map(
      db
        .prepare('SELECT id, name FROM trade_policies')
        .all()
        .map((row) => {
          const { id, name } = row as { id: string; name: string };
          return [id, name];
        })
    );
    for (const view of listGroupPage(db, { sort: 'orders', limit: 500 }).groups) {
      const orderIds = listGroupOrders(db, { cause: view.code, key: view.key, afterId: 0, limit: 1000 }).orders.map((o) => o.id);
      expect(orderIds).toHaveLength(view.orderCount);
      const affiliates = db
        .prepare('SELECT DISTINCT affiliate_id FROM marketplace_orders WHERE id IN (SELECT value FROM json_each(?)) ORDER BY 1')
        .pluck()
        .all(JSON.stringify(orderIds));
      expect(view.affiliateIds).toEqual(affiliates);
      for (const policy of view.tradePolicies) expect(policy.name).toBe(names.get(policy.id) ?? null);
      if (view.tradePolicies.length > 1) expect(view.tradePolicyId).toBeNull();
    }
  });

  it('leaves a resolved order out of its groups and of a bulk reprocess of the group', () => {
    const group = listCauseGroups(db).find((g) => g.orderCount >= 2)!;
    const resolved = group.orderIds[0];
    const before = selectOrders(testDeps(db), { cause: group.code, key: group.key });
    expect(before).toContain(resolved);
    writeResolution(db, resolved, { reason: 'duplicate', note: null, resolvedAt: '2026-11-22T12:00:00Z', resolvedBy: 'Ana' });
    const after = listCauseGroups(db).find((g) => g.code === group.code && g.key === group.key)!;
    expect(after.orderCount).toBe(group.orderCount - 1);
    expect(after.orderIds).not.toContain(resolved);
    const page = listGroupOrders(db, { cause: group.code, key: group.key, afterId: 0, limit: 1000 });
    expect(page.orders.map((order) => order.id)).not.toContain(resolved);
    const selected = selectOrders(testDeps(db), { cause: group.code, key: group.key });
    expect(selected).not.toContain(resolved);
    expect(selected).toHaveLength(before.length - 1);
  });
});
