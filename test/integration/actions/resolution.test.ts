import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { AuditPage } from '../../../src/shared/api/audit';
import type { OrderView } from '../../../src/shared/api/orders';
import type { QueuePage } from '../../../src/shared/api/queue';
import type { Result } from '../../../src/shared/api/result';
import type { OrderResolution } from '../../../src/shared/domain/resolution';
import { NOW, seededMirror, testDeps, inactiveSkuOrder } from './seed';

function setup() {
  const db = seededMirror([
    inactiveSkuOrder(1, '702-1'),
    inactiveSkuOrder(2, '702-2'),
    {
      id: 3,
      marketplaceOrderId: '702-3',
      status: 'success',
      message: null,
      items: [{ skuId: '1001', quantity: 1, priceCents: 4990 }]
    }
  ]);
  const api = createApi(testDeps(db));
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const result = (await api.dispatch(name, args)) as Result<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const openIds = async () => (await call<QueuePage>('queue/list', {})).rows.map((row) => row.id).sort();
  return { api, call, openIds };
}

describe('resolving an order without a reprocess', () => {
  it('closes a failed order with its reason and note, by the agent named in Settings, and audits it', async () => {
    const { call, openIds } = setup();
    await call('preferences/set', { agentName: 'Ana Souza' });
    const resolution = await call<OrderResolution>('orders/resolve', {
      id: 1,
      reason: 'canceled_at_marketplace',
      note: ' Canceled by the buyer at Amazon '
    });
    expect(resolution).toEqual({
      reason: 'canceled_at_marketplace',
      note: 'Canceled by the buyer at Amazon',
      resolvedAt: NOW.toISOString(),
      resolvedBy: 'Ana Souza'
    });
    expect(await openIds()).toEqual([2]);
    const view = await call<OrderView>('orders/view', { id: 1 });
    expect(view).toMatchObject({ state: 'resolved', resolution });
    const audit = await call<AuditPage>('audit/list', { orderId: 1 });
    expect(audit.rows[0]).toMatchObject({
      actor: 'Ana Souza',
      action: 'resolve:canceled_at_marketplace',
      before: null,
      after: resolution,
      note: 'Canceled by the buyer at Amazon'
    });
  });

  it('reopens a resolved order into the open queue, audited; reopening an open order changes nothing', async () => {
    const { call, openIds } = setup();
    await call('orders/resolve', { id: 2, reason: 'duplicate' });
    expect(await openIds()).toEqual([1]);
    expect(await call('orders/reopen', { id: 2 })).toEqual({ reopened: true });
    expect(await openIds()).toEqual([1, 2]);
    expect((await call<OrderView>('orders/view', { id: 2 })).state).toBe('open');
    expect(await call('orders/reopen', { id: 2 })).toEqual({ reopened: false });
    const actions = (await call<AuditPage>('audit/list', { orderId: 2 })).rows.map((entry) => [entry.action, entry.actor]);
    expect(actions).toEqual([
      ['reopen', 'agent.ana'],
      ['resolve:duplicate', 'agent.ana']
    ]);
  });

  it('refuses an integrated order, an unknown order and an unknown reason', async () => {
    const { api } = setup();
    expect(await api.dispatch('orders/resolve', { id: 3, reason: 'wont_fix' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    });
    expect(await api.dispatch('orders/resolve', { id: 99, reason: 'wont_fix' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    });
    expect(await api.dispatch('orders/resolve', { id: 1, reason: 'bored' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    });
  });
});
