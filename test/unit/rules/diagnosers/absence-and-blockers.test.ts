import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import { balance, codes, completeExcept, dock, makeOrder, makeStore, read, warehouse } from './store-builder';

const unrecognised = { errorType: 'unclassified' as const, confidence: 0 };

describe('absence is evidence', () => {
  it('a SKU missing from a complete catalog is sku_not_found; from a partial one, missing data', () => {
    const order = makeOrder({ items: [{ skuId: '103', quantity: 1, priceCents: 10_000 }] });
    expect(codes(diagnose(order, read('out_of_stock'), makeStore()))).toEqual(['sku_not_found']);
    const partial = diagnose(
      order,
      read('out_of_stock'),
      makeStore((p) => (p.complete = completeExcept('skus')))
    );
    expect(partial).toMatchObject({ outcome: 'insufficient_data', causes: [], missing: ['skus'] });
  });

  it('a SKU with no inventory row in a complete inventory has no stock: insufficient_stock with zero rows', () => {
    const store = makeStore((p) => (p.inventory = p.inventory.filter((b) => b.skuId !== '101')));
    const d = diagnose(makeOrder(), read('out_of_stock'), store);
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'insufficient_stock',
        evidence: { skuId: '101', ordered: 1, available: 0, warehouses: [] }
      })
    ]);
  });

  it('never imported or declared partial: insufficient_data for a recognised message, unexplained with what is missing otherwise', () => {
    const never = makeStore((p) => (p.inventory = []));
    expect(diagnose(makeOrder(), read('out_of_stock'), never)).toMatchObject({
      outcome: 'insufficient_data',
      missing: ['inventory']
    });
    const partial = makeStore(
      (p) => ((p.inventory = p.inventory.filter((b) => b.skuId !== '101')), (p.complete = completeExcept('inventory')))
    );
    expect(diagnose(makeOrder(), read('out_of_stock'), partial)).toMatchObject({
      outcome: 'insufficient_data',
      missing: ['inventory']
    });
    expect(diagnose(makeOrder(), unrecognised, partial)).toMatchObject({
      outcome: 'unexplained',
      causes: [],
      missing: ['inventory']
    });
  });

  it('a SKU with no price record among the prices imported: price_missing_for_trade_policy saying so', () => {
    const store = makeStore((p) => (p.prices = p.prices.filter((price) => price.skuId !== '101')));
    const d = diagnose(makeOrder(), unrecognised, store);
    expect(d).toMatchObject({ outcome: 'causes', inferredErrorType: 'price_missing' });
    expect(d.causes[0]).toMatchObject({
      code: 'price_missing_for_trade_policy',
      evidence: { skuId: '101', basePriceCents: null, priceRecordsImported: 1 }
    });
  });
});

describe('unreachable stock names what blocks it', () => {
  /** W1 on the active dock D1 (trade policy 1, no stock for 101); W2 behind dock D2. */
  const blockedStore = (d2: Parameters<typeof dock>[1], w1Units = 0, w2Active = true) =>
    makeStore((p) => {
      p.docks = [dock('D1'), dock('D2', d2)];
      p.warehouses = [warehouse('W1', ['D1']), warehouse('W2', ['D2'], { isActive: w2Active })];
      p.inventory = [balance('101', 'W1', w1Units), balance('101', 'W2', 7), balance('102', 'W1', 5)];
    });

  it('an inactive dock is named with the units it would free, and activating it is the fix', () => {
    const d = diagnose(makeOrder(), read('out_of_stock'), blockedStore({ isActive: false }));
    expect(codes(d)).toEqual(['stock_outside_trade_policy']);
    expect(d.causes[0]).toMatchObject({
      dockId: 'D2',
      warehouseId: 'W2',
      evidence: {
        blockers: [
          {
            kind: 'dock_inactive',
            warehouseId: 'W2',
            warehouseName: 'Warehouse W2',
            dockId: 'D2',
            dockName: 'Dock D2',
            unitsFreed: 7
          }
        ]
      },
      fix: { kind: 'activate_dock', appliesInMirror: true, request: { dockId: 'D2' } }
    });
  });

  it('a dock that does not list the trade policy: link it', () => {
    const d = diagnose(makeOrder(), read('sla_unavailable'), blockedStore({ tradePolicyIds: ['2'] }));
    expect(d.causes[0]).toMatchObject({
      evidence: { blockers: [expect.objectContaining({ kind: 'dock_not_linked', dockId: 'D2', unitsFreed: 7 })] },
      fix: { kind: 'link_dock_trade_policy', request: { dockId: 'D2', tradePolicyId: '1' } }
    });
  });

  it('an inactive warehouse, and a warehouse on no dock, are named and fixed in the Admin', () => {
    const inactive = diagnose(makeOrder(), read('out_of_stock'), blockedStore({}, 0, false));
    expect(inactive.causes[0]).toMatchObject({
      evidence: { blockers: [expect.objectContaining({ kind: 'warehouse_inactive', warehouseId: 'W2' })] }
    });
    const noDock = makeStore(
      (p) => (
        (p.warehouses = [warehouse('W1', ['D1']), warehouse('W2', [])]),
        (p.inventory = [balance('101', 'W2', 3), balance('102', 'W1', 5)])
      )
    );
    const d = diagnose(makeOrder(), read('out_of_stock'), noDock);
    expect(d.causes[0]).toMatchObject({
      evidence: {
        blockers: [expect.objectContaining({ kind: 'warehouse_not_on_dock', warehouseId: 'W2', dockId: null, unitsFreed: 3 })]
      },
      fix: { kind: 'act_in_admin', appliesInMirror: false }
    });
  });

  it('short reachable stock that the blocked warehouse would cover names the blockers, not only "insufficient"', () => {
    const order = makeOrder({ items: [{ skuId: '101', quantity: 5, priceCents: 10_000 }], paymentValueCents: 51_600 });
    const d = diagnose(order, read('out_of_stock'), blockedStore({ isActive: false }, 2));
    expect(codes(d)).toEqual(['stock_outside_trade_policy']);
    expect(d.causes[0]).toMatchObject({
      evidence: { ordered: 5, blockers: [expect.objectContaining({ kind: 'dock_inactive', unitsFreed: 7 })] }
    });
    // When even the blocked stock would not cover the order, it is plain insufficient stock.
    const tooMany = makeOrder({ items: [{ skuId: '101', quantity: 20, priceCents: 10_000 }], paymentValueCents: 201_600 });
    expect(codes(diagnose(tooMany, read('out_of_stock'), blockedStore({ isActive: false }, 2)))).toEqual(['insufficient_stock']);
  });
});
