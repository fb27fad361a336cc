import { chmodSync, closeSync, fchmodSync, fstatSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * The mirror holds customers' names, CPFs, phones and e-mails in clear. Everything the app writes
 * is therefore readable by the user alone, whatever the process umask says: folders 0700, files
 * 0600, set explicitly after creation because a mode given to open/mkdir is only an upper bound.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) 0700, and takes group/other bits off it if it exists wider. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) !== 0) chmodSync(dir, mode & PRIVATE_DIR_MODE);
}

/** Creates `file` empty if it is missing; either way leaves it 0600. */
export function ensurePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Sets a file the app made (SQLite's -wal and -shm) to 0600; a file that is not there is fine. */
export function tightenIfPresent(file: string): void {
  try {
    chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Opens `file` for writing (truncating it) as a private file. A path that is not a regular file
 * (`/dev/stdout`, a pipe) keeps its mode: it is not the app's to change.
 */
export function openPrivateForWriting(file: string): number {
  const fd = openSync(file, 'w', PRIVATE_FILE_MODE);
  try {
    if (fstatSync(fd).isFile()) fchmodSync(fd, PRIVATE_FILE_MODE);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
