import { describe, expect, it } from 'vitest';
import type { BulkReprocessSummary } from '../../../src/shared/api/bulk-reprocess';
import type { GroupPrecheck, GroupPrecheckProgress } from '../../../src/shared/api/groups';
import type { Host } from '../../../src/main/core/host';
import { bigSnapshot, demoHost, value } from './big-snapshot';

/** A host on a mirror file holding the demo store `copies` times over, every failed order's first cause put in one group. */
async function hostWithBigGroup(copies: number): Promise<{ desk: Host; cause: string; key: string; orders: number }> {
  const desk = await demoHost();
  await value(desk.api.dispatch('import/snapshot', { dir: bigSnapshot(copies).dir }));
  desk.db.prepare(`UPDATE diagnosis_causes SET code = 'sku_inactive', group_key = 'sku:big' WHERE position = 0`).run();
  const orders = desk.db.prepare(`SELECT COUNT(*) FROM diagnosis_causes WHERE group_key = 'sku:big'`).pluck().get() as number;
  return { desk, cause: 'sku_inactive', key: 'sku:big', orders };
}

describe('a group pre-check as a worker job (groups/precheck)', { timeout: 240_000 }, () => {
  it('walks a group of more than a thousand orders off the host thread: reads answer while it runs, with progress over the group', async () => {
    const { desk, cause, key, orders } = await hostWithBigGroup(16);
    expect(orders).toBeGreaterThan(1_000);
    const progress: GroupPrecheckProgress[] = [];
    // The order of the read's answer and the walk's last progress, not their clock times: a fast walk
    // can end within the millisecond of the answer, and reports its progress only every 200 ms.
    const during: { read?: Promise<unknown>; answeredBeforeWalked?: boolean; walked?: boolean } = {};
    desk.events.subscribe({
      emit(event, payload) {
        if (event !== 'groups/precheck-progress') return;
        progress.push(payload as GroupPrecheckProgress);
        if ((payload as GroupPrecheckProgress).done === orders) during.walked = true;
        // Asked at the walk's first report, sent before its first order: answered while it is still walking.
        during.read ??= desk.api.dispatch('queue/list', {}).then((answer) => {
          during.answeredBeforeWalked = !during.walked;
          return answer;
        });
      }
    });
    const precheck = await value<GroupPrecheck>(desk.api.dispatch('groups/precheck', { cause, key }));

    expect(precheck.total).toBe(orders);
    expect(precheck.wouldSucceed + precheck.wouldFail + precheck.duplicates).toBeLessThanOrEqual(orders);
    expect(precheck.snapshot).toMatch(/^[0-9a-f-]{36}$/);
    expect(progress.every((p) => p.cause === cause && p.key === key && p.total === orders)).toBe(true);
    expect(progress.at(-1)?.done).toBe(orders);
    expect(await during.read).toMatchObject({ ok: true });
    // On the host's thread the read would wait for the whole walk: its answer would come after the last order.
    expect(during.answeredBeforeWalked).toBe(true);
    desk.db.close();
  });

  it('keeps the group as walked: after its orders leave the group, the re-check and the bulk reprocess name the snapshot and reach every one', async () => {
    const { desk, cause, key, orders } = await hostWithBigGroup(2);
    const first = await value<GroupPrecheck>(desk.api.dispatch('groups/precheck', { cause, key }));
    // What a fix does to the group: its orders are re-diagnosed out of it.
    desk.db.prepare(`UPDATE diagnosis_causes SET group_key = 'sku:fixed' WHERE group_key = 'sku:big'`).run();
    expect(await desk.api.dispatch('reprocess/bulk', { cause, key })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const again = await value<GroupPrecheck>(desk.api.dispatch('groups/precheck', { cause, key, snapshot: first.snapshot }));
    expect(again).toMatchObject({ snapshot: first.snapshot, total: orders });
    const bulk = await value<BulkReprocessSummary>(desk.api.dispatch('reprocess/bulk', { groupSnapshot: first.snapshot }));
    expect(bulk).toMatchObject({ total: orders, done: orders, cancelled: false });
    const audited = desk.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action LIKE 'reprocess:%'`).pluck().get();
    expect(audited).toBe(orders);
    desk.db.close();
  });

  it('stops a walk when cancelled, and refuses a snapshot it never kept', async () => {
    const { desk, cause, key } = await hostWithBigGroup(6);
    const cancel: { reply?: Promise<unknown> } = {};
    desk.events.subscribe({
      emit(event, payload) {
        if (event === 'groups/precheck-progress' && (payload as GroupPrecheckProgress).done > 0)
          cancel.reply ??= desk.api.dispatch('groups/precheck-cancel', {});
      }
    });
    const stopped = await desk.api.dispatch('groups/precheck', { cause, key });
    expect(stopped).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await cancel.reply).toEqual({ ok: true, value: { cancelled: true } });
    expect(await desk.api.dispatch('groups/precheck-cancel', {})).toEqual({ ok: true, value: { cancelled: false } });

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await desk.api.dispatch('groups/precheck', { cause, key, snapshot: unknown })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    });
    expect(await desk.api.dispatch('reprocess/bulk', { groupSnapshot: unknown })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    });
    desk.db.close();
  });

  it('a newer pre-check stops the older one', async () => {
    const { desk, cause, key, orders } = await hostWithBigGroup(4);
    const older = desk.api.dispatch('groups/precheck', { cause, key });
    const newer = desk.api.dispatch('groups/precheck', { cause, key });
    expect(await older).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await newer).toMatchObject({ ok: true, value: { total: orders } });
    desk.db.close();
  });
});
