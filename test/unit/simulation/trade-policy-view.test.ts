import { describe, expect, it } from 'vitest';
import { resolveTradePolicyId, tradePolicyView } from '../../../src/main/core/simulation/trade-policy-view';
import { dock, makeStore } from '../rules/diagnosers/store-builder';

describe('tradePolicyView', () => {
  it('splits the docks listing the trade policy by activity', () => {
    const store = makeStore((p) => p.docks.push(dock('D2', { isActive: false }), dock('D3', { tradePolicyIds: ['2'] })));
    const view = tradePolicyView(store, '1');
    expect(view.activeDocks.map((d) => d.id)).toEqual(['D1']);
    expect(view.inactiveDocks.map((d) => d.id)).toEqual(['D2']);
    expect([...view.activeDockIds]).toEqual(['D1']);
  });

  it('is computed once per store object and trade policy', () => {
    const store = makeStore();
    expect(tradePolicyView(store, '1')).toBe(tradePolicyView(store, '1'));
    expect(tradePolicyView(makeStore(), '1')).not.toBe(tradePolicyView(store, '1'));
  });

  it('resolves the affiliate’s trade policy, else the sales channel given', () => {
    const store = makeStore();
    expect(resolveTradePolicyId(store, 'MLB', '7')).toBe('1');
    expect(resolveTradePolicyId(store, 'NOPE', '7')).toBe('7');
    expect(resolveTradePolicyId(store, undefined, undefined)).toBeNull();
  });
});
