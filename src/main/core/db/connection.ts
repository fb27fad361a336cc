import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * Opens (or creates) a mirror file and brings its schema up to date. `:memory:` gives a
 * throw-away mirror for tests and one-shot CLI reviews.
 */
export function openMirror(file: string): Db {
  const db = new Database(file);
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
