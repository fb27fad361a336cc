import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/main/core/services/app-service';
import type { DeskApi } from '../../../src/shared/api';
import { deskOverCore } from '../../support/desk-over-core';

/*
 * Scrolling on (issue 9): the queue store asks a page after the row it shows before it (a cursor
 * the core seeks instead of walking the offset), and fills the same rows the offset gives.
 */
const { desk, deps } = deskOverCore(join(__dirname, '../../../resources/demo/snapshot'));
const listed: Array<Record<string, unknown>> = [];
const recording: DeskApi = {
  invoke: (name, args) => {
    if (name === 'queue/list') listed.push(args);
    return desk.invoke(name, args);
  },
  on: (event, listener) => desk.on(event, listener)
};
(globalThis as unknown as { window: unknown }).window = { desk: recording, location: { href: 'http://127.0.0.1/' } };

beforeAll(async () => {
  await loadDemo(deps);
});

describe('the queue store scrolling on', () => {
  it('asks the next page after the last row shown, and shows what the offset would', async () => {
    const { useQueueStore, QUEUE_PAGE } = await import('../../../src/renderer/src/stores/queue-store');
    const store = useQueueStore.getState();
    await store.setFilter({ states: [] });
    expect(useQueueStore.getState().total).toBeGreaterThan(QUEUE_PAGE);
    const lastShown = useQueueStore.getState().rows.get(QUEUE_PAGE - 1);
    listed.length = 0;
    await useQueueStore.getState().ensureRange(QUEUE_PAGE, QUEUE_PAGE + 1);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ offset: QUEUE_PAGE, after: lastShown?.id });
    const { filter, sort, rows } = useQueueStore.getState();
    const byOffset = await desk.invoke('queue/list', { filter, sort, offset: QUEUE_PAGE, limit: QUEUE_PAGE });
    expect(byOffset.ok && byOffset.value.rows.map((row) => row.id)).toEqual(
      Array.from({ length: byOffset.ok ? byOffset.value.rows.length : 0 }, (_, i) => rows.get(QUEUE_PAGE + i)?.id)
    );
  });
});
