import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SNAPSHOT_KINDS, type KindCounts } from '../../../shared/domain/snapshot';
import type { AccountsDeps } from '../../core/accounts/accounts-deps';
import type { Host } from '../../core/host';
import { defaultMirrorPath, userDataDir } from '../../core/paths';
import { ensurePrivateDir } from '../../core/private-files';
import { DEMO_SNAPSHOT_DIR } from '../paths';
import type { CliIo } from '../io';
import { loadModule } from '../lazy-module';
import { CommandError } from '../io';

/** Opens the mirror a command works on: --db, else the desktop app's default file. */
export async function openCliHost(
  io: CliIo,
  dbFlag: string | undefined,
  transport: 'desktop' | 'browser' = 'desktop',
  seedDemoWhenNew = false,
  accounts?: AccountsDeps
): Promise<Host> {
  const dbPath = dbFlag ? resolve(dbFlag) : defaultMirrorPath(io.env);
  if (!dbFlag) ensurePrivateDir(userDataDir(io.env));
  // Loaded here, not at the top: the host pulls in the whole core, and `stats --help` must not wait for it.
  const { startHost } = await loadModule(
    () => import('../../core/host'),
    () => require('../../core/host')
  );
  return startHost({
    dbPath,
    transport,
    appVersion: cliVersion(),
    demoSnapshotDir: DEMO_SNAPSHOT_DIR,
    seedDemoWhenNew,
    accounts
  });
}

/**
 * Opens the mirror for a command that only reads it (stats, diagnose, simulate, precheck): a missing
 * file is an error naming it, never a new empty mirror created where the agent mistyped a path.
 */
export async function openExistingMirror(io: CliIo, command: string, dbFlag: string | undefined): Promise<Host> {
  const dbPath = dbFlag ? resolve(dbFlag) : defaultMirrorPath(io.env);
  if (!existsSync(dbPath)) {
    throw new CommandError(
      dbFlag
        ? `${command}: no mirror at ${dbPath} (the file does not exist). Import a snapshot into it first: integration-desk import DIR --db ${dbFlag}`
        : `${command}: no mirror yet at ${dbPath}. Import a snapshot first (integration-desk import DIR), or open the desk once to start on the demo store.`
    );
  }
  return openCliHost(io, dbFlag);
}

/**
 * A host over an empty in-memory mirror, for a command that reads no store (classify): it still
 * goes through createApi, so its arguments are validated as every transport's are.
 */
export async function openMemoryHost(): Promise<Host> {
  const { startHost } = await loadModule(
    () => import('../../core/host'),
    () => require('../../core/host')
  );
  return startHost({
    dbPath: ':memory:',
    transport: 'desktop',
    appVersion: cliVersion(),
    demoSnapshotDir: DEMO_SNAPSHOT_DIR,
    seedDemoWhenNew: false
  });
}

export function cliVersion(): string {
  return (require('../../../../package.json') as { version: string }).version;
}

export function requireDir(command: string, dir: string | undefined): string {
  if (!dir) throw new CommandError(`${command}: name the snapshot folder, e.g. \`integration-desk ${command} ./snapshot\``);
  const full = resolve(dir);
  if (!existsSync(full)) throw new CommandError(`${command}: no such folder: ${full}`);
  return full;
}

/** Counts as a plain table, one kind a line, in the snapshot format's order. */
export function formatCounts(counts: Partial<KindCounts>): string {
  const width = Math.max(...SNAPSHOT_KINDS.map((kind) => kind.length));
  return SNAPSHOT_KINDS.filter((kind) => counts[kind] !== undefined)
    .map((kind) => `${kind.padEnd(width)}  ${String(counts[kind]).padStart(9)}`)
    .join('\n');
}
