import type { Db } from '../connection';

/** What the mirror knows about itself: the account, the snapshot's moment, its source. */
export interface MirrorMeta {
  account?: string;
  exportedAt?: string;
  source?: string;
  note?: string;
  /** 'true' once the mirror received its first snapshot (or was deliberately left empty). */
  initialised?: string;
  [key: string]: string | undefined;
}

export function readMeta(db: Db): MirrorMeta {
  const rows = db.prepare('SELECT key, value FROM mirror_meta').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export function writeMeta(db: Db, entries: Record<string, string | null | undefined>): void {
  const upsert = db.prepare(
    'INSERT INTO mirror_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  );
  const remove = db.prepare('DELETE FROM mirror_meta WHERE key = ?');
  for (const [key, value] of Object.entries(entries)) {
    if (value === null || value === undefined) remove.run(key);
    else upsert.run(key, value);
  }
}
