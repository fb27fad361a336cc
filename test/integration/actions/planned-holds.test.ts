import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Db } from '../../../src/main/core/db/connection';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { precheckReprocess, reprocessOrders, verifyOrder } from '../../../src/main/core/services/reprocess-service';
import type { CauseEvidence, SimulationResult } from '../../../src/shared/domain/diagnosis';
import { MESSAGES, NOW, seededMirror, testDeps, type OrderSeed } from './seed';

/** An Amazon order of `quantity` Camiseta P (SKU 1001, sold from WH1 through dock D1). */
function shirts(id: number, quantity: number): OrderSeed {
  return {
    id,
    marketplaceOrderId: `702-0000000-000000${id}`,
    message: MESSAGES.outOfStock,
    courier: 'Correios',
    items: [{ skuId: '1001', quantity, priceCents: 4990 }]
  };
}

/** Orders 1 and 2, 2 units each, with SKU 1001 counted `stock` in WH1, diagnosed afresh. */
function twoOrders(stock: number) {
  const db = seededMirror([shirts(1, 2), shirts(2, 2)]);
  db.prepare("UPDATE inventory SET total_quantity = ? WHERE sku_id = '1001' AND warehouse_id = 'WH1'").run(stock);
  runDiagnosis(db, { now: NOW });
  return { db, deps: testDeps(db) };
}

const holds = (db: Db) =>
  db
    .prepare(
      'SELECT order_id AS orderId, sku_id AS skuId, warehouse_id AS warehouseId, units FROM planned_holds ORDER BY order_id'
    )
    .all();

function stockEvidence(db: Db, orderId: number): CauseEvidence['insufficient_stock'] {
  const json = db
    .prepare("SELECT evidence_json FROM diagnosis_causes WHERE order_id = ? AND code = 'insufficient_stock'")
    .pluck()
    .get(orderId) as string;
  return JSON.parse(json) as CauseEvidence['insufficient_stock'];
}

async function simulatedShirts(db: Db) {
  const result = await createApi(testDeps(db)).dispatch('simulation/run', {
    affiliateId: 'AMZ',
    postalCode: '01310100',
    country: 'BRA',
    items: [{ id: '1001', quantity: 1 }]
  });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as SimulationResult).items[0];
}

describe('a would-integrate order holds its units across runs', () => {
  it('two runs do not promise the same 2 units twice: the second order is short by 2, and the hold is named', async () => {
    const { db, deps } = twoOrders(2);
    expect((await reprocessOrders(deps, [1])).outcomes.map((o) => o.result)).toEqual(['would_integrate']);
    expect(holds(db)).toEqual([{ orderId: 1, skuId: '1001', warehouseId: 'WH1', units: 2 }]);

    // A separate run: order 2 finds the units taken, and its evidence says by whom.
    const [second] = (await reprocessOrders(deps, [2])).outcomes;
    expect(second).toMatchObject({ result: 'still_failing', causes: ['insufficient_stock'] });
    const evidence = stockEvidence(db, 2);
    expect(evidence).toMatchObject({ ordered: 2, available: 0 });
    expect(evidence.warehouses).toEqual([
      expect.objectContaining({
        warehouseId: 'WH1',
        totalQuantity: 2,
        reservedQuantity: 0,
        availableQuantity: 0,
        held: [{ orderId: 1, marketplaceOrderId: '702-0000000-0000001', units: 2 }]
      })
    ]);

    // The simulator, the pre-check and Verify read the same numbers.
    expect(await simulatedShirts(db)).toMatchObject({ availability: 'withoutStock', availableQuantity: 0 });
    expect(precheckReprocess(deps, [2])).toMatchObject({
      wouldSucceed: 0,
      wouldFail: 1,
      shortfalls: [{ units: 2, totalQuantity: 4 }]
    });
    expect(verifyOrder(deps, 2)).toMatchObject({ result: 'would_fail' });
    // Order 1's own hold is the units it would take: it still would integrate, in Verify and in a new diagnosis.
    expect(verifyOrder(deps, 1)).toMatchObject({
      result: 'would_integrate',
      reserved: [{ skuId: '1001', warehouseId: 'WH1', units: 2 }]
    });
    runDiagnosis(db, { now: NOW });
    expect(holds(db)).toEqual([{ orderId: 1, skuId: '1001', warehouseId: 'WH1', units: 2 }]);
    expect(stockEvidence(db, 2).warehouses[0].held).toEqual([
      { orderId: 1, marketplaceOrderId: '702-0000000-0000001', units: 2 }
    ]);

    // Reprocessing order 1 again replaces its hold rather than adding to it.
    expect((await reprocessOrders(deps, [1])).outcomes.map((o) => o.result)).toEqual(['would_integrate']);
    expect(holds(db)).toEqual([{ orderId: 1, skuId: '1001', warehouseId: 'WH1', units: 2 }]);
  });

  it('discarding the planned change the order waited for releases its units', async () => {
    const { db, deps } = twoOrders(0);
    const planned = applyFix(deps, {
      fix: { kind: 'update_inventory', skuId: '1001', warehouseId: 'WH1', totalQuantity: 2 },
      orderId: 1
    }).plannedChanges;
    await reprocessOrders(deps, [1]);
    expect(holds(db)).toHaveLength(1);
    expect(await simulatedShirts(db)).toMatchObject({ availableQuantity: 0 });

    const api = createApi(deps);
    expect(await api.dispatch('plan/discard', { ids: planned.map((change) => change.id) })).toMatchObject({
      ok: true,
      value: { discarded: 1 }
    });
    expect(holds(db)).toEqual([]);
    // The copy's count is the agent's to undo; what it holds is free again.
    expect(await simulatedShirts(db)).toMatchObject({ availability: 'available', availableQuantity: 2 });
  });

  it('an import that brings the order as integrated, or stock that no longer covers it, releases the hold', async () => {
    const { db, deps } = twoOrders(4);
    await reprocessOrders(deps, [1, 2]);
    expect(holds(db)).toHaveLength(2);
    expect(await simulatedShirts(db)).toMatchObject({ availableQuantity: 0 });

    // The new snapshot says order 1 was reprocessed in the Admin: VTEX reserves its units itself now.
    db.prepare("UPDATE marketplace_orders SET integration_status = 'success' WHERE id = 1").run();
    expect(holds(db)).toEqual([expect.objectContaining({ orderId: 2 })]);
    expect(await simulatedShirts(db)).toMatchObject({ availableQuantity: 2 });

    // A new count of 1 unit: the next diagnosis finds order 2 short again, and its mark and hold go.
    db.prepare("UPDATE inventory SET total_quantity = 1 WHERE sku_id = '1001' AND warehouse_id = 'WH1'").run();
    runDiagnosis(db, { now: NOW });
    expect(holds(db)).toEqual([]);
    expect(stockEvidence(db, 2)).toMatchObject({ available: 1 });
    expect(stockEvidence(db, 2).warehouses[0].held).toBeUndefined();
  });

  it('a replay that finds a marked order failing now drops its mark and frees its units for the orders after it', async () => {
    const { db, deps } = twoOrders(2);
    await reprocessOrders(deps, [1]);
    // The SKU goes inactive in the copy: order 1 fails on that, whatever its stock.
    db.prepare("UPDATE skus SET is_active = 0 WHERE id = '1001'").run();
    const summary = await reprocessOrders(deps, [1]);
    expect(summary.outcomes[0].result).toBe('still_failing');
    expect(holds(db)).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) FROM planned_replays').pluck().get()).toBe(0);
  });
});
