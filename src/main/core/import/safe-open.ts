import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { ImportError } from './import-error';

/**
 * Opens a snapshot file for reading only if it is a regular file inside the snapshot: a symbolic
 * link (which could point at /etc/passwd, whose first line a parse error would then echo) and a
 * FIFO or device (which would block forever) are refused. The listing already refused them with
 * lstat; O_NOFOLLOW and the fstat check close the gap if the folder changes in between, and
 * O_NONBLOCK keeps a FIFO swapped in from blocking the open itself.
 */
export function openRegularFile(path: string, file: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP' || code === 'EMLINK') throw new ImportError({ file }, NOT_A_LINK);
    throw new ImportError({ file }, `cannot open the file (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new ImportError({ file }, NOT_REGULAR);
  }
  return fd;
}

export const NOT_A_LINK = 'is a symbolic link; a snapshot holds the files themselves (copy the file into the folder)';
export const NOT_REGULAR = 'is not a regular file (a pipe, device or socket); a snapshot holds plain files';
