import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Db } from '../../../src/main/core/db/connection';
import { createMirrorGateway } from '../../../src/main/core/gateway';
import { openMirrorReplay } from '../../../src/main/core/gateway/mirror-replay';
import { applyFix } from '../../../src/main/core/services/fix-service';
import { reprocessOrders, verifyOrder } from '../../../src/main/core/services/reprocess-service';
import { seededMirror, testDeps, SKU_AND_STOCK_ORDERS } from './seed';

// Order 1 fails on SKU 1002 (Tênis 42), inactive; order 2 on SKU 1005, out of stock.
const ORDERS = SKU_AND_STOCK_ORDERS;

const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

describe('a fix on a snapshot mirror is a planned change', () => {
  it('records one planned change per changed record, by the agent named in Settings, with the Admin path and the orders it unblocks', async () => {
    const db = seededMirror(ORDERS);
    const deps = testDeps(db);
    const api = createApi(deps);
    // Before a name is set the OS user plans; then the name from Settings.
    const first = applyFix(deps, { fix: { kind: 'update_inventory', skuId: '1005', warehouseId: 'WH1', totalQuantity: 10 } });
    expect(first.plannedChanges.map((change) => change.agent)).toEqual(['agent.ana']);
    expect(await api.dispatch('preferences/set', { agentName: 'Ana Souza' })).toMatchObject({ ok: true });
    const fixed = applyFix(deps, { fix: { kind: 'activate_sku', skuIds: ['1002'] }, orderId: 1 });
    expect(fixed.plannedChanges).toEqual([
      {
        id: expect.any(Number),
        createdAt: '2026-11-22T12:00:00.000Z',
        agent: 'Ana Souza',
        fixKind: 'activate_sku',
        object: { kind: 'sku', id: '1002', name: 'Tênis 42' },
        field: 'Active',
        before: false,
        after: true,
        adminPath: ['catalog', 'productsAndSkus', 'sku', 'active'],
        orders: [{ id: 1, marketplaceOrderId: '702-0000001-0000001' }],
        state: 'planned',
        stateAt: null
      }
    ]);
    expect(first.plannedChanges[0]).toMatchObject({
      object: { kind: 'inventory', id: '1005/WH1', name: 'Meia at Principal' },
      field: 'Quantity',
      before: 0,
      after: 10
    });

    const listed = await api.dispatch('plan/list', {});
    expect(listed).toMatchObject({ ok: true, value: { changes: [first.plannedChanges[0], fixed.plannedChanges[0]] } });
    expect(await api.dispatch('plan/list', { orderId: 1 })).toMatchObject({
      ok: true,
      value: { changes: [fixed.plannedChanges[0]] }
    });
  });

  it('verify and the replay say "would integrate once these changes are made"; discarding the change takes the mark away', async () => {
    const db = seededMirror(ORDERS);
    const deps = testDeps(db);
    const api = createApi(deps);
    const fixed = applyFix(deps, { fix: { kind: 'activate_sku', skuIds: ['1002'] }, orderId: 1 });
    expect(verifyOrder(deps, 1)).toMatchObject({
      result: 'would_integrate',
      localCopy: true,
      plannedChanges: fixed.plannedChanges
    });

    const summary = await reprocessOrders(deps, [1]);
    expect(summary).toMatchObject({ localCopy: true, succeeded: 0, wouldIntegrate: 1, plannedChanges: fixed.plannedChanges });
    // The stats and the queue never count it as integrated by VTEX.
    expect(await api.dispatch('app/info', {})).toMatchObject({ ok: true, value: { counts: { 'oms-orders': 0 } } });
    expect(count(db, "SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'success'")).toBe(0);
    expect(count(db, 'SELECT COUNT(*) FROM planned_replays')).toBe(1);

    expect(await api.dispatch('plan/discard', { ids: [fixed.plannedChanges[0].id] })).toEqual({
      ok: true,
      value: { discarded: 1 }
    });
    expect(count(db, 'SELECT COUNT(*) FROM planned_replays')).toBe(0);
    expect(await api.dispatch('plan/list', {})).toEqual({ ok: true, value: { changes: [] } });
    expect(await api.dispatch('plan/list', { states: ['discarded'] })).toMatchObject({
      ok: true,
      value: { changes: [{ state: 'discarded', stateAt: '2026-11-22T12:00:00.000Z' }] }
    });
    // Discarding twice changes nothing more.
    expect(await api.dispatch('plan/discard', { ids: [fixed.plannedChanges[0].id] })).toEqual({
      ok: true,
      value: { discarded: 0 }
    });
  });

  it('a gateway that reaches the store plans nothing and integrates for real', async () => {
    const db = seededMirror(ORDERS);
    // A stand-in for a connected account: the mirror's fixes, and a replay whose integrate records an OMS order id.
    const mirror = createMirrorGateway(db);
    const deps = {
      ...testDeps(db),
      gateway: {
        ...mirror,
        reachesStore: true,
        openReplay: (now: Date) => {
          const replay = openMirrorReplay(db, now);
          return {
            ...replay,
            integrate: (order: Parameters<typeof replay.judge>[0]) => {
              const verdict = replay.dryRun(order);
              return verdict.integrates ? { ...verdict, vtexOrderId: '1400000000001-01' } : verdict;
            }
          };
        }
      }
    };
    const fixed = applyFix(deps, { fix: { kind: 'activate_sku', skuIds: ['1002'] }, orderId: 1 });
    expect(fixed.plannedChanges).toEqual([]);
    expect(count(db, 'SELECT COUNT(*) FROM plan_changes')).toBe(0);
    const summary = await reprocessOrders(deps, [1]);
    expect(summary).toMatchObject({
      localCopy: false,
      succeeded: 1,
      wouldIntegrate: 0,
      outcomes: [{ result: 'succeeded', vtexOrderId: '1400000000001-01' }]
    });
    expect(db.prepare('SELECT integration_status, vtex_order_id FROM marketplace_orders WHERE id = 1').get()).toEqual({
      integration_status: 'success',
      vtex_order_id: '1400000000001-01'
    });
  });
});
