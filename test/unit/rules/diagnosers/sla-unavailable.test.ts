import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import {
  balance,
  codes,
  completeExcept,
  dock,
  EVERY_MARKETPLACE_FAMILY,
  freight,
  makeOrder,
  makeStore,
  policy,
  read,
  sku,
  twoItemOrder,
  warehouse
} from './store-builder';

const run = (store = makeStore(), order = makeOrder()) => diagnose(order, read('sla_unavailable'), store);

describe('sla_unavailable', () => {
  it('finds no cause when the healthy store offers the selected SLA', () => {
    expect(run()).toEqual({
      errorType: 'sla_unavailable',
      outcome: 'no_cause_found',
      causes: [],
      checked: EVERY_MARKETPLACE_FAMILY
    });
    expect(run(makeStore(), twoItemOrder()).outcome).toBe('no_cause_found');
  });

  it('sku_not_found names the id as sent', () => {
    const d = run(makeStore(), makeOrder({ items: [{ skuId: '999', quantity: 1, priceCents: 100 }] }));
    expect(d.causes).toEqual([expect.objectContaining({ code: 'sku_not_found', skuId: '999', evidence: { skuId: '999' } })]);
  });

  it('sku_inactive names the SKU and not the missing SLA it causes', () => {
    const d = run(makeStore((p) => (p.skus[0] = sku('101', { isActive: false }))));
    expect(codes(d)).toEqual(['sku_inactive']);
    expect(d.causes[0]).toMatchObject({
      skuId: '101',
      evidence: { skuId: '101', skuName: 'SKU 101' },
      fix: { kind: 'activate_sku', appliesInMirror: true }
    });
  });

  it('product_inactive', () => {
    const d = run(makeStore((p) => (p.skus[0] = sku('101', { isProductActive: false }))));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'product_inactive',
        fix: { kind: 'activate_product', appliesInMirror: true, request: { productIds: ['p101'] } }
      })
    ]);
  });

  it('sku_not_in_trade_policy with the trade policy and the SKU’s trade policies', () => {
    const d = run(makeStore((p) => (p.skus[0] = sku('101', { tradePolicyIds: ['2'] }))));
    expect(d.causes[0]).toMatchObject({
      code: 'sku_not_in_trade_policy',
      evidence: { tradePolicyId: '1', tradePolicyName: 'Marketplaces', skuTradePolicyIds: ['2'] },
      fix: { kind: 'associate_trade_policy', request: { productId: 'p101', tradePolicyId: '1' } }
    });
  });

  it('sku_not_in_collection when the trade policy sells one collection', () => {
    const store = makeStore((p) => (p.tradePolicies[0].productClusterId = '140'));
    expect(run(store).causes[0]).toMatchObject({ code: 'sku_not_in_collection', evidence: { collectionId: '140' } });
    const inIt = makeStore((p) => {
      p.tradePolicies[0].productClusterId = '140';
      p.skus[0] = sku('101', { collections: { '140': 'Summer' } });
    });
    expect(run(inIt).outcome).toBe('no_cause_found');
  });

  it('checks every item and names the faulty SKU in a multi-item order', () => {
    const store = makeStore((p) => {
      p.skus[1] = sku('102', { isActive: false, weightGrams: 1000 });
    });
    const d = run(store, twoItemOrder());
    expect(d.causes).toEqual([expect.objectContaining({ code: 'sku_inactive', skuId: '102' })]);
  });

  it('insufficient_stock with per-warehouse rows and the ordered quantity', () => {
    const store = makeStore((p) => (p.inventory[0] = balance('101', 'W1', 3, 1)));
    const d = run(store, makeOrder({ items: [{ skuId: '101', quantity: 4, priceCents: 10_000 }] }));
    expect(codes(d)).toEqual(['insufficient_stock']);
    expect(d.causes[0].evidence).toMatchObject({
      skuId: '101',
      ordered: 4,
      available: 2,
      warehouses: [
        expect.objectContaining({
          warehouseId: 'W1',
          totalQuantity: 3,
          reservedQuantity: 1,
          availableQuantity: 2,
          servesTradePolicy: true
        })
      ]
    });
  });

  it('sums quantities of lines repeating a SKU', () => {
    const store = makeStore((p) => (p.inventory[0] = balance('101', 'W1', 3)));
    const order = makeOrder({
      items: [
        { skuId: '101', quantity: 2, priceCents: 10_000 },
        { skuId: '101', quantity: 2, priceCents: 10_000 }
      ]
    });
    expect(run(store, order).causes).toEqual([
      expect.objectContaining({ code: 'insufficient_stock', evidence: expect.objectContaining({ ordered: 4 }) })
    ]);
  });

  it('negative_inventory when reservations exceed the count in a reachable warehouse', () => {
    const store = makeStore((p) => (p.inventory[0] = balance('101', 'W1', 2, 5)));
    const d = run(store);
    expect(codes(d)).toEqual(['negative_inventory']);
    expect(d.causes[0]).toMatchObject({
      warehouseId: 'W1',
      evidence: { warehouses: [{ totalQuantity: 2, reservedQuantity: 5 }] }
    });
    const elsewhere = makeStore((p) => {
      p.warehouses.push(warehouse('W2', ['D1']));
      p.inventory.push(balance('101', 'W2', 0, 3));
    });
    expect(run(elsewhere).outcome).toBe('no_cause_found');
  });

  it('stock_outside_trade_policy when the stock sits only behind docks of other trade policies', () => {
    const store = makeStore((p) => {
      p.docks.push(dock('D2', { tradePolicyIds: ['2'] }));
      p.warehouses.push(warehouse('W2', ['D2']));
      p.inventory[0] = balance('101', 'W1', 0);
      p.inventory.push(balance('101', 'W2', 7));
    });
    const d = run(store);
    expect(codes(d)).toEqual(['stock_outside_trade_policy']);
    expect(d.causes[0]).toMatchObject({
      evidence: { tradePolicyId: '1', warehouses: [{ warehouseId: 'W2', dockIds: ['D2'] }], tradePolicyDockIds: ['D1'] },
      fix: { kind: 'link_dock_trade_policy', request: { dockId: 'D2', tradePolicyId: '1' } }
    });
  });

  it('no_dock_for_trade_policy when only inactive docks list it, instead of every item’s symptoms', () => {
    const store = makeStore((p) => (p.docks = [dock('D1', { isActive: false })]));
    const d = run(store, twoItemOrder());
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'no_dock_for_trade_policy',
        evidence: { tradePolicyId: '1', inactiveDockIds: ['D1'], dockCount: 1 },
        fix: { kind: 'activate_dock', appliesInMirror: true, request: { dockId: 'D1' } }
      })
    ]);
    const unlinked = makeStore((p) => (p.docks = [dock('D1', { tradePolicyIds: ['2'] })]));
    expect(run(unlinked).causes[0].fix).toEqual({
      kind: 'link_dock_trade_policy',
      appliesInMirror: true,
      request: { dockId: 'D1', tradePolicyId: '1' }
    });
  });

  it('postal_code_not_covered names the policies checked, once for all SKUs', () => {
    const order = twoItemOrder({ address: { ...makeOrder().address!, postalCode: '20040-020' } });
    const d = run(makeStore(), order);
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'postal_code_not_covered',
        tradePolicyId: '1',
        evidence: {
          postalCode: '20040-020',
          country: 'BRA',
          skuIds: ['101', '102'],
          policiesChecked: [{ shippingPolicyId: 'SP1', name: 'Normal', reason: 'postal_code_not_covered' }]
        },
        fix: { kind: 'act_in_admin', appliesInMirror: false }
      })
    ]);
  });

  it('suggests activating an inactive policy that would cover the postal code', () => {
    const store = makeStore((p) => (p.shippingPolicies[0] = policy('SP1', 'Normal', { isActive: false })));
    const d = run(store);
    expect(codes(d)).toEqual(['postal_code_not_covered']);
    expect(d.causes[0].fix).toEqual({
      kind: 'activate_shipping_policy',
      appliesInMirror: true,
      request: { shippingPolicyId: 'SP1' }
    });
  });

  it('package_exceeds_carrier_limits when the CEP is covered but not at the package weight', () => {
    const store = makeStore((p) => (p.freightValues = [freight('SP1', { weightEnd: 1000 })]));
    const d = run(store, twoItemOrder());
    expect(codes(d)).toEqual(['package_exceeds_carrier_limits']);
    expect(d.causes[0].evidence).toEqual({
      postalCode: '01310-100',
      skuIds: ['101', '102'],
      package: { weightGrams: 2500, largestMeasureCm: 20, measureSumCm: 60 },
      limits: [
        {
          shippingPolicyId: 'SP1',
          name: 'Normal',
          weightRanges: [[0, 1000]],
          largestMeasure: 100,
          maxMeasureSum: 200,
          reason: 'weight_over_limit'
        }
      ]
    });
  });

  it('package_exceeds_carrier_limits when the package exceeds every covering policy’s dimensions', () => {
    const store = makeStore((p) => (p.skus[0] = sku('101', { lengthCm: 150 })));
    const d = run(store);
    expect(d.causes[0]).toMatchObject({
      code: 'package_exceeds_carrier_limits',
      evidence: { limits: [{ reason: 'size_over_limit', largestMeasure: 100 }] }
    });
  });

  it('selected_sla_not_offered only when other SLAs are offered', () => {
    const base = makeOrder();
    const order = makeOrder({ logistics: [{ ...base.logistics[0], selectedSla: 'Expressa' }] });
    const d = run(makeStore(), order);
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'selected_sla_not_offered',
        skuId: '101',
        evidence: { skuId: '101', selectedSla: 'Expressa', offeredSlas: ['Normal'] }
      })
    ]);
    const uncovered = makeOrder({ logistics: order.logistics, address: { ...base.address!, postalCode: '20040-020' } });
    expect(codes(run(makeStore(), uncovered))).toEqual(['postal_code_not_covered']);
    const sameNameOtherCase = makeOrder({ logistics: [{ ...base.logistics[0], selectedSla: ' normal ' }] });
    expect(run(makeStore(), sameNameOtherCase).outcome).toBe('no_cause_found');
  });

  it('reports insufficient_data naming what the mirror lacks', () => {
    expect(run(makeStore((p) => (p.skus = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['skus'] });
    expect(run(makeStore((p) => (p.affiliates = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['affiliates'] });
    expect(run(makeStore((p) => (p.docks = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['docks'] });
    expect(run(makeStore((p) => (p.inventory = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['inventory'] });
    expect(run(makeStore((p) => (p.freightValues = [])))).toMatchObject({
      outcome: 'insufficient_data',
      missing: ['freight-values']
    });
    // Without any address the sweep names the address as incomplete; the simulation could not run.
    const noAddress = run(makeStore(), makeOrder({ address: null }));
    expect(noAddress).toMatchObject({
      outcome: 'causes',
      inferredErrorType: 'shipping_data_invalid',
      missing: ['order.address']
    });
    expect(codes(noAddress)).toEqual(['address_incomplete']);
  });

  it('keeps a found cause as the outcome while noting missing data for another SKU', () => {
    const store = makeStore((p) => {
      p.skus[0] = sku('101', { isActive: false });
      p.inventory = p.inventory.filter((b) => b.skuId !== '102');
      p.complete = completeExcept('inventory');
    });
    const d = run(store, twoItemOrder());
    expect(d).toMatchObject({ outcome: 'causes', missing: ['inventory'] });
    expect(codes(d)).toEqual(['sku_inactive']);
  });
});
