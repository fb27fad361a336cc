import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../src/shared/api/app';
import { readOwner } from '../../../src/main/core/writer/mirror-owner';
import { holdWriteLock } from '../../support/write-lock';
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
  return { pid: child.pid!, exit, stderr: () => stderr };
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
    // The CLI import must still hold the mirror when the desk writes, on any machine: a third
    // connection's write lock keeps its worker waiting at its first write until the desk has tried.
    const lock = holdWriteLock(file);
    try {
      const { dir, orders } = bigSnapshot(2);
      const importing = cliImport(dir, file);
      await until(() => readOwner(file)?.pid === importing.pid, 'the CLI to claim the mirror');

      const started = Date.now();
      const note = await desk.api.dispatch('orders/add-note', { id: 1, text: 'during the CLI import' });
      // Refused at once, not after SQLite's 5 s busy timeout (the bound leaves room for a loaded machine).
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(note.ok).toBe(false);
      expect(!note.ok && note.error.code).toBe('busy');
      expect(!note.ok && note.error.message).toContain(`cli import (pid ${importing.pid}`);
      expect((await desk.api.dispatch('queue/list', { limit: 5 })).ok).toBe(true);
      lock.release();

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
      lock.release();
      desk.db.close();
    }
  });

  it('makes a CLI import wait for the desk’s import, saying which process holds the mirror, then succeed', async () => {
    const file = mirrorFile();
    const desk = await demoHost(file);
    // The desk's import must still hold the mirror when the CLI starts (a process start takes longer
    // than a small import on a fast machine): a third connection's write lock keeps it at its first write.
    const lock = holdWriteLock(file);
    try {
      const deskImport = desk.api.dispatch('import/snapshot', { dir: bigSnapshot(2).dir });
      await until(() => readOwner(file)?.pid === process.pid, 'the desk to claim the mirror');
      const { dir, orders } = bigSnapshot(3);
      const importing = cliImport(dir, file);
      await until(() => importing.stderr().includes('Waiting for the mirror'), 'the CLI to say whom it waits for');
      lock.release();
      const cli = await importing.exit;
      expect((await deskImport).ok).toBe(true);
      expect(cli.stderr).toContain(`Waiting for the mirror, held by desk import (pid ${process.pid}`);
      expect(cli.code).toBe(0);
      // Both imports commit, one after the other (whichever takes the lock first): upserts keep every order of both.
      const info = await value<AppInfo>(desk.api.dispatch('app/info', {}));
      expect(info.counts.orders).toBeGreaterThanOrEqual(orders);
      expect(info.diagnosisPending).toBe(false);
    } finally {
      lock.release();
      desk.db.close();
    }
  });
});
