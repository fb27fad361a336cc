import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { listGroupViews } from '../../../src/main/core/services/group-service';
import { seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

describe('cause groups', () => {
  it('lists groups largest first with names, value at stake and the fix', () => {
    const groups = listGroupViews(db, 500);
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
      orderIds: [1, 2],
      marketplaceOrderIds: expect.any(Array),
      skuId: '1003',
      skuName: 'Tênis Corrida Azul',
      productId: 'p10',
      tradePolicyId: null,
      tradePolicyName: null,
      tradePolicyIds: [],
      affiliateIds: ['AMZ'],
      dockId: null,
      shippingPolicyId: null,
      warehouseId: null,
      fix: { kind: 'activate_sku', appliesInMirror: true, params: { skuId: '1003' } },
      sampleEvidence: { skuId: '1003', skuName: 'Tênis Corrida Azul' }
    });
    const dockGroup = groups.find((group) => group.code === 'no_dock_for_trade_policy');
    expect(dockGroup).toMatchObject({
      tradePolicyId: '1',
      tradePolicyName: 'Loja principal',
      skuName: null,
      productId: null,
      valueAtStakeCents: 5000
    });
  });

  it('honours the limit', () => {
    expect(listGroupViews(db, 1)).toHaveLength(1);
  });
});
