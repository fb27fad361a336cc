import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import type { MarketplaceOrder } from '../../../../src/shared/domain/model';
import { balance, codes, dock, makeOrder, makeStore, read, sku, warehouse, type StoreParts } from './store-builder';

type Blocking = { store?: (p: StoreParts) => void; order?: Partial<MarketplaceOrder> };

/** Data a reprocess would meet again, one per family: catalog, trade policy, stock, dock, delivery, price. */
const BLOCKING: [string, Blocking][] = [
  ['sku_inactive', { store: (p) => (p.skus[0] = sku('101', { isActive: false })) }],
  ['sku_not_in_trade_policy', { store: (p) => (p.skus[0] = sku('101', { tradePolicyIds: [] })) }],
  ['insufficient_stock', { store: (p) => (p.inventory[0] = balance('101', 'W1', 0)) }],
  [
    'stock_outside_trade_policy',
    {
      store: (p) => {
        p.docks = [dock('D1'), dock('D2', { isActive: false })];
        p.warehouses = [warehouse('W1', ['D1']), warehouse('W2', ['D2'])];
        p.inventory = [balance('101', 'W2', 6), balance('102', 'W1', 5)];
      }
    }
  ],
  ['no_dock_for_trade_policy', { store: (p) => (p.docks = [dock('D1', { isActive: false })]) }],
  ['price_missing_for_trade_policy', { store: (p) => (p.prices[0] = { ...p.prices[0], basePriceCents: null }) }]
];

describe('evidence first: a "reprocess later" message over data that blocks the order', () => {
  it.each(BLOCKING)('%s ranks first; the platform error is kept as also found', (code, scenario) => {
    const d = diagnose(makeOrder(scenario.order), read('platform_error'), makeStore(scenario.store));
    expect(d.outcome).toBe('causes');
    expect(codes(d)[0]).toBe(code);
    expect(codes(d)).not.toContain('transient_platform_error');
    expect(d.alsoFound?.map((c) => c.code)).toEqual(['transient_platform_error']);
    expect(d.inferredErrorType).not.toBe('platform_error');
    expect(d.inferredErrorType).toBeDefined();
  });

  it('with nothing blocking, the platform error stays the cause: reprocess later', () => {
    const d = diagnose(makeOrder(), read('platform_error'), makeStore());
    expect(codes(d)).toEqual(['transient_platform_error']);
    expect(d.alsoFound).toBeUndefined();
    expect(d.inferredErrorType).toBeUndefined();
  });

  it('a specific message keeps its own verdict: only a passing fault gives way', () => {
    const d = diagnose(
      makeOrder(),
      read('sku_unavailable'),
      makeStore((p) => (p.skus[0] = sku('101', { isActive: false })))
    );
    expect(codes(d)).toEqual(['sku_inactive']);
    expect(d.inferredErrorType).toBeUndefined();
  });
});
