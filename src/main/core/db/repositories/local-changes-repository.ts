import type { Db } from '../connection';

/** What the agent made on this mirror that no snapshot brings: what an import must not lose silently. */
export interface LocalChangeCounts {
  /** Planned changes still waiting for the store, by the object kind they change (sku, price, inventory, dock). */
  plannedByKind: Record<string, number>;
  notes: number;
  resolutions: number;
  /** Fixes applied to this copy (audit entries `fix:<kind>`). */
  localFixes: number;
}

export function countLocalChanges(db: Db): LocalChangeCounts {
  const planned = db
    .prepare(`SELECT object_kind AS kind, COUNT(*) AS n FROM plan_changes WHERE state = 'planned' GROUP BY object_kind`)
    .all() as { kind: string; n: number }[];
  const audit = db.prepare(`SELECT SUM(action = 'note') AS notes, SUM(action LIKE 'fix:%') AS fixes FROM audit_log`).get() as {
    notes: number | null;
    fixes: number | null;
  };
  const resolutions = db.prepare('SELECT COUNT(*) AS n FROM order_resolutions').get() as { n: number };
  return {
    plannedByKind: Object.fromEntries(planned.map((row) => [row.kind, row.n])),
    notes: audit.notes ?? 0,
    resolutions: resolutions.n,
    localFixes: audit.fixes ?? 0
  };
}
