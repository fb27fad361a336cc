import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminChecklist } from '../../../src/shared/api/checklist';
import type { MarketplaceOrder } from '../../../src/shared/domain/model';
import { iterateOrders } from '../../../src/main/core/db/repositories/order-repository';
import { integrateInOms } from '../../support/fake-vtex';
import { connectedDesk, type ConnectedDesk } from './connected-harness';

/** The old cap: a list held at most this many orders. */
const OLD_CAP = 500;

let desk: ConnectedDesk;
let waiting: MarketplaceOrder[];
beforeAll(async () => {
  desk = await connectedDesk({ orders: 2_400 });
  const inOms = new Set([...desk.fake.store.oms.values()].map((o) => o.marketplaceOrderId));
  waiting = [...iterateOrders(desk.host.deps.db, { status: 'error' })].filter((o) => !inOms.has(o.marketplaceOrderId));
}, 120_000);
afterAll(async () => desk.close());

describe('an Admin checklist longer than the old 500-order cap', () => {
  let list: AdminChecklist;

  it('holds every order named, counted in SQL, and pages its lines by position to the last one', async () => {
    expect(waiting.length).toBeGreaterThan(OLD_CAP + 100);
    list = await desk.value<AdminChecklist>('checklist/create', {
      source: { orderIds: waiting.map((o) => o.id) },
      title: 'Long'
    });
    expect(list).toMatchObject({ total: waiting.length, seen: 0 });
    expect(list.lines).toHaveLength(200);
    expect(list.nextAfter).toBe(list.lines[199].position);

    const ids: string[] = list.lines.map((l) => l.marketplaceOrderId);
    for (let after = list.nextAfter; after !== null;) {
      const page = await desk.value<AdminChecklist>('checklist/get', { id: list.id, after, limit: 250 });
      ids.push(...page.lines.map((l) => l.marketplaceOrderId));
      after = page.nextAfter;
    }
    expect(ids).toHaveLength(waiting.length);
    expect(new Set(ids).size).toBe(waiting.length);

    // Adding more than the old cap again to a list that already holds more: the repeats keep their lines.
    const again = await desk.value<AdminChecklist>('checklist/add', { id: list.id, orderIds: waiting.map((o) => o.id) });
    expect(again.total).toBe(waiting.length);
  });

  it('one OMS pass works through every window of the list, ticking orders past the old cap', async () => {
    // Orders far down the list (beyond position 500 and across several watch windows) appear in OMS.
    const appearing = [waiting[3], waiting[OLD_CAP + 7], waiting[waiting.length - 1]];
    appearing.forEach((order, n) => integrateInOms(desk.fake.store, order, `LONG00000${n}-01`));
    const before = desk.fake.requests.length;
    const checked = await desk.value<AdminChecklist>('checklist/check', { id: list.id });
    expect(checked.seen).toBe(3);
    expect(checked.lastError).toBeNull();
    const listCalls = desk.fake.requests.slice(before).filter((r) => r.path === '/api/oms/pvt/orders');
    expect(listCalls.length).toBeGreaterThanOrEqual(waiting.length);

    const { text } = await desk.value<{ text: string }>('checklist/export', { id: list.id, format: 'csv' });
    const exported = text.trim().split('\r\n').slice(1);
    expect(exported).toHaveLength(waiting.length - 3);
    expect(exported.some((row) => row.includes(`,${waiting[OLD_CAP + 7].marketplaceOrderId},`))).toBe(false);
    expect(exported.some((row) => row.includes(`,${waiting[OLD_CAP + 8].marketplaceOrderId},`))).toBe(true);
  }, 120_000);
});
