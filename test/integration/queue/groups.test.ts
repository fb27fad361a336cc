import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupPage } from '../../../src/shared/api/groups';
import type { Db } from '../../../src/main/core/db/connection';
import { listGroupOrders, listGroupPage, type GroupQuery } from '../../../src/main/core/services/group-service';
import { insertDiagnosis, insertOrder, seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

/** Every page of the list, following each page's cursor. */
function allPages(query: Omit<GroupQuery, 'after'>): GroupPage[] {
  const pages = [listGroupPage(db, query)];
  while (pages[pages.length - 1].next) pages.push(listGroupPage(db, { ...query, after: pages[pages.length - 1].next! }));
  return pages;
}

/** `n` more failed orders, each in its own group of one SKU: more groups than any one page. */
function addSkuGroups(n: number): void {
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = 1000 + i;
      insertOrder(db, {
        id,
        marketplaceOrderId: `900-${id}`,
        affiliateId: 'AMZ',
        status: 'error',
        valueCents: 100 + i,
        createdAt: '2026-11-19T10:00:00Z',
        processedAt: null,
        skuIds: [`s${i}`]
      });
      insertDiagnosis(db, id, 'sku_unavailable', 'causes', [{ code: 'sku_inactive', key: `sku:s${i}`, skuId: `s${i}` }]);
    }
  })();
}

describe('cause groups', () => {
  it('lists groups largest first with names, value at stake and the fix', () => {
    const { groups, total, next } = listGroupPage(db, { sort: 'orders', limit: 500 });
    expect(total).toBe(4);
    expect(next).toBeNull();
    expect(groups.map((group) => [group.code, group.key, group.orderCount])).toEqual([
      ['sku_inactive', 'sku:1003', 2],
      ['insufficient_stock', 'sku:2001', 1],
      // Equal count and value: by code.
      ['no_dock_for_trade_policy', 'tp:1', 1],
      ['price_divergence_rule_missing', '', 1]
    ]);
    expect(groups[0]).toEqual({
      code: 'sku_inactive',
      key: 'sku:1003',
      orderCount: 2,
      valueAtStakeCents: 17000,
      sampleOrderId: 1,
      skuId: '1003',
      skuName: 'Tênis Corrida Azul',
      productId: 'p10',
      tradePolicyId: null,
      tradePolicyName: null,
      tradePolicies: [],
      affiliateIds: ['AMZ'],
      dockId: null,
      shippingPolicyId: null,
      warehouseId: null,
      fix: { kind: 'activate_sku', appliesInMirror: true, request: { skuIds: ['1003'] } },
      sampleEvidence: { skuId: '1003', skuName: 'Tênis Corrida Azul' }
    });
    const dockGroup = groups.find((group) => group.code === 'no_dock_for_trade_policy');
    expect(dockGroup).toMatchObject({
      tradePolicyId: '1',
      tradePolicyName: 'Loja principal',
      // The sales channel's name, the id beside it.
      tradePolicies: [{ id: '1', name: 'Loja principal' }],
      skuName: null,
      productId: null,
      valueAtStakeCents: 5000
    });
  });

  it('pages every group by keyset, without a cap, each group once, in the same order as one long page', () => {
    addSkuGroups(1_234);
    const pages = allPages({ sort: 'orders', limit: 100 });
    expect(pages).toHaveLength(13);
    const keys = pages.flatMap((page) => page.groups.map((group) => `${group.code} ${group.key}`));
    expect(new Set(keys).size).toBe(1_238);
    expect(pages.every((page) => page.total === 1_238)).toBe(true);
    expect(keys.slice(0, 500)).toEqual(listGroupPage(db, { sort: 'orders', limit: 500 }).groups.map((g) => `${g.code} ${g.key}`));
    expect(pages[0].causes[0]).toEqual({ code: 'sku_inactive', groups: 1_235 });
  });

  it('keeps its place when the groups change between two pages', () => {
    addSkuGroups(30);
    const first = listGroupPage(db, { sort: 'orders', limit: 10 });
    // A group on the first page goes (its order resolved): the next page starts right after the cursor all the same.
    db.prepare(
      `INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (1000 + 29, 'duplicate', 'x', 'Ana')`
    ).run();
    const second = listGroupPage(db, { sort: 'orders', limit: 10, after: first.next! });
    const fresh = allPages({ sort: 'orders', limit: 500 })[0].groups.map((g) => g.key);
    const cursorAt = fresh.indexOf(first.groups[9].key);
    expect(second.groups.map((g) => g.key)).toEqual(fresh.slice(cursorAt + 1, cursorAt + 11));
    expect(second.total).toBe(first.total - 1);
  });

  it('sorts by value at stake and filters by cause, and by cause and key to one group', () => {
    addSkuGroups(20);
    const byValue = allPages({ sort: 'value', limit: 7 }).flatMap((page) => page.groups);
    const values = byValue.map((group) => group.valueAtStakeCents);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const inactive = allPages({ sort: 'orders', cause: 'sku_inactive', limit: 5 });
    expect(inactive[0].total).toBe(21);
    expect(inactive.flatMap((page) => page.groups).every((group) => group.code === 'sku_inactive')).toBe(true);
    const one = listGroupPage(db, { sort: 'orders', cause: 'sku_inactive', key: 'sku:1003', limit: 1 });
    expect(one.total).toBe(1);
    expect(one.groups[0]).toMatchObject({ key: 'sku:1003', orderCount: 2 });
  });

  it("pages a group's orders by id", () => {
    const first = listGroupOrders(db, { cause: 'sku_inactive', key: 'sku:1003', afterId: 0, limit: 1 });
    expect(first.orders).toHaveLength(1);
    const second = listGroupOrders(db, { cause: 'sku_inactive', key: 'sku:1003', afterId: first.next!, limit: 1 });
    expect(second.next).toBeNull();
    expect([...first.orders, ...second.orders].map((order) => order.id)).toEqual([1, 2]);
    expect(second.orders[0].marketplaceOrderId).toEqual(expect.any(String));
  });
});
