import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'desk-upload-';

/** A private folder (mkdtemp makes it 0700) for one upload, named after this process so another can tell it is alive. */
export function makeUploadFolder(): string {
  return mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

export function removeUploadFolder(uploads: Set<string>, folder: string): void {
  uploads.delete(folder);
  rmSync(folder, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds the pid; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the upload folders bridges that are gone left behind (ended while an agent uploaded, or
 * before the import ran). A folder whose bridge still runs (another `web`, a test beside this one) is left.
 */
export function removeStaleUploads(root = tmpdir()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    const pid = Number(/^desk-upload-(\d+)-/.exec(name)?.[1]);
    if (!name.startsWith(PREFIX) || (pid && alive(pid))) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Once `import/snapshot` has read an upload folder, it is removed, whether the import committed or
 * failed: the mirror holds what it took, and a failed import is uploaded again. A refusal as `busy`
 * keeps it, since the same folder can be imported when the running job ends.
 */
export function releaseAfterImport(
  uploads: Set<string>,
  name: unknown,
  args: unknown,
  result: { ok: boolean; error?: { code: string } }
): void {
  if (name !== 'import/snapshot' || typeof args !== 'object' || args === null) return;
  const dir = (args as { dir?: unknown }).dir;
  if (typeof dir !== 'string' || !uploads.has(dir.trim())) return;
  if (!result.ok && result.error?.code === 'busy') return;
  removeUploadFolder(uploads, dir.trim());
}
