import type { AuditEntry } from '../../../../shared/domain/model';
import type { Db } from '../connection';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  order_ref: string | null;
  before_json: string | null;
  after_json: string | null;
  note: string | null;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    orderRef: row.order_ref,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    note: row.note
  };
}

/** Appends one entry to the audit log and returns it as stored. The log is append-only. */
export function appendAudit(db: Db, entry: Omit<AuditEntry, 'id'>): AuditEntry {
  const row = db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, order_ref, before_json, after_json, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`
    )
    .get(
      entry.at,
      entry.actor,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.orderRef,
      entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      entry.note
    ) as AuditRow;
  return toEntry(row);
}

/** Newest first; optionally one order's entries (by its marketplace order id). */
export function listAudit(db: Db, options: { orderRef?: string; offset: number; limit: number }): { total: number; rows: AuditEntry[] } {
  const where = options.orderRef === undefined ? '' : 'WHERE order_ref = ?';
  const params = options.orderRef === undefined ? [] : [options.orderRef];
  const total = db.prepare(`SELECT COUNT(*) FROM audit_log ${where}`).pluck().get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...params, options.limit, options.offset) as AuditRow[];
  return { total, rows: rows.map(toEntry) };
}
