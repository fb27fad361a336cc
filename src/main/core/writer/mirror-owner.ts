import { closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { openPrivateForWriting } from '../private-files';
import type { JobKind } from './access';

/** Which process holds a mirror file for a long job: the desk, the browser bridge or a CLI command. */
export interface MirrorOwner {
  pid: number;
  /** 'desk', 'web' or 'cli'. */
  process: string;
  job: JobKind;
  since: string;
}

/**
 * SQLite's lock says that a mirror is held, not by whom. While a process runs a long job on a mirror
 * file it writes `<mirror>.owner` (0600) naming itself, so another process can say who it waits for
 * — or refuse a short write at once instead of after SQLite's busy timeout — and a crashed owner
 * (a pid no longer running) is told apart from a live one.
 */
export function ownerFileOf(dbPath: string): string {
  return `${dbPath}.owner`;
}

export function claimMirror(dbPath: string, owner: Omit<MirrorOwner, 'pid' | 'since'>, now: Date): () => void {
  const file = ownerFileOf(dbPath);
  const fd = openPrivateForWriting(file);
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, ...owner, since: now.toISOString() } satisfies MirrorOwner));
  } finally {
    closeSync(fd);
  }
  return () => {
    // Only our own claim is removed: another process may have claimed the file after we ended.
    if (readOwner(dbPath)?.pid === process.pid) rmSync(file, { force: true });
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live owner of a mirror file, if any; an owner file left by a process that died is ignored. */
export function readOwner(dbPath: string): MirrorOwner | null {
  let owner: MirrorOwner;
  try {
    owner = JSON.parse(readFileSync(ownerFileOf(dbPath), 'utf8')) as MirrorOwner;
  } catch {
    return null;
  }
  return Number.isInteger(owner.pid) && isRunning(owner.pid) ? owner : null;
}

/** The live owner of a mirror file when it is another process than this one. */
export function otherOwner(dbPath: string): MirrorOwner | null {
  const owner = readOwner(dbPath);
  return owner && owner.pid !== process.pid ? owner : null;
}

export function describeOwner(owner: MirrorOwner): string {
  return `${owner.process} ${owner.job} (pid ${owner.pid}, since ${owner.since})`;
}
