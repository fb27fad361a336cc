import Database from 'better-sqlite3';
import { ensurePrivateFile, tightenIfPresent } from '../private-files';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * Opens (or creates) a mirror file and brings its schema up to date. `:memory:` gives a
 * throw-away mirror for tests and one-shot CLI reviews. A file on disk is made 0600 before SQLite
 * opens it: SQLite creates the -wal and -shm with the database file's mode, so they follow, and
 * they are set again after opening for ones left wider by an older version.
 */
export function openMirror(file: string, options: { busyTimeoutMs?: number } = {}): Db {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) ensurePrivateFile(file);
  // SQLite waits this long for another connection's write lock before SQLITE_BUSY (better-sqlite3's default: 5 s).
  const db = new Database(file, { timeout: options.busyTimeoutMs ?? 5_000 });
  try {
    if (onDisk) {
      db.pragma('journal_mode = WAL');
      tightenIfPresent(`${file}-wal`);
      tightenIfPresent(`${file}-shm`);
    }
    db.pragma('synchronous = NORMAL');
    // The queue's indexes make every order insert touch a dozen b-trees at random places; a page
    // cache of 256 MB keeps them in memory during a million-order import (the default is 2 MB).
    db.pragma('cache_size = -262144');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
