import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import { balance, codes, dock, makeOrder, makeStore, sku, twoItemOrder, warehouse, read } from './store-builder';

const one = (skuId: string, quantity = 1) => makeOrder({ items: [{ skuId, quantity, priceCents: 10_000 }] });

describe('out_of_stock', () => {
  const run = (store = makeStore(), order = makeOrder()) => diagnose(order, read('out_of_stock'), store);

  it('finds no cause when the reachable stock covers the order', () => {
    expect(run().outcome).toBe('no_cause_found');
  });

  it('sku_not_found', () => {
    expect(codes(run(makeStore(), one('555')))).toEqual(['sku_not_found']);
  });

  it('insufficient_stock names the SKU at fault in a multi-item order', () => {
    const store = makeStore((p) => (p.inventory[1] = balance('102', 'W1', 1)));
    const d = run(store, twoItemOrder());
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'insufficient_stock',
        skuId: '102',
        evidence: expect.objectContaining({ ordered: 2, available: 1 })
      })
    ]);
    expect(d.causes[0].fix).toEqual({
      kind: 'update_inventory',
      appliesInMirror: true,
      request: { skuId: '102', warehouseId: 'W1' }
    });
  });

  it('negative_inventory rather than insufficient_stock when reservations exceed the count', () => {
    expect(codes(run(makeStore((p) => (p.inventory[0] = balance('101', 'W1', 1, 4)))))).toEqual(['negative_inventory']);
  });

  it('stock_outside_trade_policy also when the trade policy has no dock at all', () => {
    const store = makeStore((p) => (p.docks = [dock('D1', { tradePolicyIds: ['2'] })]));
    const d = run(store);
    expect(codes(d)).toEqual(['stock_outside_trade_policy']);
    expect(d.causes[0].evidence).toMatchObject({ tradePolicyDockIds: [] });
  });

  it('stock only in an inactive warehouse is outside the trade policy, fixed in the Admin', () => {
    const store = makeStore((p) => (p.warehouses = [warehouse('W1', ['D1'], { isActive: false })]));
    const d = run(store);
    expect(codes(d)).toEqual(['stock_outside_trade_policy']);
    expect(d.causes[0].fix).toEqual({ kind: 'act_in_admin', appliesInMirror: false });
  });

  it('sku_inactive and sku_not_in_trade_policy when stock is fine', () => {
    expect(codes(run(makeStore((p) => (p.skus[0] = sku('101', { isActive: false })))))).toEqual(['sku_inactive']);
    expect(codes(run(makeStore((p) => (p.skus[0] = sku('101', { tradePolicyIds: [] })))))).toEqual(['sku_not_in_trade_policy']);
  });

  it('names the stock before the catalog (the error type’s order)', () => {
    const store = makeStore((p) => {
      p.skus[0] = sku('101', { isActive: false });
      p.inventory[0] = balance('101', 'W1', 0);
    });
    expect(codes(run(store))).toEqual(['insufficient_stock']);
  });
});

describe('sku_unavailable', () => {
  const run = (store = makeStore(), order = makeOrder()) => diagnose(order, read('sku_unavailable'), store);

  it('finds no cause for a sellable SKU', () => {
    expect(run().outcome).toBe('no_cause_found');
  });

  it('names every failing catalog condition of the SKU, each with its fix', () => {
    const store = makeStore((p) => {
      p.tradePolicies[0].productClusterId = '7';
      p.skus[0] = sku('101', { isActive: false, isProductActive: false, tradePolicyIds: ['3'] });
    });
    const d = run(store);
    expect(codes(d)).toEqual(['sku_inactive', 'product_inactive', 'sku_not_in_trade_policy', 'sku_not_in_collection']);
    expect(d.causes.map((c) => c.fix.kind)).toEqual([
      'activate_sku',
      'activate_product',
      'associate_trade_policy',
      'add_to_collection'
    ]);
  });

  it('sku_not_in_collection alone, and not when the SKU is in it', () => {
    const store = makeStore((p) => (p.tradePolicies[0].productClusterId = '7'));
    expect(run(store).causes).toEqual([
      expect.objectContaining({
        code: 'sku_not_in_collection',
        evidence: { skuId: '101', productId: 'p101', tradePolicyId: '1', collectionId: '7', skuCollectionIds: [] }
      })
    ]);
    const inIt = makeStore((p) => {
      p.tradePolicies[0].productClusterId = '7';
      p.skus[0] = sku('101', { collections: { '7': 'Outlet' } });
    });
    expect(run(inIt).outcome).toBe('no_cause_found');
  });

  it('sku_not_found for an unknown id next to a good one', () => {
    const order = makeOrder({
      items: [
        { skuId: '101', quantity: 1, priceCents: 1 },
        { skuId: '404', quantity: 1, priceCents: 1 }
      ]
    });
    expect(run(makeStore(), order).causes).toEqual([expect.objectContaining({ code: 'sku_not_found', skuId: '404' })]);
  });

  it('insufficient_data when the trade policy record is needed for the collection check', () => {
    expect(run(makeStore((p) => (p.tradePolicies = [])))).toMatchObject({
      outcome: 'insufficient_data',
      missing: ['sales-channels']
    });
  });
});

describe('unknown_sku', () => {
  const run = (order: ReturnType<typeof makeOrder>, store = makeStore()) => diagnose(order, read('unknown_sku'), store);

  it('finds no cause when every id is a SKU', () => {
    expect(run(makeOrder()).outcome).toBe('no_cause_found');
  });

  it('sku_id_not_numeric', () => {
    expect(run(one('ABC-1')).causes).toEqual([
      expect.objectContaining({ code: 'sku_id_not_numeric', evidence: { skuId: 'ABC-1' } })
    ]);
  });

  it('sku_not_found for an integer the catalog lacks', () => {
    expect(codes(run(one('8080')))).toEqual(['sku_not_found']);
  });

  it('sku_ref_id_matches_other_sku names both ids, numeric or not', () => {
    expect(run(one('REF-102')).causes).toEqual([
      expect.objectContaining({
        code: 'sku_ref_id_matches_other_sku',
        skuId: '102',
        evidence: { sentId: 'REF-102', skuId: '102', skuName: 'SKU 102' }
      })
    ]);
    const numericRef = makeStore((p) => (p.skus[1] = sku('102', { refId: '5005' })));
    expect(codes(run(one('5005'), numericRef))).toEqual(['sku_ref_id_matches_other_sku']);
  });

  it('insufficient_data without a catalog', () => {
    expect(
      run(
        one('ABC'),
        makeStore((p) => (p.skus = []))
      )
    ).toMatchObject({ outcome: 'insufficient_data', missing: ['skus'] });
  });
});
