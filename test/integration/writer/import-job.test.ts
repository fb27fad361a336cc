import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import { openMirror } from '../../../src/main/core/db/connection';
import { createEventHub, systemClock } from '../../../src/main/core/ports';
import type { CoreDeps } from '../../../src/main/core/services/deps';
import { readOwner } from '../../../src/main/core/writer/mirror-owner';
import { holdWriteLock } from '../../support/write-lock';
import { bigSnapshot, DEMO, demoHost, mirrorFile } from './big-snapshot';

describe('the import job', { timeout: 240_000 }, () => {
  it('is cancelled on its worker thread at the next batch (import/cancel), and leaves the mirror as it was', async () => {
    const file = mirrorFile();
    const desk = await demoHost(file);
    const before = desk.db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get();
    // Another connection's write lock holds the import at its first write, so the cancel certainly
    // reaches a running job however fast the machine; released, the worker hears it at its next batch.
    const lock = holdWriteLock(file);
    const importing = desk.api.dispatch('import/snapshot', { dir: bigSnapshot(60).dir });
    let cancelled: unknown;
    try {
      await vi.waitFor(() => expect(readOwner(file)?.job).toBe('import'), { timeout: 60_000, interval: 20 });
      cancelled = await desk.api.dispatch('import/cancel', {});
    } finally {
      lock.release();
    }
    const imported = await importing;
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(imported).toMatchObject({ ok: false, error: { code: 'import-failed' } });
    expect(!imported.ok && imported.error.message).toContain('cancelled');
    expect(desk.db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get()).toBe(before);
    expect(await desk.api.dispatch('import/cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    desk.db.close();
  });

  it('runs on the owner thread for an in-memory mirror, still alone: a note meanwhile is refused as busy', async () => {
    const events = createEventHub();
    const deps: CoreDeps = {
      db: openMirror(':memory:'),
      dbPath: ':memory:',
      transport: 'desktop',
      appVersion: 'test',
      clock: systemClock,
      actor: 'tester',
      events,
      demoSnapshotDir: DEMO
    };
    const api = createApi(deps);
    const pending: { note?: Promise<unknown> } = {};
    events.subscribe({
      emit(event) {
        if (event === 'import/progress' && !pending.note)
          pending.note = api.dispatch('orders/add-note', { id: 1, text: 'during' });
      }
    });
    const imported = await api.dispatch('import/snapshot', { dir: bigSnapshot(30).dir });
    expect(imported.ok).toBe(true);
    expect(pending.note).toBeDefined();
    expect(await pending.note).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(deps.db.prepare(`SELECT value FROM mirror_meta WHERE key = 'diagnosis_pending'`).pluck().get()).toBeUndefined();
    deps.db.close();
  });
});
