import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Db } from '../../../src/main/core/db/connection';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { precheckReprocess, reprocessOrders } from '../../../src/main/core/services/reprocess-service';
import { MESSAGES, NOW, seededMirror, testDeps, topCause, SKU_AND_STOCK_ORDERS } from './seed';

const ORDERS = [
  ...SKU_AND_STOCK_ORDERS,
  {
    id: 3,
    marketplaceOrderId: '702-0000003-0000003',
    message: MESSAGES.duplicate,
    items: [{ skuId: '1001', quantity: 1, priceCents: 4990 }]
  },
  {
    id: 4,
    marketplaceOrderId: '702-0000004-0000004',
    status: 'success' as const,
    message: null,
    items: [{ skuId: '1001', quantity: 1, priceCents: 4990 }]
  },
  {
    id: 5,
    marketplaceOrderId: '702-0000005-0000005',
    message: MESSAGES.noSla,
    items: [{ skuId: '1005', quantity: 1, priceCents: 1990 }]
  }
];

function setup() {
  const db = seededMirror(ORDERS);
  // OMS already created order 3: the connector's retry is what failed as a duplicate.
  db.prepare(
    `INSERT INTO oms_orders (order_id, marketplace_order_id, affiliate_id, sales_channel, status, creation_date, value_cents)
     VALUES ('1300000000003-01', '702-0000003-0000003', 'AMZ', '1', 'invoiced', '2026-11-20T10:00:00.000Z', 6490)`
  ).run();
  return { db, deps: testDeps(db) };
}

const count = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('reprocess (local replay of a snapshot mirror)', () => {
  it('on a snapshot mirror an order the fix lets through would integrate: no OMS record, still failed, its planned change named', async () => {
    const { db, deps } = setup();
    const fixed = applyFix(deps, { fix: { kind: 'activate_sku', skuIds: ['1002'] }, orderId: 1 });
    const orderBefore = db
      .prepare('SELECT integration_status, vtex_order_id, attempts, integration_message FROM marketplace_orders WHERE id = 1')
      .get();
    const summary = await reprocessOrders(deps, [1]);
    expect(summary).toMatchObject({
      localCopy: true,
      succeeded: 0,
      wouldIntegrate: 1,
      stillFailing: 0,
      skipped: 0,
      stillFailingByCause: {}
    });
    const [outcome] = summary.outcomes;
    expect(outcome).toMatchObject({
      orderId: 1,
      marketplaceOrderId: '702-0000001-0000001',
      result: 'would_integrate',
      vtexOrderId: null,
      message: null
    });
    expect(outcome.plannedChangeIds).toEqual(fixed.plannedChanges.map((change) => change.id));
    expect(summary.plannedChanges).toEqual(fixed.plannedChanges);

    // VTEX has seen nothing: OMS, the order's status, message and attempts are as they were.
    expect(count(db, "SELECT COUNT(*) FROM oms_orders WHERE marketplace_order_id = '702-0000001-0000001'")).toBe(0);
    expect(
      db
        .prepare('SELECT integration_status, vtex_order_id, attempts, integration_message FROM marketplace_orders WHERE id = 1')
        .get()
    ).toEqual(orderBefore);
    expect(count(db, "SELECT COUNT(*) FROM integration_attempts WHERE order_id = 1 AND source = 'reprocess'")).toBe(0);
    expect(count(db, 'SELECT COUNT(*) FROM planned_replays WHERE order_id = 1')).toBe(1);
    expect(db.prepare("SELECT actor, action, order_ref, note FROM audit_log WHERE action LIKE 'reprocess:%'").all()).toEqual([
      {
        actor: 'agent.ana',
        action: 'reprocess:would_integrate',
        order_ref: '702-0000001-0000001',
        note: `Would integrate on the local copy: make planned change #${outcome.plannedChangeIds[0]} in the VTEX Admin, then reprocess it there. Nothing was sent to VTEX.`
      }
    ]);
    expect(deps.emitted).toContainEqual({ event: 'mirror/changed', payload: { reason: 'reprocess' } });

    // A second reprocess says the same: no duplicate appeared, because nothing was created.
    const second = await reprocessOrders(deps, [1]);
    expect(second.outcomes[0]).toMatchObject({ result: 'would_integrate', vtexOrderId: null });
  });

  it('records a new failed attempt in VTEX wording when the cause remains', async () => {
    const { db, deps } = setup();
    const summary = await reprocessOrders(deps, [2, 5]);
    expect(summary).toMatchObject({ succeeded: 0, stillFailing: 2, stillFailingByCause: { insufficient_stock: 2 } });
    expect(summary.outcomes.map((o) => [o.result, o.message, o.causes])).toEqual([
      ['still_failing', 'Order with SKU out of stock', ['insufficient_stock']],
      ['still_failing', 'No available sla to deliver this order', ['insufficient_stock']]
    ]);
    expect(
      db
        .prepare(
          'SELECT attempt, status, message, source, processed_at FROM integration_attempts WHERE order_id = 2 AND attempt = 2'
        )
        .get()
    ).toEqual({
      attempt: 2,
      status: 'error',
      message: 'Order with SKU out of stock',
      source: 'reprocess',
      processed_at: NOW.toISOString()
    });
    expect(db.prepare('SELECT integration_status, attempts FROM marketplace_orders WHERE id = 2').get()).toEqual({
      integration_status: 'error',
      attempts: 2
    });
    expect(topCause(db, 2)).toBe('insufficient_stock');
    expect(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'reprocess:still_failing'")).toBe(2);
    expect(count(db, 'SELECT COUNT(*) FROM oms_orders')).toBe(1);
  });

  it('never reprocesses an order OMS already holds, and leaves it and OMS untouched', async () => {
    const { db, deps } = setup();
    const before = db.prepare('SELECT * FROM marketplace_orders WHERE id = 3').get();
    const summary = await reprocessOrders(deps, [3, 4]);
    expect(summary.outcomes.map((o) => [o.result, o.vtexOrderId])).toEqual([
      ['skipped_duplicate', '1300000000003-01'],
      ['skipped_not_failed', '10000000004-01']
    ]);
    expect(summary).toMatchObject({ succeeded: 0, stillFailing: 0, skipped: 2 });
    expect(db.prepare('SELECT * FROM marketplace_orders WHERE id = 3').get()).toEqual(before);
    expect(count(db, 'SELECT COUNT(*) FROM integration_attempts WHERE order_id = 3')).toBe(1);
    expect(db.prepare('SELECT order_id, status FROM oms_orders').all()).toEqual([
      { order_id: '1300000000003-01', status: 'invoiced' }
    ]);
    expect(db.prepare("SELECT action, note FROM audit_log WHERE action LIKE 'reprocess:%' ORDER BY id").all()).toEqual([
      { action: 'reprocess:skipped_duplicate', note: 'Not reprocessed: OMS already holds this order as 1300000000003-01.' },
      { action: 'reprocess:skipped_not_failed', note: 'Not reprocessed: the order is success, not failed.' }
    ]);
  });

  it('reports progress after each batch and counts like its precheck', async () => {
    const { db, deps } = setup();
    applyFix(deps, { fix: { kind: 'activate_sku', skuIds: ['1002'] } });
    const attemptsBefore = count(db, 'SELECT COUNT(*) FROM integration_attempts');
    const auditBefore = count(db, 'SELECT COUNT(*) FROM audit_log');
    const precheck = precheckReprocess(deps, [1, 2, 3, 4, 5]);
    expect(count(db, 'SELECT COUNT(*) FROM integration_attempts')).toBe(attemptsBefore);
    expect(count(db, 'SELECT COUNT(*) FROM audit_log')).toBe(auditBefore);
    expect(precheck).toEqual({
      order: 'oldest_first',
      localCopy: true,
      plannedChanges: [
        expect.objectContaining({
          fixKind: 'activate_sku',
          object: { kind: 'sku', id: '1002', name: expect.any(String) },
          before: false,
          after: true
        })
      ],
      total: 5,
      wouldSucceed: 1,
      wouldFail: 2,
      duplicates: 1,
      failingByCause: { insufficient_stock: 2 },
      // Orders 2 and 5 ask 2 + 1 units of SKU 1005, and its only warehouse holds none.
      shortfalls: [{ skuId: '1005', skuName: 'Meia', warehouseId: 'WH1', warehouseName: 'Principal', units: 3, totalQuantity: 3 }]
    });

    const summary = await reprocessOrders(deps, [1, 2, 3, 4, 5, 5], { batchSize: 2 });
    expect(summary.succeeded).toBe(0);
    expect(summary.wouldIntegrate).toBe(precheck.wouldSucceed);
    expect(summary.stillFailing).toBe(precheck.wouldFail);
    expect(summary.stillFailingByCause).toEqual(precheck.failingByCause);
    expect(summary.outcomes.filter((o) => o.result === 'skipped_duplicate')).toHaveLength(precheck.duplicates);
    expect(deps.emitted.filter((e) => e.event === 'reprocess/progress').map((e) => e.payload)).toEqual([
      { done: 2, total: 5, succeeded: 0, wouldIntegrate: 1, stillFailing: 1 },
      { done: 4, total: 5, succeeded: 0, wouldIntegrate: 1, stillFailing: 1 },
      { done: 5, total: 5, succeeded: 0, wouldIntegrate: 1, stillFailing: 2 }
    ]);
    expect(count(db, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'reprocess:%'")).toBe(5);
  });

  it('refuses unknown orders before touching any', async () => {
    const { db, deps } = setup();
    const api = createApi(deps);
    const result = await api.dispatch('reprocess/run', { orderIds: [2, 999] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(count(db, 'SELECT COUNT(*) FROM integration_attempts WHERE source = ?', 'reprocess')).toBe(0);
    expect(await api.dispatch('reprocess/precheck', { orderIds: [5] })).toMatchObject({
      ok: true,
      value: { total: 1, wouldFail: 1 }
    });
  });
});
