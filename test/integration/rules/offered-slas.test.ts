import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { iterateOrders } from '../../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { simulateOrder } from '../../../src/main/core/rules/checks/delivery';
import { Findings } from '../../../src/main/core/rules/checks/findings';
import { offeredSlas } from '../../../src/main/core/rules/checks/offered-slas';
import { orderContext } from '../../../src/main/core/rules/checks/order-context';

describe('the quick reading of offered SLAs', () => {
  it('offers, for every item of every demo order, what the full simulation offers, at its cheapest price', async () => {
    const db = openMirror(':memory:');
    await importSnapshot(db, join(__dirname, '../../../resources/demo/snapshot'));
    const store = readStoreData(db, '2026-11-20T15:00:00.000Z');
    let compared = 0;
    for (const order of iterateOrders(db, {})) {
      const lean = offeredSlas(orderContext(order, store));
      const sim = simulateOrder(orderContext(order, store), new Findings());
      if (sim === 'blocked') {
        expect(lean).toBeNull();
        continue;
      }
      sim.items.forEach((item, index) => {
        const quick = lean?.[index];
        if (quick === null || quick === undefined)
          throw new Error(`no quick reading for ${order.marketplaceOrderId} item ${index}`);
        const full = new Map<string, { id: string; priceCents: number }>();
        for (const sla of item.slas)
          if (!full.has(sla.id.trim().toLowerCase()))
            full.set(sla.id.trim().toLowerCase(), { id: sla.id, priceCents: sla.priceCents });
        expect(Object.fromEntries(quick)).toEqual(Object.fromEntries(full));
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThan(150);
  });
});
