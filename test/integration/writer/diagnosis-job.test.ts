import { afterEach, describe, expect, it } from 'vitest';
import type { QueuePage } from '../../../src/shared/api/queue';
import type { DiagnosisProgress } from '../../../src/shared/api/simulation';
import { openMirror } from '../../../src/main/core/db/connection';
import { startHost, type Host } from '../../../src/main/core/host';
import { importSnapshot } from '../../../src/main/core/import';
import { bigSnapshot, DEMO, mirrorFile, value } from './big-snapshot';

const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.db.close();
});

/** A host over a mirror file holding `copies` copies of the demo's orders, never diagnosed. */
async function undiagnosedHost(copies: number): Promise<Host> {
  const file = mirrorFile();
  const db = openMirror(file);
  await importSnapshot(db, bigSnapshot(copies).dir);
  db.close();
  const host = await startHost({
    dbPath: file,
    transport: 'desktop',
    appVersion: 'test',
    demoSnapshotDir: DEMO,
    seedDemoWhenNew: false
  });
  hosts.push(host);
  return host;
}

function recordProgress(host: Host): { seen: DiagnosisProgress[]; first: Promise<void> } {
  const seen: DiagnosisProgress[] = [];
  const first = new Promise<void>((resolve) =>
    host.events.subscribe({
      emit(event, payload) {
        if (event !== 'diagnosis/progress') return;
        seen.push(payload as DiagnosisProgress);
        resolve();
      }
    })
  );
  return { seen, first };
}

const count = (host: Host, sql: string) => host.db.prepare(sql).pluck().get() as number;

describe('a whole diagnosis/run of a mirror file (a job on a worker thread)', { timeout: 240_000 }, () => {
  it('leaves the host answering reads while it runs, refuses writes as busy, and reports its progress', async () => {
    const host = await undiagnosedHost(150);
    const failed = count(host, `SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`);
    expect(failed).toBeGreaterThan(4 * 2_000); // several pages, so the run is caught in the middle
    const progress = recordProgress(host);

    let settled = false;
    const running = host.api.dispatch('diagnosis/run', {});
    void running.finally(() => (settled = true));
    await progress.first;
    const seenBeforeRead = progress.seen.length;
    const page = await value<QueuePage>(host.api.dispatch('queue/list', { limit: 5 }));
    const note = await host.api.dispatch('orders/add-note', { id: 1, text: 'called the customer' });
    // The read was answered, and the write refused, while the run was still under way on its worker.
    expect(settled).toBe(false);
    expect(page.total).toBeGreaterThan(0);
    expect(note.ok).toBe(false);
    expect(!note.ok && note.error.code).toBe('busy');
    expect(!note.ok && note.error.message).toBe('The mirror is being diagnosed — try again when it ends.');
    // Reads see only committed data: none of the run's diagnoses yet.
    expect(count(host, 'SELECT COUNT(*) FROM diagnoses')).toBe(0);

    const ran = await value<{ diagnosed: number; asOf: string }>(running);
    expect(ran.diagnosed).toBe(failed);
    expect(progress.seen.length).toBeGreaterThan(seenBeforeRead);
    expect(progress.seen.at(-1)).toEqual({ diagnosed: failed, total: failed });
    expect(count(host, 'SELECT COUNT(*) FROM diagnoses')).toBe(failed);
    // The mirror is free again.
    expect((await host.api.dispatch('orders/add-note', { id: 1, text: 'called the customer' })).ok).toBe(true);
  });

  it('runs order ids on the host thread, without a worker, as before', async () => {
    const host = await undiagnosedHost(1);
    const id = count(host, `SELECT MIN(id) FROM marketplace_orders WHERE integration_status = 'error'`);
    const progress = recordProgress(host);
    const ran = await value<{ diagnosed: number }>(host.api.dispatch('diagnosis/run', { orderIds: [id] }));
    expect(ran.diagnosed).toBe(1);
    expect(progress.seen).toEqual([]);
    expect(count(host, 'SELECT COUNT(*) FROM diagnoses')).toBe(1);
  });
});
