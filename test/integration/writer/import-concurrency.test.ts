import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../src/shared/api/app';
import type { QueuePage } from '../../../src/shared/api/queue';
import type { Host } from '../../../src/main/core/host';
import { bigSnapshot, demoHost, value } from './big-snapshot';

const hosts: Host[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.db.close();
});

async function openDemo(): Promise<Host> {
  const host = await demoHost();
  hosts.push(host);
  return host;
}

/** Resolves at the first `import/progress` event: the import is under way, its transaction open. */
function importUnderWay(host: Host): Promise<void> {
  return new Promise((resolve) => {
    const stop = host.events.subscribe({
      emit(event) {
        if (event !== 'import/progress') return;
        stop();
        resolve();
      }
    });
  });
}

const ordersIn = async (host: Host) => (await value<AppInfo>(host.api.dispatch('app/info', {}))).counts.orders;

// Imports on worker threads take seconds each on a loaded machine: well past the default 60 s per test.
describe('writes during an import of a mirror file (worker thread, own connection)', { timeout: 240_000 }, () => {
  it('never acknowledges a note or a fix that a failing import then rolls back: they are refused as busy', async () => {
    const host = await openDemo();
    const before = await ordersIn(host);
    const auditBefore = host.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const { dir } = bigSnapshot(60, { badLastLine: true });

    const importing = host.api.dispatch('import/snapshot', { dir });
    await importUnderWay(host);
    const note = await host.api.dispatch('orders/add-note', { id: 1, text: 'called the customer' });
    const fix = await host.api.dispatch('fixes/apply', {
      fix: { kind: 'update_inventory', skuId: '10000', warehouseId: 'cd-sao-paulo', totalQuantity: 500 }
    });
    const reset = await host.api.dispatch('mirror/reset', { to: 'empty' });
    const imported = await importing;

    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.error.code).toBe('import-failed');
    for (const refused of [note, fix, reset]) {
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.error.code).toBe('busy');
    }
    expect(!note.ok && note.error.message).toBe('An import is running — try again when it ends.');
    // Nothing was acknowledged, so nothing acknowledged was lost; the mirror is as it was before.
    expect(await ordersIn(host)).toBe(before);
    expect(host.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(auditBefore);
    // The mirror is free again: the same note is now saved.
    const saved = await host.api.dispatch('orders/add-note', { id: 1, text: 'called the customer' });
    expect(saved.ok).toBe(true);
  });

  it('lets reads run during the import and shows them only committed data: the queue before, then after', async () => {
    const host = await openDemo();
    const total = async () => (await value<QueuePage>(host.api.dispatch('queue/list', { limit: 1 }))).total;
    const before = await total();
    const { dir, orders } = bigSnapshot(60);

    const importing = host.api.dispatch('import/snapshot', { dir });
    await importUnderWay(host);
    const seen: number[] = [];
    let settled = false;
    void importing.finally(() => (settled = true));
    while (!settled) {
      seen.push(await total());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const imported = await importing;
    expect(imported.ok).toBe(true);
    const after = await total();
    expect(await ordersIn(host)).toBe(orders);
    expect(after).toBeGreaterThan(before);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((count) => count === before || count === after)).toBe(true);
    // The import's diagnosis ran on the worker and committed; the mirror says nothing is pending.
    expect((await value<AppInfo>(host.api.dispatch('app/info', {}))).diagnosisPending).toBe(false);
    expect(host.db.prepare('SELECT COUNT(*) FROM diagnoses').pluck().get()).toBeGreaterThan(0);
    // The search index caught up on the writer's side: a search finds an order of the import.
    const found = await value<QueuePage>(host.api.dispatch('queue/list', { filter: { search: '-59' }, limit: 5 }));
    expect(found.total).toBeGreaterThan(0);
  });
});
