import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDemo } from '../../../src/main/core/services/app-service';
import type { DeskApi } from '../../../src/shared/api';
import { deskOverCore } from '../../support/desk-over-core';

/*
 * The desk's start (startup.ts, issue 9): the preferences and the open queue's first page are asked
 * at once, before anything else, and a saved filter other than the open queue reloads under it.
 */
const { desk, deps } = deskOverCore(join(__dirname, '../../../resources/demo/snapshot'));
const asked: string[] = [];
const recording: DeskApi = {
  invoke: (name, args) => (asked.push(name), desk.invoke(name, args)),
  on: (event, listener) => desk.on(event, listener)
};
// The preferences store paints the first frame from localStorage; a fresh browser's is empty.
const stored = new Map<string, string>();
const localStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (key) => stored.get(key) ?? null,
  setItem: (key, value) => void stored.set(key, value),
  removeItem: (key) => void stored.delete(key)
};
(globalThis as unknown as { window: unknown }).window = {
  desk: recording,
  localStorage,
  location: { href: 'http://127.0.0.1/' }
};

/** A fresh renderer: new store modules, and the start they run on import. */
async function start() {
  vi.resetModules();
  asked.length = 0;
  const { useQueueStore } = await import('../../../src/renderer/src/stores/queue-store');
  const { firstQueuePage } = await import('../../../src/renderer/src/startup');
  await firstQueuePage;
  return useQueueStore.getState();
}

beforeAll(async () => {
  await loadDemo(deps);
});

beforeEach(async () => {
  await desk.invoke('preferences/set', { lastFilter: { states: ['open'] } });
});

describe('the desk’s start', () => {
  it('asks the preferences, then the open queue’s first page, once, before anything else', async () => {
    const queue = await start();
    expect(asked.slice(0, 2)).toEqual(['preferences/get', 'queue/list']);
    expect(asked.filter((name) => name === 'queue/list')).toHaveLength(1);
    expect(queue.loading).toBe(false);
    expect(queue.total).toBeGreaterThan(0);
    expect(queue.rows.size).toBeGreaterThan(0);
  });

  it('reloads under a saved filter that narrows the list, and shows its rows', async () => {
    await desk.invoke('preferences/set', { lastFilter: { states: ['open'], errorTypes: ['sla_unavailable'] } });
    const queue = await start();
    expect(queue.filter.errorTypes).toEqual(['sla_unavailable']);
    expect(queue.total).toBeGreaterThan(0);
    expect([...queue.rows.values()].every((row) => row.errorType === 'sla_unavailable')).toBe(true);
  });

  it('asks for no page while the list is still uncounted (the table mounts before the first answer)', async () => {
    vi.resetModules();
    const { useQueueStore } = await import('../../../src/renderer/src/stores/queue-store');
    asked.length = 0;
    await useQueueStore.getState().ensureRange(0, 25);
    expect(asked).toEqual([]);
  });
});
