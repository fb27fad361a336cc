import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../src/shared/api/app';
import { readOwner } from '../../../src/main/core/writer/mirror-owner';
import { bigSnapshot, demoHost, mirrorFile, value } from './big-snapshot';

const BIN = join(__dirname, '../../../bin/integration-desk.cjs');

/** `integration-desk import DIR --db FILE` in its own process, as an agent runs it beside the open desk. */
function cliImport(dir: string, file: string) {
  const child = spawn(process.execPath, [BIN, 'import', dir, '--db', file], {
    env: { ...process.env, INTEGRATION_DESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'cli-data-')) },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  );
  return { pid: child.pid!, exit };
}

async function until(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// Imports on worker threads take seconds each on a loaded machine: well past the default 60 s per test.
describe('the desk and a CLI import on one mirror file', { timeout: 240_000 }, () => {
  it('refuses a desk write as busy naming the CLI import, keeps reads answering, and the CLI import succeeds', async () => {
    const file = mirrorFile();
    const desk = await demoHost(file);
    try {
      const { dir, orders } = bigSnapshot(30);
      const importing = cliImport(dir, file);
      await until(() => readOwner(file)?.pid === importing.pid, 'the CLI to claim the mirror');

      const started = Date.now();
      const note = await desk.api.dispatch('orders/add-note', { id: 1, text: 'during the CLI import' });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(note.ok).toBe(false);
      expect(!note.ok && note.error.code).toBe('busy');
      expect(!note.ok && note.error.message).toContain(`cli import (pid ${importing.pid}`);
      expect((await desk.api.dispatch('queue/list', { limit: 5 })).ok).toBe(true);

      const cli = await importing.exit;
      expect(cli.stderr).not.toContain('locked');
      expect(cli.code).toBe(0);
      expect(cli.stdout).toContain('Imported');
      const info = await value<AppInfo>(desk.api.dispatch('app/info', {}));
      expect(info.counts.orders).toBe(orders);
      expect(info.diagnosisPending).toBe(false);
      expect(readOwner(file)).toBeNull();
      expect((await desk.api.dispatch('orders/add-note', { id: 1, text: 'after the CLI import' })).ok).toBe(true);
    } finally {
      desk.db.close();
    }
  });

  it('makes a CLI import wait for the desk’s import, saying which process holds the mirror, then succeed', async () => {
    const file = mirrorFile();
    const desk = await demoHost(file);
    try {
      const deskImport = desk.api.dispatch('import/snapshot', { dir: bigSnapshot(30).dir });
      await until(() => readOwner(file)?.pid === process.pid, 'the desk to claim the mirror');
      const { dir, orders } = bigSnapshot(2);
      const cli = await cliImport(dir, file).exit;
      expect((await deskImport).ok).toBe(true);
      expect(cli.stderr).toContain(`Waiting for the mirror, held by desk import (pid ${process.pid}`);
      expect(cli.code).toBe(0);
      // The CLI's import came second, on top of the desk's: upserts keep every order of both.
      const info = await value<AppInfo>(desk.api.dispatch('app/info', {}));
      expect(info.counts.orders).toBeGreaterThanOrEqual(orders);
      expect(info.diagnosisPending).toBe(false);
    } finally {
      desk.db.close();
    }
  });
});
