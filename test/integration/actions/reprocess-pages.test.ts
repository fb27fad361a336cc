import { describe, expect, it } from 'vitest';
import type { ReprocessProgress } from '../../../src/shared/api/reprocess';
import { reprocessInPages } from '../../../src/main/core/services/reprocess-pages';
import { reprocessOrders } from '../../../src/main/core/services/reprocess-service';
import { MESSAGES, seededMirror, testDeps, type OrderSeed } from './seed';

/** Amazon orders of 2 Camiseta P each (SKU 1001, 50 units in WH1): the first 25 take the stock, the rest fail on it. */
const ORDERS: OrderSeed[] = Array.from({ length: 30 }, (_, i) => ({
  id: i + 1,
  marketplaceOrderId: `702-0000000-${String(i + 1).padStart(7, '0')}`,
  message: MESSAGES.outOfStock,
  items: [{ skuId: '1001', quantity: 2, priceCents: 4990 }]
}));

const IDS = ORDERS.map((order) => order.id);

describe('a reprocess in pages', () => {
  it('gives what one run gives: each page sees the stock the pages before it took', async () => {
    const paged = testDeps(seededMirror(ORDERS));
    const whole = testDeps(seededMirror(ORDERS));
    const bulk = await reprocessInPages(paged, { orderIds: IDS }, { pageSize: 4 });
    const once = await reprocessOrders(whole, IDS);
    expect(bulk).toMatchObject({
      total: 30,
      done: 30,
      cancelled: false,
      wouldIntegrate: once.wouldIntegrate,
      stillFailing: once.stillFailing,
      skipped: once.skipped,
      stillFailingByCause: once.stillFailingByCause
    });
    expect(bulk.wouldIntegrate).toBe(25);
    const holds = (deps: typeof paged) => deps.db.prepare('SELECT order_id, units FROM planned_holds ORDER BY order_id').all();
    expect(holds(paged)).toEqual(holds(whole));
  });

  it('reports progress over the whole selection after each page, and announces the change once', async () => {
    const deps = testDeps(seededMirror(ORDERS));
    await reprocessInPages(deps, { orderIds: IDS }, { pageSize: 8 });
    const progress = deps.emitted.filter((e) => e.event === 'reprocess/progress').map((e) => e.payload as ReprocessProgress);
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [8, 30],
      [16, 30],
      [24, 30],
      [30, 30]
    ]);
    expect(progress[3]).toMatchObject({ wouldIntegrate: 25, stillFailing: 5 });
    expect(deps.emitted.filter((e) => e.event === 'mirror/changed')).toHaveLength(1);
  });

  it('stops between pages when its signal is aborted, keeping the pages done', async () => {
    const deps = testDeps(seededMirror(ORDERS));
    const cancel = new AbortController();
    const events = deps.events;
    deps.events = {
      emit(event, payload) {
        events.emit(event, payload);
        if (event === 'reprocess/progress' && (payload as ReprocessProgress).done >= 10) cancel.abort();
      }
    };
    const summary = await reprocessInPages(deps, { orderIds: IDS }, { pageSize: 5, signal: cancel.signal });
    expect(summary).toMatchObject({ cancelled: true, done: 10, total: 30, wouldIntegrate: 10 });
    const audited = deps.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action LIKE 'reprocess:%'`).pluck().get();
    expect(audited).toBe(10);
  });
});
