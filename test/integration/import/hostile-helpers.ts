import { expect } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { importSnapshot, ImportError, type ImportOptions } from '../../../src/main/core/import';
import { fixtureRecords, mirrorState } from './snapshot-dir';

/** Rows per table: what "the mirror is unchanged" is asserted on besides every row's content. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number])
  );
}

/** Imports `dir`, expects an ImportError matching `expected`, and the mirror exactly as before. */
export async function expectRefused(
  db: Db,
  dir: string,
  expected: Partial<ImportError['details']> & { message: RegExp },
  options: ImportOptions = {}
): Promise<ImportError> {
  const counts = tableCounts(db);
  const before = mirrorState(db);
  const error = await importSnapshot(db, dir, options).then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ImportError);
  const { message, ...details } = expected;
  expect((error as ImportError).message).toMatch(message);
  expect((error as ImportError).details).toMatchObject(details);
  expect(tableCounts(db)).toEqual(counts);
  expect(mirrorState(db)).toBe(before);
  expect(db.inTransaction).toBe(false);
  return error as ImportError;
}

/** A copy of a fixture's first record. */
export function firstRecord(kind: string): Record<string, unknown> {
  return structuredClone(fixtureRecords(kind)[0]) as Record<string, unknown>;
}

/** Sets the value at a path such as ['items', 0, 'id'] in a JSON-like record. */
export function setPath(record: unknown, path: (string | number)[], value: unknown): void {
  let node = record as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

/** JSON text with the placeholder replaced by a bare number that JSON.parse cannot hold exactly. */
export const BIG = '__BIG__';
export function withBigNumber(json: string, digits = '9007199254740993'): string {
  return json.replace(`"${BIG}"`, digits);
}
