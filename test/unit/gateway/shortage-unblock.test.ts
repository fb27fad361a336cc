import { describe, expect, it } from 'vitest';
import { judgeSimulation } from '../../../src/main/core/gateway/integration-judge';
import { balance, dock, makeOrder, makeStore, warehouse } from '../rules/diagnosers/store-builder';

/** Five of SKU 101 ordered; W1 (on active D1) holds 2, W2 and W3 sit behind the inactive D2 with 4 and 3. */
const order = makeOrder({ items: [{ skuId: '101', quantity: 5, priceCents: 10_000 }], paymentValueCents: 51_600 });
const behindInactiveDock = makeStore((p) => {
  p.docks = [dock('D1'), dock('D2', { isActive: false })];
  p.warehouses = [warehouse('W1', ['D1']), warehouse('W2', ['D2']), warehouse('W3', ['D2'])];
  p.inventory = [balance('101', 'W1', 2), balance('101', 'W2', 4), balance('101', 'W3', 3)];
});

describe('a stock shortage names what holds the rest of the stock back', () => {
  it('the dock to activate, with the units it frees summed over the warehouses behind it', () => {
    const [shortage] = judgeSimulation(behindInactiveDock, order).shortages;
    expect(shortage).toMatchObject({ skuId: '101', warehouseId: 'W1', units: 3 });
    expect(shortage.unblock).toMatchObject({ kind: 'dock_inactive', dockId: 'D2', dockName: 'Dock D2', unitsFreed: 7 });
  });

  it('none when no stock is held back', () => {
    const store = makeStore((p) => (p.inventory = [balance('101', 'W1', 2)]));
    const [shortage] = judgeSimulation(store, order).shortages;
    expect(shortage).toMatchObject({ units: 3, unblock: null });
  });
});
