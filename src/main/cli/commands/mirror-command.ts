import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SNAPSHOT_KINDS, type KindCounts } from '../../../shared/domain/snapshot';
import { startHost, type Host } from '../../core/host';
import { defaultMirrorPath, userDataDir } from '../../core/paths';
import { ensurePrivateDir } from '../../core/private-files';
import { DEMO_SNAPSHOT_DIR } from '../paths';
import type { CliIo } from '../io';
import { CommandError } from '../io';

/** Opens the mirror a command works on: --db, else the desktop app's default file. */
export async function openCliHost(
  io: CliIo,
  dbFlag: string | undefined,
  transport: 'desktop' | 'browser' = 'desktop',
  seedDemoWhenNew = false
): Promise<Host> {
  const dbPath = dbFlag ? resolve(dbFlag) : defaultMirrorPath(io.env);
  if (!dbFlag) ensurePrivateDir(userDataDir(io.env));
  return startHost({ dbPath, transport, appVersion: cliVersion(), demoSnapshotDir: DEMO_SNAPSHOT_DIR, seedDemoWhenNew });
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
