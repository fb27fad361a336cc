import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueuePage } from '../../../src/shared/api/queue';
import { startHost, type Host } from '../../../src/main/core/host';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
const hosts: Host[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  hosts.splice(0).forEach((host) => host.db.open && host.db.close());
});

async function start(dbPath: string, options: { warmFirstQueuePage?: boolean; seedDemoWhenNew?: boolean } = {}) {
  const host = await startHost({
    dbPath,
    transport: 'desktop',
    appVersion: 'test',
    demoSnapshotDir: DEMO,
    seedDemoWhenNew: true,
    ...options
  });
  hosts.push(host);
  return host;
}

/** The SQL the host prepares from now on. */
function prepared(host: Host): () => string[] {
  const prepare = vi.spyOn(host.db, 'prepare');
  return () => prepare.mock.calls.map(([sql]) => sql);
}

describe('the desk start reads the first queue page ahead (issue 9)', () => {
  it("reads the open queue's first page and its facets before the window asks", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'host-')), 'mirror.db');
    (await start(dbPath)).db.close();
    // A second start of an existing mirror, as the desk's every morning.
    const host = await start(dbPath);
    const sql = prepared(host);
    await host.warmed;
    expect(sql().some((text) => /SELECT o\.id FROM marketplace_orders o WHERE .* ORDER BY/s.test(text))).toBe(true);
    expect(sql().some((text) => /FROM queue_counts/.test(text))).toBe(true);
    // The window's own first page is the one read ahead.
    const page = await host.api.dispatch('queue/list', {});
    expect(page.ok && (page.value as QueuePage).rows.length).toBeGreaterThan(0);
  });

  it('reads nothing ahead for a one-shot command, nor after the mirror was closed', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'host-')), 'mirror.db');
    (await start(dbPath)).db.close();
    const cli = await start(dbPath, { seedDemoWhenNew: false });
    const sql = prepared(cli);
    await cli.warmed;
    expect(sql().filter((text) => /marketplace_orders|queue_counts/.test(text))).toEqual([]);
    cli.db.close();

    const closed = await start(dbPath);
    closed.db.close();
    await expect(closed.warmed).resolves.toBeUndefined();
  });
});
