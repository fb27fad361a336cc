import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openMirror, type Db } from '../../../src/main/core/db/connection';

export const SMALL_STORE = join(__dirname, '../../fixtures/snapshots/small-store');

/** Records of a fixture file (a JSON array), to rewrite in another format or to corrupt. */
export function fixtureRecords(name: string): unknown[] {
  return JSON.parse(readFileSync(join(SMALL_STORE, `${name}.json`), 'utf8')) as unknown[];
}

export type Format = 'json' | 'ndjson' | 'json.gz' | 'ndjson.gz';

/** The small store written to a fresh folder with every record file in `format`. */
export function smallStoreAs(format: Format): string {
  const dir = mkdtempSync(join(tmpdir(), `snapshot-${format.replace('.', '-')}-`));
  for (const file of readdirSync(SMALL_STORE)) {
    const text = readFileSync(join(SMALL_STORE, file), 'utf8');
    const kind = file.replace(/\.json$/, '');
    if (kind === 'manifest' || kind === 'store-settings') {
      writeFileSync(join(dir, file), text);
      continue;
    }
    const records = JSON.parse(text) as unknown[];
    const body = format.startsWith('ndjson')
      ? records.map((r) => JSON.stringify(r)).join('\n') + '\n'
      : JSON.stringify(records, null, 2);
    writeFileSync(join(dir, `${kind}.${format}`), format.endsWith('.gz') ? gzipSync(body) : body);
  }
  return dir;
}

/** A folder holding exactly the given files. */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-case-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export function freshMirror(): Db {
  return openMirror(':memory:');
}

/** Everything a failed import must leave untouched: every table's rows, in order. */
export function mirrorState(db: Db): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).raw().all()]));
}
