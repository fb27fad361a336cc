import type { OrderResolution, ResolutionReason } from '../../../../shared/domain/resolution';
import type { Db } from '../connection';

type ResolutionRow = { reason: ResolutionReason; note: string | null; resolved_at: string; resolved_by: string };

const toResolution = (row: ResolutionRow): OrderResolution => ({
  reason: row.reason,
  note: row.note,
  resolvedAt: row.resolved_at,
  resolvedBy: row.resolved_by
});

/** The order's resolution (migration 0011), or null while it is not resolved. */
export function getResolution(db: Db, orderId: number): OrderResolution | null {
  const row = db
    .prepare('SELECT reason, note, resolved_at, resolved_by FROM order_resolutions WHERE order_id = ?')
    .get(orderId) as ResolutionRow | undefined;
  return row ? toResolution(row) : null;
}

/** Resolves the order, replacing an earlier resolution (a changed reason is a new decision). */
export function writeResolution(db: Db, orderId: number, resolution: OrderResolution): void {
  db.prepare(
    `INSERT INTO order_resolutions (order_id, reason, note, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (order_id) DO UPDATE SET reason = excluded.reason, note = excluded.note, resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by`
  ).run(orderId, resolution.reason, resolution.note, resolution.resolvedAt, resolution.resolvedBy);
}

/** Reopens the order: its resolution goes (the audit log keeps it). Returns the one removed, if any. */
export function deleteResolution(db: Db, orderId: number): OrderResolution | null {
  const row = db
    .prepare('DELETE FROM order_resolutions WHERE order_id = ? RETURNING reason, note, resolved_at, resolved_by')
    .get(orderId) as ResolutionRow | undefined;
  return row ? toResolution(row) : null;
}
