import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost } from '../../../src/main/core/host';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');

async function start(dbPath: string) {
  return startHost({ dbPath, transport: 'desktop', appVersion: 'test', demoSnapshotDir: DEMO, seedDemoWhenNew: true });
}

async function info(host: Awaited<ReturnType<typeof start>>) {
  const result = await host.api.dispatch('app/info', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { account: string | null; counts: { orders: number; skus: number } };
}

describe('first start and reset', () => {
  it('opens a new mirror on the demo store, already diagnosed', async () => {
    const host = await start(join(mkdtempSync(join(tmpdir(), 'host-')), 'mirror.db'));
    const first = await info(host);
    expect(first.account).toBe('lojademo');
    expect(first.counts.orders).toBeGreaterThanOrEqual(150);
    expect(host.db.prepare('SELECT COUNT(*) FROM diagnoses').pluck().get()).toBeGreaterThanOrEqual(60);
    host.db.close();
  });

  it('keeps an empty mirror empty after a restart, and resets back to the demo on request', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'host-')), 'mirror.db');
    let host = await start(dbPath);
    const emptied = await host.api.dispatch('mirror/reset', { to: 'empty' });
    expect(emptied.ok && (emptied.value as { counts: { orders: number } }).counts.orders).toBe(0);
    host.db.close();

    host = await start(dbPath);
    expect((await info(host)).counts.orders).toBe(0);
    const demo = await host.api.dispatch('mirror/reset', { to: 'demo' });
    expect(demo.ok && (demo.value as { counts: { orders: number } }).counts.orders).toBeGreaterThanOrEqual(150);
    expect(host.db.prepare(`SELECT COUNT(*) FROM audit_log`).pluck().get()).toBe(0);
    host.db.close();
  });

  it('refuses bad arguments at the boundary with invalid-argument, and unknown methods', async () => {
    const host = await start(':memory:');
    expect(await host.api.dispatch('mirror/reset', { to: 'everything' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    });
    expect(await host.api.dispatch('orders/view', { id: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await host.api.dispatch('orders/view', { id: 1, extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    });
    expect(await host.api.dispatch('db/exec', { sql: 'DROP TABLE skus' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' }
    });
    expect(await host.api.dispatch('orders/view', { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    host.db.close();
  });
});
