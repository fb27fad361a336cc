import type { AuditEntry } from '../../../shared/domain/model';
import { csvRow } from './csv';

const HEADER = ['at', 'actor', 'action', 'entity', 'id', 'order', 'before', 'after', 'note'];

/** The audit log as CSV: one row per entry, before/after as JSON, every cell safe from formula injection. */
export function auditCsv(entries: Iterable<AuditEntry>): string {
  let csv = csvRow(HEADER);
  for (const entry of entries) {
    csv += csvRow([
      entry.at,
      entry.actor,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.orderRef,
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.note
    ]);
  }
  return csv;
}

/** integration-desk-audit-2026-11-22.csv, dated by the day it is exported (UTC). */
export function auditCsvFileName(now: Date): string {
  return `integration-desk-audit-${now.toISOString().slice(0, 10)}.csv`;
}
