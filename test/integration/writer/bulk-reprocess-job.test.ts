import { describe, expect, it } from 'vitest';
import type { BulkReprocessSummary } from '../../../src/shared/api/bulk-reprocess';
import type { ReprocessProgress } from '../../../src/shared/api/reprocess';
import type { Host } from '../../../src/main/core/host';
import { BULK_PAGE } from '../../../src/main/core/services/reprocess-pages';
import { readOwner } from '../../../src/main/core/writer/mirror-owner';
import { holdWriteLock } from '../../support/write-lock';
import { bigSnapshot, demoHost, value } from './big-snapshot';

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** A host on a mirror file holding the demo store `copies` times over (its diagnosis done). */
async function bigHost(copies: number): Promise<Host> {
  const desk = await demoHost();
  await value(desk.api.dispatch('import/snapshot', { dir: bigSnapshot(copies).dir }));
  return desk;
}

/**
 * One cause group holding every failed order: the demo store's groups are a few orders each, and a
 * store with one of thousands takes minutes to import. The first cause of each order is put on one SKU.
 */
function oneBigGroup(desk: Host): { cause: string; key: string; orders: number } {
  desk.db.prepare(`UPDATE diagnosis_causes SET code = 'sku_inactive', group_key = 'sku:big' WHERE position = 0`).run();
  const orders = desk.db.prepare(`SELECT COUNT(*) FROM diagnosis_causes WHERE group_key = 'sku:big'`).pluck().get() as number;
  return { cause: 'sku_inactive', key: 'sku:big', orders };
}

const attempts = (desk: Host) =>
  desk.db.prepare('SELECT COALESCE(SUM(attempts), 0) FROM marketplace_orders').pluck().get() as number;

describe('the bulk reprocess job (reprocess/bulk)', { timeout: 240_000 }, () => {
  it('reprocesses every order of a group of more than 1,000 on a worker, in pages with progress over the whole group; writes meanwhile are busy, reads answer', async () => {
    const desk = await bigHost(16);
    const group = oneBigGroup(desk);
    expect(group.orders).toBeGreaterThan(1_000);
    const progress: ReprocessProgress[] = [];
    const during: { note?: Promise<unknown>; read?: Promise<unknown> } = {};
    desk.events.subscribe({
      emit(event, payload) {
        if (event !== 'reprocess/progress') return;
        progress.push(payload as ReprocessProgress);
        during.note ??= desk.api.dispatch('orders/add-note', { id: 1, text: 'during' });
        during.read ??= desk.api.dispatch('groups/list', {});
      }
    });
    const summary = await value<BulkReprocessSummary>(
      desk.api.dispatch('reprocess/bulk', { cause: group.cause, key: group.key })
    );

    expect(summary).toMatchObject({ total: group.orders, done: group.orders, cancelled: false, localCopy: true });
    expect(summary.wouldIntegrate + summary.stillFailing + summary.skipped + summary.succeeded).toBe(group.orders);
    expect(progress.map((p) => p.total).every((total) => total === group.orders)).toBe(true);
    expect(progress.map((p) => p.done)).toEqual(
      Array.from({ length: Math.ceil(group.orders / BULK_PAGE) }, (_, page) => Math.min((page + 1) * BULK_PAGE, group.orders))
    );
    expect(await during.note).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await during.read).toMatchObject({ ok: true });
    // Every order of the group has its audit entry: none left out by a cap.
    const audited = desk.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action LIKE 'reprocess:%'`).pluck().get();
    expect(audited).toBe(group.orders);
    desk.db.close();
  });

  it('stops after the page it is on when cancelled; the pages done stay done, the rest untouched', async () => {
    const desk = await bigHost(6);
    const ids = desk.db.prepare(`SELECT id FROM marketplace_orders WHERE integration_status = 'error'`).pluck().all() as number[];
    expect(ids.length).toBeGreaterThan(3 * BULK_PAGE);
    const before = attempts(desk);
    // The cancel must reach the worker while it is on its first page, on any machine: another
    // connection's write lock keeps that page from committing until the cancel has been sent.
    const lock = holdWriteLock(desk.db.name);
    let bulk: Promise<BulkReprocessSummary>;
    try {
      bulk = value<BulkReprocessSummary>(desk.api.dispatch('reprocess/bulk', { orderIds: ids }));
      await until(() => readOwner(desk.db.name)?.job === 'reprocess');
      expect(await desk.api.dispatch('reprocess/cancel', {})).toEqual({ ok: true, value: { cancelled: true } });
    } finally {
      lock.release();
    }
    const summary = await bulk;
    expect(summary.cancelled).toBe(true);
    expect(summary.total).toBe(ids.length);
    // Heard between pages: after the first page, or the second when the cancel was queued before the
    // worker's first turn of its event loop (one turn between pages does not always deliver it).
    expect(summary.done % BULK_PAGE).toBe(0);
    expect(summary.done).toBeGreaterThanOrEqual(BULK_PAGE);
    expect(summary.done).toBeLessThanOrEqual(2 * BULK_PAGE);
    const audited = desk.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action LIKE 'reprocess:%'`).pluck().get();
    expect(audited).toBe(summary.done);
    // On a copy a would-integrate order keeps its attempts; a still-failing one gains one: never more than the pages done.
    expect(attempts(desk) - before).toBeLessThanOrEqual(summary.done);
    expect(await desk.api.dispatch('reprocess/cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    // The mirror is free again.
    expect(await desk.api.dispatch('orders/add-note', { id: ids[0], text: 'after' })).toMatchObject({ ok: true });
    desk.db.close();
  });

  it('answers an empty group as not found, from the worker', async () => {
    const desk = await demoHost();
    const answer = await desk.api.dispatch('reprocess/bulk', { cause: 'sku_inactive', key: 'sku:no-such' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    desk.db.close();
  });
});
