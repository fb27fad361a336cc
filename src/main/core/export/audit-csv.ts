import type { AuditEntry } from '../../../shared/domain/model';
import { auditFields } from '../db/repositories/audit-repository';
import { csvRow } from './csv';

const HEADER = ['at', 'actor', 'action', 'entity', 'id', 'order', 'before', 'after', 'note'];

/** The audit log as CSV: one row per entry, before/after as JSON, every cell safe from formula injection. */
export function auditCsv(entries: Iterable<AuditEntry>): string {
  let csv = csvRow(HEADER);
  for (const entry of entries) {
    csv += csvRow(auditFields(entry));
  }
  return csv;
}

/** integration-desk-audit-2026-11-22.csv, dated by the day it is exported (UTC). */
export function auditCsvFileName(now: Date): string {
  return `integration-desk-audit-${now.toISOString().slice(0, 10)}.csv`;
}
