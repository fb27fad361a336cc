import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AdminChecklist, ChecklistSummary } from '../../../src/shared/api/checklist';
import type { MarketplaceOrder } from '../../../src/shared/domain/model';
import { getOrder, iterateOrders, listAttempts } from '../../../src/main/core/db/repositories/order-repository';
import { integrateInOms } from '../../support/fake-vtex';
import { connectedDesk, type ConnectedDesk } from './connected-harness';

let desk: ConnectedDesk;
beforeAll(async () => {
  desk = await connectedDesk();
});
afterAll(async () => desk.close());

const db = () => desk.host.deps.db;
const inOms = (marketplaceOrderId: string) =>
  [...desk.fake.store.oms.values()].some((o) => o.marketplaceOrderId === marketplaceOrderId);
/** Failed orders OMS does not hold, each with its own marketplace order id. */
const waitingOrders = (): MarketplaceOrder[] =>
  [...iterateOrders(db(), { status: 'error' })].filter((o) => !inOms(o.marketplaceOrderId));
const checked = (list: AdminChecklist) => list.lines.filter((l) => l.seenAt !== null).map((l) => l.marketplaceOrderId);
const appear = (order: MarketplaceOrder, vtexOrderId: string) => integrateInOms(desk.fake.store, order, vtexOrderId);

describe('the Admin checklist', () => {
  let orders: MarketplaceOrder[];
  let list: AdminChecklist;

  it('lists the still-failing orders of a selection (integrated and resolved ones left out), with the account’s Connections > Orders', async () => {
    orders = waitingOrders().slice(0, 5);
    const integrated = [...iterateOrders(db(), { status: 'success' })][0];
    await desk.value('orders/resolve', { id: orders[4].id, reason: 'duplicate' });
    list = await desk.value<AdminChecklist>('checklist/create', {
      source: { orderIds: [...orders.map((o) => o.id), integrated.id] },
      title: 'Morning reprocess'
    });
    expect(list).toMatchObject({ title: 'Morning reprocess', total: 4, seen: 0, watching: false, running: false });
    expect(list.connectionsLink).toBe('https://lojademo.myvtex.com/admin/bridge/#/marketplace/order');
    expect(list.lines.map((l) => l.marketplaceOrderId).sort()).toEqual(
      orders
        .slice(0, 4)
        .map((o) => o.marketplaceOrderId)
        .sort()
    );
    expect(list.lines.every((l) => l.marketplace !== null && l.vtexOrderId === null)).toBe(true);
  });

  it('ticks each line as its order appears in OMS, pass after pass, and turns its queue row integrated', async () => {
    const first = await desk.value<AdminChecklist>('checklist/check', { id: list.id });
    expect(first.seen).toBe(0);
    expect(first.lastCheckedAt).not.toBeNull();
    expect(first.lastError).toBeNull();

    appear(orders[0], 'CHECK000001-01');
    const second = await desk.value<AdminChecklist>('checklist/check', { id: list.id });
    expect(second.seen).toBe(1);
    expect(second.lines.find((l) => l.marketplaceOrderId === orders[0].marketplaceOrderId)).toMatchObject({
      vtexOrderId: 'CHECK000001-01',
      seenAt: expect.any(String)
    });
    expect(getOrder(db(), orders[0].id)).toMatchObject({ integrationStatus: 'success', vtexOrderId: 'CHECK000001-01' });
    expect(listAttempts(db(), orders[0].id).at(-1)?.message).toBe('Seen in OMS as CHECK000001-01');

    // The single-order watch got to another one first: the list takes it from the mirror without asking OMS again.
    appear(orders[1], 'CHECK000002-01');
    await desk.value('connected/watch', { marketplaceOrderIds: [orders[1].marketplaceOrderId] });
    const before = desk.fake.requests.length;
    const third = await desk.value<AdminChecklist>('checklist/check', { id: list.id });
    expect(checked(third).sort()).toEqual([orders[0].marketplaceOrderId, orders[1].marketplaceOrderId].sort());
    const asked = desk.fake.requests.slice(before).filter((r) => r.path === '/api/oms/pvt/orders');
    expect(asked).toHaveLength(2);
  });

  it('exports only what is still unchecked, as CSV or Markdown in the desk’s language', async () => {
    const { fileName, text } = await desk.value<{ fileName: string; text: string }>('checklist/export', { id: list.id });
    expect(fileName).toBe(`admin-checklist-${list.id}-unchecked.csv`);
    const rows = text.trim().split('\r\n');
    expect(rows[0]).toBe('done,marketplace_order_id,affiliate_id,marketplace,admin_path,connections_orders_link');
    expect(
      rows
        .slice(1)
        .map((r) => r.split(',')[1])
        .sort()
    ).toEqual([orders[2].marketplaceOrderId, orders[3].marketplaceOrderId].sort());
    expect(rows[1]).toContain(',Connections > Orders,https://lojademo.myvtex.com/admin/bridge/#/marketplace/order');

    const pt = await desk.value<{ fileName: string; text: string }>('checklist/export', {
      id: list.id,
      format: 'csv',
      locale: 'pt-BR'
    });
    expect(pt.text.split('\r\n')[1]).toContain(',Conexões > Pedidos,');
    const md = await desk.value<{ fileName: string; text: string }>('checklist/export', {
      id: list.id,
      format: 'md',
      locale: 'es'
    });
    expect(md.fileName).toBe(`admin-checklist-${list.id}-unchecked.md`);
    expect(md.text).toContain('# Reprocesar en el Admin: Morning reprocess');
    const tasks = md.text.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(tasks).toHaveLength(2);
    expect(tasks.every((line) => line.endsWith('— Conexiones > Pedidos'))).toBe(true);
    expect(md.text).not.toContain('Connections > Orders');
  });

  it('watches in the background until stopped; the list and its watch survive a restart', async () => {
    const watching = await desk.value<AdminChecklist>('checklist/watch', { id: list.id, intervalSeconds: 1 });
    expect(watching).toMatchObject({ watching: true, running: true, intervalSeconds: 1 });
    appear(orders[2], 'CHECK000003-01');
    await vi.waitFor(async () => expect((await desk.value<AdminChecklist>('checklist/get', { id: list.id })).seen).toBe(3), {
      timeout: 8_000,
      interval: 200
    });

    // Restarted: the list is kept, still watching, and the first look resumes its watch.
    await desk.restart();
    const [summary] = await desk.value<ChecklistSummary[]>('checklist/list', {});
    expect(summary).toMatchObject({ id: list.id, total: 4, seen: 3, watching: true, running: true });

    const stopped = await desk.value<AdminChecklist>('checklist/stop', { id: list.id });
    expect(stopped).toMatchObject({ watching: false, running: false });
    // A call in flight at the stop may still land; after it, nothing asks OMS: the line waits for the agent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    appear(orders[3], 'CHECK000004-01');
    const requests = desk.fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(desk.fake.requests.length).toBe(requests);
    expect((await desk.value<AdminChecklist>('checklist/get', { id: list.id })).seen).toBe(3);
  });

  it('stops by itself once every line is seen', async () => {
    await desk.value('checklist/watch', { id: list.id, intervalSeconds: 1 });
    await vi.waitFor(
      async () =>
        expect(await desk.value<AdminChecklist>('checklist/get', { id: list.id })).toMatchObject({
          seen: 4,
          watching: false,
          running: false
        }),
      { timeout: 8_000, interval: 200 }
    );
  });

  it('says why it cannot watch when VTEX refuses, and refuses a list of nothing to reprocess', async () => {
    const next = waitingOrders().find((o) => o.id !== orders[4].id)!;
    const other = await desk.value<AdminChecklist>('checklist/create', { source: { orderIds: [next.id] } });
    desk.fake.deny('oms', 403);
    const refused = await desk.value<AdminChecklist>('checklist/check', { id: other.id });
    desk.fake.reset();
    expect(refused.seen).toBe(0);
    expect(refused.lastError).toMatch(/403|OMS/);
    expect(refused.lastError).not.toContain(desk.fake.credentials.appToken);

    const integrated = [...iterateOrders(db(), { status: 'success' })][0];
    const nothing = await desk.call('checklist/create', { source: { orderIds: [integrated.id] } });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await desk.value('checklist/delete', { id: other.id })).toEqual({ deleted: true });
  });
});
