import Database from 'better-sqlite3';

/** Another connection's write lock on a mirror file, held until `release`. */
export interface HeldWriteLock {
  release(): void;
}

/**
 * A gate for tests of long jobs on a mirror file: while the lock is held, a job's worker waits at its
 * first write (the import, reprocess and diagnosis workers wait minutes for another process's lock),
 * so the job is certainly still running when the test acts, however fast the machine. Reads still
 * answer (WAL). Released, the job goes on as if another process had finished its write.
 */
export function holdWriteLock(file: string, options: { waitMs?: number } = {}): HeldWriteLock {
  // Waits for a write already under way (a desk's start-up work) rather than failing.
  const db = new Database(file, { timeout: options.waitMs ?? 60_000 });
  db.exec('BEGIN IMMEDIATE');
  return {
    release() {
      if (!db.open) return;
      db.exec('ROLLBACK');
      db.close();
    }
  };
}
