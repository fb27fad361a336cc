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

/**
 * The entry's fields in the log's column order, before/after as JSON text: what the table stores
 * and what the CSV export writes.
 */
export function auditFields(entry: Omit<AuditEntry, 'id'>): (string | null)[] {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  return [
    entry.at,
    entry.actor,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.orderRef,
    json(entry.before),
    json(entry.after),
    entry.note
  ];
}

/** Appends one entry to the audit log and returns it as stored. The log is append-only. */
export function appendAudit(db: Db, entry: Omit<AuditEntry, 'id'>): AuditEntry {
  const row = db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, order_ref, before_json, after_json, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`
    )
    .get(...auditFields(entry)) as AuditRow;
  return toEntry(row);
}

/** Newest first; optionally one order's entries (by its marketplace order id). */
export function listAudit(
  db: Db,
  options: { orderRef?: string; offset: number; limit: number }
): { total: number; rows: AuditEntry[] } {
  const where = options.orderRef === undefined ? '' : 'WHERE order_ref = ?';
  const params = options.orderRef === undefined ? [] : [options.orderRef];
  const total = db
    .prepare(`SELECT COUNT(*) FROM audit_log ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...params, options.limit, options.offset) as AuditRow[];
  return { total, rows: rows.map(toEntry) };
}
