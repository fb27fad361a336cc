import { describe, expect, it } from 'vitest';
import { holdInStore, sessionStore } from '../../../src/main/core/gateway/integration-judge';
import { assessStock } from '../../../src/main/core/simulation/stock';
import { tradePolicyView } from '../../../src/main/core/simulation/trade-policy-view';
import { balance, makeStore } from '../rules/diagnosers/store-builder';

describe('assessStock: remembered per loaded store', () => {
  it('answers a second ask of the same store from memory, frozen so no order can change what others read', () => {
    const store = makeStore();
    const first = assessStock(store, tradePolicyView(store, '1'), '101');
    expect(assessStock(store, tradePolicyView(store, '1'), '101')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.rows) && Object.isFrozen(first.rows[0])).toBe(true);
  });

  it('reads a changed store afresh: another reading of the mirror is another key', () => {
    const before = makeStore();
    expect(assessStock(before, tradePolicyView(before, '1'), '101').reachableAvailable).toBe(10);
    const after = makeStore((p) => (p.inventory = [balance('101', 'W1', 3)]));
    expect(assessStock(after, tradePolicyView(after, '1'), '101').reachableAvailable).toBe(3);
  });

  it('reads again when a replay session holds units of the SKU in place', () => {
    const store = sessionStore(makeStore());
    const view = tradePolicyView(store, '1');
    expect(assessStock(store, view, '101').reachableAvailable).toBe(10);
    holdInStore(store, { id: 7, marketplaceOrderId: 'M7' }, [{ skuId: '101', warehouseId: 'W1', units: 4 }]);
    const held = assessStock(store, view, '101');
    expect(held.reachableAvailable).toBe(6);
    expect(held.rows[0].held).toEqual([{ orderId: 7, marketplaceOrderId: 'M7', units: 4 }]);
  });
});
