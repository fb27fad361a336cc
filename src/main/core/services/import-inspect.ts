import { basename, dirname, extname, join } from 'node:path';
import type { ImportInspection } from '../../../shared/api/import';
import type { SnapshotKind } from '../../../shared/domain/snapshot';
import type { Db } from '../db/connection';
import { countLocalChanges } from '../db/repositories/local-changes-repository';
import { listSnapshotFiles } from '../import/snapshot-files';

// A planned change's object kind → the snapshot file that brings that object back from the store.
const KIND_FILES: Record<string, SnapshotKind> = { sku: 'skus', price: 'prices', inventory: 'inventory', dock: 'docks' };

/** What an import of `dir` would meet on this mirror (import/inspect). Reads the folder's names only, not its records. */
export function inspectImport(db: Db, dir: string): ImportInspection {
  const kinds = listSnapshotFiles(dir)
    .map((file) => file.kind)
    .filter((kind): kind is SnapshotKind => kind !== 'manifest');
  const counts = countLocalChanges(db);
  const planned = Object.values(counts.plannedByKind).reduce((sum, n) => sum + n, 0);
  const overwritten = Object.entries(counts.plannedByKind)
    .filter(([kind]) => KIND_FILES[kind] !== undefined && kinds.includes(KIND_FILES[kind]))
    .reduce((sum, [, n]) => sum + n, 0);
  const local = { plannedChanges: planned, notes: counts.notes, resolutions: counts.resolutions, localFixes: counts.localFixes };
  return { dir, kinds, local, overwrittenPlannedChanges: overwritten, hasLocalChanges: Object.values(local).some((n) => n > 0) };
}

/** A new mirror file beside `current`, named for the moment of the import so it never replaces one. */
export function newMirrorPath(current: string, now: Date): string {
  const ext = extname(current) || '.sqlite';
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return join(dirname(current), `${basename(current, extname(current))}-import-${stamp}${ext}`);
}
