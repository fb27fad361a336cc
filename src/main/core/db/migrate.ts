import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

/** Raised when the database was written by a newer Integration Desk than this one. */
export class DatabaseTooNewError extends Error {
  readonly code = 'database-too-new';
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number
  ) {
    super(
      `This mirror was written by a newer version of Integration Desk (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'Update the app, or open another mirror file.'
    );
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the migrations above the file's `user_version`, each in its own transaction, up to
 * `target` (all of them by default; tests stop earlier to seed data between versions).
 */
export function migrate(db: Database, target?: number, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  const goal = target ?? latest;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > goal) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
