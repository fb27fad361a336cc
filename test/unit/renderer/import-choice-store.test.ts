import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/main/core/services/app-service';
import { deskOverCore } from '../../support/desk-over-core';

/** The import store's choice (issue 11) against the real core over an in-memory demo mirror. */
const DEMO = join(__dirname, '../../../resources/demo/snapshot');
const { desk, deps } = deskOverCore(DEMO);
(globalThis as unknown as { window: unknown }).window = { desk, location: { href: 'http://127.0.0.1/' } };
const { useImportStore } = await import('../../../src/renderer/src/stores/import-store');

beforeAll(async () => {
  await loadDemo(deps);
});

describe('import store: merge or new mirror', () => {
  it('imports at once into a mirror with nothing of the agent’s', async () => {
    useImportStore.getState().setDir(DEMO);
    expect(await useImportStore.getState().start()).toBe(true);
    expect(useImportStore.getState()).toMatchObject({ asking: null, newMirror: false, report: { dir: DEMO } });
  });

  it('asks first when the mirror holds a note, and cancelling imports nothing', async () => {
    const note = (await desk.invoke('orders/add-note', { id: 1, text: 'called the buyer' })) as { ok: boolean };
    expect(note.ok).toBe(true);
    expect(await useImportStore.getState().start()).toBe(false);
    expect(useImportStore.getState().asking).toMatchObject({ hasLocalChanges: true, local: { notes: 1 } });
    expect(useImportStore.getState().report).toBeNull();
    expect(await useImportStore.getState().choose(null)).toBe(false);
    expect(useImportStore.getState()).toMatchObject({ asking: null, running: false, report: null });
  });

  it('opens the snapshot as a new mirror when chosen, leaving the note behind', async () => {
    const before = deps.db;
    expect(await useImportStore.getState().start()).toBe(false);
    expect(await useImportStore.getState().choose('new-mirror')).toBe(true);
    expect(useImportStore.getState().newMirror).toBe(true);
    expect(deps.db).not.toBe(before);
    expect(deps.db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'note'`).pluck().get()).toBe(0);
  });
});
