import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SnapshotKind } from '../../../shared/domain/snapshot';
import { ImportError } from './import-error';
import { NOT_A_LINK, NOT_REGULAR } from './safe-open';

export type FileFormat = 'json' | 'ndjson' | 'object' | 'csv' | 'xlsx';

export interface SnapshotFile {
  file: string;
  path: string;
  kind: SnapshotKind | 'manifest';
  format: FileFormat;
  size: number;
}

/** Record kinds in the order they import: store data first, then orders, then Admin exports. */
export const IMPORT_ORDER: readonly SnapshotKind[] = [
  'affiliates',
  'sales-channels',
  'skus',
  'prices',
  'inventory',
  'docks',
  'warehouses',
  'shipping-policies',
  'freight-values',
  'store-settings',
  'oms-orders',
  'orders',
  'connections-orders'
];

const RECORD_KINDS = IMPORT_ORDER.filter((kind) => kind !== 'store-settings' && kind !== 'connections-orders');

function classify(name: string): Pick<SnapshotFile, 'kind' | 'format'> | null {
  if (name === 'manifest.json') return { kind: 'manifest', format: 'object' };
  if (name === 'store-settings.json' || name === 'store-settings.json.gz') return { kind: 'store-settings', format: 'object' };
  if (name === 'connections-orders.csv') return { kind: 'connections-orders', format: 'csv' };
  if (name === 'connections-orders.xlsx') return { kind: 'connections-orders', format: 'xlsx' };
  const match = /^([a-z-]+)\.(json|ndjson)(\.gz)?$/.exec(name);
  if (match && (RECORD_KINDS as readonly string[]).includes(match[1]))
    return { kind: match[1] as SnapshotKind, format: match[2] as 'json' | 'ndjson' };
  return null;
}

export const ACCEPTED_NAMES =
  'manifest.json, store-settings.json, connections-orders.csv/.xlsx, and ' +
  RECORD_KINDS.map((kind) => `${kind}.json/.ndjson[.gz]`).join(', ');

/**
 * The snapshot's files, checked before anything is written: an unknown name is an error (a typo
 * would otherwise import nothing silently), and so is one kind given twice. Hidden files and
 * folders are ignored.
 */
export function listSnapshotFiles(dir: string): SnapshotFile[] {
  let names: string[] = [];
  let size: number | null = null;
  try {
    const stat = statSync(dir);
    if (stat.isFile()) size = stat.size;
    else if (stat.isDirectory()) names = readdirSync(dir);
    else throw new ImportError({ file: basename(dir) }, NOT_REGULAR);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      { file: dir },
      `cannot read the snapshot folder (${error instanceof Error ? error.message : String(error)})`
    );
  }
  // A file named by the user is theirs to name through a link; it is opened at its real path.
  if (size !== null) return [singleFile(realpathSync(dir), basename(dir), size)];
  const files: SnapshotFile[] = [];
  const seen = new Map<string, string>();
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    // lstat, not stat: a link is refused rather than followed out of the folder.
    const stat = lstatSync(path);
    if (stat.isDirectory()) continue;
    if (stat.isSymbolicLink()) throw new ImportError({ file: name }, NOT_A_LINK);
    if (!stat.isFile()) throw new ImportError({ file: name }, NOT_REGULAR);
    const found = classify(name);
    if (!found) throw new ImportError({ file: name }, `unknown file name; a snapshot holds ${ACCEPTED_NAMES}`);
    const twin = seen.get(found.kind);
    if (twin) throw new ImportError({ file: name }, `${twin} already holds the ${found.kind} records: keep one file per kind`);
    seen.set(found.kind, name);
    files.push({ file: name, path, size: stat.size, ...found });
  }
  if (!files.some((f) => f.kind !== 'manifest'))
    throw new ImportError({ file: dir }, `the folder holds no snapshot file (expected ${ACCEPTED_NAMES})`);
  return files.sort((a, b) => rank(a.kind) - rank(b.kind));
}

/**
 * One file imported on its own: a snapshot file by its name, or an Admin export (any .csv or .xlsx,
 * since the Admin names its downloads after the date).
 */
function singleFile(path: string, file: string, size: number): SnapshotFile {
  const found =
    classify(file) ??
    (/\.csv$/i.test(file)
      ? { kind: 'connections-orders' as const, format: 'csv' as const }
      : /\.xlsx$/i.test(file)
        ? { kind: 'connections-orders' as const, format: 'xlsx' as const }
        : null);
  if (!found || found.kind === 'manifest')
    throw new ImportError({ file }, `not a snapshot file or an Admin export; a snapshot holds ${ACCEPTED_NAMES}`);
  return { file, path, size, ...found };
}

function rank(kind: SnapshotFile['kind']): number {
  return kind === 'manifest' ? -1 : IMPORT_ORDER.indexOf(kind);
}
