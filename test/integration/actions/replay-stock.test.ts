import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Db } from '../../../src/main/core/db/connection';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { precheckReprocess, reprocessOrders, verifyOrder } from '../../../src/main/core/services/reprocess-service';
import type { SimulationResult } from '../../../src/shared/domain/diagnosis';
import { insertOrder, MESSAGES, NOW, outcomeOf, seededMirror, testDeps, type OrderSeed } from './seed';

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

/** The seeded store with SKU 1001's count in WH1 set to `stock`, diagnosed afresh. */
function storeWith(orders: OrderSeed[], stock: number) {
  const db = seededMirror(orders);
  db.prepare("UPDATE inventory SET total_quantity = ? WHERE sku_id = '1001' AND warehouse_id = 'WH1'").run(stock);
  runDiagnosis(db, { now: NOW });
  return { db, deps: testDeps(db) };
}

/** Makes order `id` older than the others: the first a reprocess walks. */
function createdAt(db: Db, id: number, at: string): void {
  db.prepare('UPDATE marketplace_orders SET created_at = ? WHERE id = ?').run(at, id);
}

const balance = (db: Db) =>
  db
    .prepare(
      "SELECT total_quantity AS total, reserved_quantity AS reserved FROM inventory WHERE sku_id = '1001' AND warehouse_id = 'WH1'"
    )
    .get();
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

function groupKeyOf(db: Db, code: string): string {
  return db.prepare('SELECT DISTINCT group_key FROM diagnosis_causes WHERE code = ?').pluck().get(code) as string;
}

describe('the replay consumes stock', () => {
  it('holds the units of an order that would integrate for the rest of the run and after it; the snapshot mirror’s stock records stay as the store has them', async () => {
    const { db, deps } = storeWith([shirts(1, 2), shirts(2, 2)], 2);
    // Each order alone is covered by the 2 units: before the replay nothing explains either failure.
    expect(precheckReprocess(deps, [1])).toMatchObject({ wouldSucceed: 1 });
    expect(precheckReprocess(deps, [2])).toMatchObject({ wouldSucceed: 1 });

    const summary = await reprocessOrders(deps, [2, 1]);
    expect(summary.outcomes.map((o) => [o.orderId, o.result, o.causes, o.reserved])).toEqual([
      [1, 'would_integrate', [], [{ skuId: '1001', warehouseId: 'WH1', units: 2 }]],
      [2, 'still_failing', ['insufficient_stock'], []]
    ]);
    expect(summary.outcomes[1].message).toBe('Order with SKU out of stock');
    // VTEX saw nothing: no OMS order, no reservation in the copy.
    expect(balance(db)).toEqual({ total: 2, reserved: 0 });
    expect(count(db, 'SELECT COUNT(*) FROM oms_orders')).toBe(0);

    const audit = db.prepare("SELECT after_json, note FROM audit_log WHERE action = 'reprocess:would_integrate'").get() as {
      after_json: string;
      note: string;
    };
    expect(JSON.parse(audit.after_json).wouldReserve).toEqual([{ skuId: '1001', warehouseId: 'WH1', units: 2 }]);
    expect(audit.note).toMatch(/Nothing was sent to VTEX/);

    // The hold outlives the run: the simulator and a new pre-check find both units taken by order 1.
    const api = createApi(deps);
    const simulated = await api.dispatch('simulation/run', {
      affiliateId: 'AMZ',
      postalCode: '01310100',
      country: 'BRA',
      items: [{ id: '1001', quantity: 1 }]
    });
    expect(simulated).toMatchObject({ ok: true, value: { items: [{ availability: 'withoutStock', availableQuantity: 0 }] } });
    expect(precheckReprocess(deps, [2])).toMatchObject({
      wouldSucceed: 0,
      wouldFail: 1,
      shortfalls: [{ skuId: '1001', warehouseId: 'WH1', units: 2, totalQuantity: 4 }]
    });
  });

  it('splits an order across warehouses when the one it ships from lacks units, and reserves nothing from unlimited stock', async () => {
    const { db, deps } = storeWith(
      [shirts(1, 3), { ...shirts(2, 1), items: [{ skuId: '1003', quantity: 1, priceCents: 5990 }], affiliateId: 'MLB' }],
      2
    );
    // WH2 serves trade policy 1 through D1 too, with 5 units; SKU 1003 is unlimited in WH1.
    db.exec(`INSERT INTO warehouse_docks (warehouse_id, dock_id, time, cost_cents) VALUES ('WH2', 'D1', '0.00:00:00', 0);
      INSERT INTO inventory (sku_id, warehouse_id, warehouse_name, total_quantity, reserved_quantity, has_unlimited_quantity) VALUES ('1001', 'WH2', 'Reserva', 5, 0, 0);
      UPDATE inventory SET has_unlimited_quantity = 1, total_quantity = 0 WHERE sku_id = '1003';`);
    const summary = await reprocessOrders(deps, [1, 2]);
    expect(summary.outcomes.map((o) => [o.result, o.reserved])).toEqual([
      [
        'would_integrate',
        [
          { skuId: '1001', warehouseId: 'WH1', units: 2 },
          { skuId: '1001', warehouseId: 'WH2', units: 1 }
        ]
      ],
      ['would_integrate', []]
    ]);
    expect(
      db
        .prepare(
          "SELECT warehouse_id, reserved_quantity FROM inventory WHERE sku_id IN ('1001', '1003') ORDER BY sku_id, warehouse_id"
        )
        .all()
    ).toEqual([
      { warehouse_id: 'WH1', reserved_quantity: 0 },
      { warehouse_id: 'WH2', reserved_quantity: 0 },
      { warehouse_id: 'WH1', reserved_quantity: 0 }
    ]);
  });
});

describe('the warehouse that serves the order', () => {
  it('is the one behind the SLA the marketplace selected, before the mirror’s first', async () => {
    const { db, deps } = storeWith([shirts(1, 3)], 10);
    // WH2 reaches dock D1 at no cost and WH1 at R$5, so the "Normal" SLA ships from WH2.
    db.exec(`UPDATE warehouse_docks SET cost_cents = 500 WHERE warehouse_id = 'WH1';
      INSERT INTO warehouse_docks (warehouse_id, dock_id, time, cost_cents) VALUES ('WH2', 'D1', '0.00:00:00', 0);
      INSERT INTO inventory (sku_id, warehouse_id, warehouse_name, total_quantity, reserved_quantity, has_unlimited_quantity) VALUES ('1001', 'WH2', 'Reserva', 5, 0, 0);`);
    expect(verifyOrder(deps, 1).simulation!.items[0].slas.find((sla) => sla.id === 'Normal')).toMatchObject({
      warehouseId: 'WH2'
    });
    const [outcome] = (await reprocessOrders(deps, [1])).outcomes;
    expect(outcome.reserved).toEqual([{ skuId: '1001', warehouseId: 'WH2', units: 3 }]);
  });
});

describe('the group pre-check', () => {
  const ORDERS = [1, 2, 3, 4, 5].map((id) => shirts(id, 2));

  function groupOfFive() {
    const setup = storeWith(ORDERS, 0);
    // Order 5 is the oldest, order 1 the newest: the walk is not the ids' order.
    for (const id of [1, 2, 3, 4, 5]) createdAt(setup.db, id, `2026-11-1${6 - id}T10:00:00.000Z`);
    return { ...setup, group: { cause: 'insufficient_stock', key: groupKeyOf(setup.db, 'insufficient_stock') } };
  }

  it('says N of M and the units the rest lack, walking oldest first over one copy of the stock', async () => {
    const { db, deps, group } = groupOfFive();
    expect(precheckReprocess(deps, group)).toMatchObject({ total: 5, wouldSucceed: 0, wouldFail: 5 });
    // The group panel keeps its orders' ids: once the fix covers each order alone, none keeps the cause.
    const ids = db
      .prepare('SELECT DISTINCT order_id FROM diagnosis_causes WHERE code = ? AND group_key = ?')
      .pluck()
      .all(group.cause, group.key) as number[];
    applyFix(deps, { fix: { kind: 'update_inventory', skuId: '1001', warehouseId: 'WH1', totalQuantity: 6 } });
    const auditBefore = count(db, 'SELECT COUNT(*) FROM audit_log');
    const precheck = precheckReprocess(deps, ids);
    expect(precheck).toEqual({
      order: 'oldest_first',
      localCopy: true,
      total: 5,
      wouldSucceed: 3,
      wouldFail: 2,
      duplicates: 0,
      failingByCause: { insufficient_stock: 2 },
      shortfalls: [
        { skuId: '1001', skuName: 'Camiseta P', warehouseId: 'WH1', warehouseName: 'Principal', units: 4, totalQuantity: 10 }
      ],
      // The fix touched the copy only: the three would integrate once it is made in the store.
      plannedChanges: [
        expect.objectContaining({
          fixKind: 'update_inventory',
          object: { kind: 'inventory', id: '1001/WH1', name: 'Camiseta P at Principal' },
          before: 0,
          after: 6
        })
      ]
    });
    // Nothing written: the walk's holds live in its copy of the stock.
    expect(balance(db)).toEqual({ total: 6, reserved: 0 });
    expect(count(db, 'SELECT COUNT(*) FROM audit_log')).toBe(auditBefore);

    const summary = await reprocessOrders(deps, ids);
    expect(summary.order).toBe('oldest_first');
    expect(summary.outcomes.map((o) => [o.orderId, o.result])).toEqual([
      [5, 'would_integrate'],
      [4, 'would_integrate'],
      [3, 'would_integrate'],
      [2, 'still_failing'],
      [1, 'still_failing']
    ]);
    expect(summary).toMatchObject({
      localCopy: true,
      succeeded: 0,
      wouldIntegrate: precheck.wouldSucceed,
      plannedChanges: precheck.plannedChanges
    });
    expect(summary.outcomes[0].plannedChangeIds).toEqual([precheck.plannedChanges[0].id]);
    // Nothing reserved in the copy's records, but the three hold their 6 units: the two left lack 4.
    expect(balance(db)).toEqual({ total: 6, reserved: 0 });
    expect(precheckReprocess(deps, group)).toMatchObject({
      total: 2,
      wouldSucceed: 0,
      shortfalls: [{ units: 4, totalQuantity: 10 }]
    });
  });

  it('gives the group’s total need, and a fix of that need lets every order of the group integrate', async () => {
    const { db, deps, group } = groupOfFive();
    const before = precheckReprocess(deps, group);
    expect(before).toMatchObject({
      wouldSucceed: 0,
      shortfalls: [{ skuId: '1001', warehouseId: 'WH1', units: 10, totalQuantity: 10 }]
    });
    const [need] = before.shortfalls;
    const ids = [1, 2, 3, 4, 5];
    applyFix(deps, {
      fix: { kind: 'update_inventory', skuId: need.skuId, warehouseId: need.warehouseId, totalQuantity: need.totalQuantity }
    });
    expect(precheckReprocess(deps, ids)).toMatchObject({ total: 5, wouldSucceed: 5, wouldFail: 0, shortfalls: [] });
    expect(await reprocessOrders(deps, ids)).toMatchObject({ succeeded: 0, wouldIntegrate: 5 });
    expect(balance(db)).toEqual({ total: 10, reserved: 0 });
  });

  it('sums one SKU × warehouse once across the trade policies that reach it', () => {
    const { db, deps } = storeWith([shirts(1, 2), { ...shirts(2, 2), affiliateId: 'MLB' }], 1);
    // Dock D1 serves trade policies 1 (Amazon) and 2 (Mercado Livre) from WH1.
    db.prepare("INSERT INTO sku_trade_policies (sku_id, trade_policy_id) VALUES ('1001', '2')").run();
    expect(precheckReprocess(deps, [1, 2]).shortfalls).toEqual([
      { skuId: '1001', skuName: 'Camiseta P', warehouseId: 'WH1', warehouseName: 'Principal', units: 3, totalQuantity: 4 }
    ]);
  });

  it('selects a group by cause and key, or orders by marketplace order id, through the API', async () => {
    const { deps, group } = groupOfFive();
    const api = createApi(deps);
    expect(
      await api.dispatch('reprocess/precheck', { marketplaceOrderIds: ['702-0000000-0000003', '702-0000000-0000001'] })
    ).toMatchObject({ ok: true, value: { total: 2 } });
    expect(await api.dispatch('reprocess/precheck', { cause: 'insufficient_stock' })).toMatchObject({
      ok: true,
      value: { total: 5 }
    });
    expect(await api.dispatch('reprocess/precheck', { ...group, key: 'sku:nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    });
    expect(await api.dispatch('reprocess/run', { marketplaceOrderIds: ['702-NOPE'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('702-NOPE') }
    });
  });
});

describe('verify and the replay share one judge', () => {
  const XML_ORDER: OrderSeed = {
    id: 1,
    marketplaceOrderId: 'LOJ-0001',
    message: 'The item 1005 has no inventory',
    courier: 'Correios',
    items: [{ skuId: '1005', quantity: 1, priceCents: 1990 }]
  };

  function noSla(simulation: SimulationResult | null): boolean {
    return simulation !== null && simulation.items.some((item) => item.availability !== 'available' || item.slas.length === 0);
  }

  it('after the XML feed shows out-of-stock SKUs, the order still has no stock: verify is not green and the replay does not integrate', async () => {
    const db = seededMirror([]);
    // The storefront shows SKU 1005 when unavailable, so the only cause is the feed hiding it.
    db.prepare("UPDATE skus SET show_if_not_available = 1 WHERE id = '1005'").run();
    insertOrder(db, XML_ORDER);
    // Placed in the storefront (its checkout's message), on trade policy 1 whose XML feed hides unavailable SKUs.
    db.prepare("UPDATE marketplace_orders SET connector_name = 'Loja' WHERE id = 1").run();
    runDiagnosis(db, { now: NOW });
    const deps = testDeps(db);
    expect(db.prepare('SELECT code FROM diagnosis_causes WHERE order_id = 1').pluck().all()).toContain('xml_hides_out_of_stock');
    applyFix(deps, { fix: { kind: 'xml_show_out_of_stock', integrationName: 'Google Shopping' }, orderId: 1 });

    const verdict = verifyOrder(deps, 1);
    expect(verdict.result).toBe('would_fail');
    expect(noSla(verdict.simulation)).toBe(true);
    expect(verdict.simulation!.items[0]).toMatchObject({ id: '1005', availability: 'withoutStock', availableQuantity: 0 });
    expect(verdict.message).toBe('The item 1005 has no inventory');

    // The failed order's diagnosis names the shortfall: never "no cause found" on an order the replay refused.
    expect(verdict.diagnosis).toMatchObject({ outcome: 'causes', causes: [{ code: 'insufficient_stock', skuId: '1005' }] });
    const summary = await reprocessOrders(deps, [1]);
    expect(summary.outcomes[0]).toMatchObject({
      result: 'still_failing',
      message: verdict.message,
      causes: ['insufficient_stock']
    });
    expect(outcomeOf(db, 1)).toBe('causes');
    expect(count(db, 'SELECT COUNT(*) FROM oms_orders')).toBe(0);
  });

  it('a verdict of would integrate shows a simulation that serves every item, and the replay agrees without creating the order', async () => {
    const { db, deps } = storeWith([shirts(1, 2)], 2);
    const verdict = verifyOrder(deps, 1);
    expect(verdict).toMatchObject({
      result: 'would_integrate',
      message: null,
      reserved: [{ skuId: '1001', warehouseId: 'WH1', units: 2 }],
      localCopy: true,
      plannedChanges: []
    });
    expect(noSla(verdict.simulation)).toBe(false);
    expect(verdict.simulation!.items[0].slas.map((sla) => sla.id)).toContain('Normal');
    expect((await reprocessOrders(deps, [1])).outcomes[0].result).toBe('would_integrate');
    expect(verifyOrder(deps, 1).result).toBe('would_integrate');
    expect(count(db, 'SELECT COUNT(*) FROM oms_orders')).toBe(0);
  });

  it('an order whose message was not understood and whose checks find nothing is never integrated', async () => {
    const { db, deps } = storeWith([{ ...shirts(1, 1), message: 'Zorblax quantum flange misaligned on the frobnicator' }], 50);
    const verdict = verifyOrder(deps, 1);
    expect(verdict.result).toBe('would_fail');
    expect(verdict.diagnosis).toMatchObject({ errorType: 'unclassified', outcome: 'unexplained', causes: [] });
    expect(precheckReprocess(deps, [1])).toMatchObject({ wouldSucceed: 0, wouldFail: 1, failingByCause: { unexplained: 1 } });
    const summary = await reprocessOrders(deps, [1]);
    expect(summary).toMatchObject({ succeeded: 0, stillFailingByCause: { unexplained: 1 } });
    expect(summary.outcomes[0].result).toBe('still_failing');
    expect(outcomeOf(db, 1)).toBe('unexplained');
    expect(count(db, 'SELECT COUNT(*) FROM oms_orders')).toBe(0);
    expect(balance(db)).toEqual({ total: 50, reserved: 0 });
  });
});
