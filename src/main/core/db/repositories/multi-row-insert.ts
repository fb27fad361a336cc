import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

/** One row's parenthesised placeholders. */
export const placeholders = (width: number) => `(${Array.from({ length: width }, () => '?').join(', ')})`;

/**
 * Rows bound per INSERT in a bulk write: each statement execution costs a few µs of binding and
 * stepping overhead, so one per 64 rows instead of one per row (64 × 13 columns = 832 parameters at
 * the widest, far below SQLite's limit).
 */
const ROWS_PER_INSERT = 64;

const prepared = new WeakMap<Db, Map<string, Statement>>();

function statementFor(db: Db, head: string, width: number, rows: number): Statement {
  let cached = prepared.get(db);
  if (!cached) prepared.set(db, (cached = new Map()));
  const key = `${head}:${rows}`;
  let statement = cached.get(key);
  if (!statement) {
    statement = db.prepare(`${head} VALUES ${Array.from({ length: rows }, () => placeholders(width)).join(', ')}`);
    cached.set(key, statement);
  }
  return statement;
}

/**
 * Writes `values` — rows of `width` values one after another — with `head` (`INSERT [OR …] INTO
 * table (columns)`), ROWS_PER_INSERT rows a statement. Rows are written in their order, so a later
 * row of an OR REPLACE wins as it would row by row.
 */
export function insertRows(db: Db, head: string, width: number, values: unknown[]): void {
  const chunk = ROWS_PER_INSERT * width;
  let start = 0;
  if (values.length >= chunk) {
    const full = statementFor(db, head, width, ROWS_PER_INSERT);
    for (; start + chunk <= values.length; start += chunk) full.run(values.slice(start, start + chunk));
  }
  if (start < values.length) statementFor(db, head, width, (values.length - start) / width).run(values.slice(start));
}
