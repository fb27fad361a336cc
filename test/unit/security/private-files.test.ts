import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { startHost } from '../../../src/main/core/host';
import { ensurePrivateDir, openPrivateForWriting } from '../../../src/main/core/private-files';
import { run } from '../../../src/main/cli/run';
import type { CliIo } from '../../../src/main/cli/io';

const SMALL_STORE = join(__dirname, '../../fixtures/snapshots/small-store');

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

function io(env: NodeJS.ProcessEnv): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, stdinLines: async function* () {}, env };
}

/**
 * The mirror holds customers' CPFs, phones and e-mails: every folder the app makes is 0700 and
 * every file 0600. The umask is opened wide (0) so a mode that depends on it shows here; modes are
 * observable as root too.
 */
describe('data at rest is private to the user', () => {
  let previousUmask: number;
  let scratch: string;
  beforeEach(() => {
    previousUmask = process.umask(0);
    scratch = mkdtempSync(join(tmpdir(), 'private-'));
  });
  afterEach(() => {
    process.umask(previousUmask);
  });

  it('creates the mirror and its -wal and -shm 0600', () => {
    const file = join(scratch, 'mirror.db');
    const db = openMirror(file);
    db.exec('CREATE TABLE scratch_rows (value TEXT)');
    db.prepare('INSERT INTO scratch_rows VALUES (?)').run('12345678909');
    expect(mode(file)).toBe(0o600);
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    db.close();
  });

  it('tightens a mirror and its -wal/-shm left readable by an older version', () => {
    const file = join(scratch, 'mirror.db');
    openMirror(file).close();
    const db = openMirror(file);
    db.exec('CREATE TABLE scratch_rows (value TEXT)');
    // The -wal and -shm exist while a connection is open (the last close removes them): keep one
    // open, widen all three, then open a second connection.
    for (const path of [file, `${file}-wal`, `${file}-shm`]) chmodSync(path, 0o644);
    const again = openMirror(file);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(mode(path), path).toBe(0o600);
    again.close();
    db.close();
  });

  it('creates a missing data folder 0700 and tightens an existing 0755 one', () => {
    const fresh = join(scratch, 'a', 'Integration Desk');
    ensurePrivateDir(fresh);
    expect(mode(fresh)).toBe(0o700);
    expect(mode(join(scratch, 'a'))).toBe(0o700);

    const wide = join(scratch, 'wide');
    mkdirSync(wide, { mode: 0o755 });
    expect(mode(wide)).toBe(0o755);
    ensurePrivateDir(wide);
    expect(mode(wide)).toBe(0o700);
  });

  it('makes the folder it creates for a mirror 0700 (the host), leaving an existing one alone', async () => {
    const host = await startHost({
      dbPath: join(scratch, 'new-folder', 'mirror.db'),
      transport: 'desktop',
      appVersion: '0',
      demoSnapshotDir: SMALL_STORE,
      seedDemoWhenNew: false
    });
    host.db.close();
    expect(mode(join(scratch, 'new-folder'))).toBe(0o700);
    expect(mode(join(scratch, 'new-folder', 'mirror.db'))).toBe(0o600);

    const shared = join(scratch, 'shared');
    mkdirSync(shared, { mode: 0o755 });
    const other = await startHost({
      dbPath: join(shared, 'mirror.db'),
      transport: 'desktop',
      appVersion: '0',
      demoSnapshotDir: SMALL_STORE,
      seedDemoWhenNew: false
    });
    other.db.close();
    expect(mode(shared)).toBe(0o755);
    expect(mode(join(shared, 'mirror.db'))).toBe(0o600);
  });

  it('the CLI on the default mirror tightens the data folder and writes the mirror 0600', async () => {
    const dataDir = join(scratch, 'Integration Desk');
    mkdirSync(dataDir, { mode: 0o755 });
    expect(await run(['import', SMALL_STORE, '--json'], io({ INTEGRATION_DESK_DATA_DIR: dataDir }))).toBe(0);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'mirror.db'))).toBe(0o600);
  });

  it('the CLI review writes its report 0600, also over an existing readable file', async () => {
    const out = join(scratch, 'review.json');
    writeFileSync(out, 'old', { mode: 0o644 });
    const env = { INTEGRATION_DESK_DATA_DIR: join(scratch, 'unused') };
    expect(await run(['review', SMALL_STORE, '--out', out], io(env))).toBe(0);
    expect(mode(out)).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toBeTypeOf('object');
  });

  it('leaves a path that is not a regular file as it is', () => {
    const fd = openPrivateForWriting('/dev/null');
    closeSync(fd);
    expect(mode('/dev/null')).toBe(0o666);
  });
});
