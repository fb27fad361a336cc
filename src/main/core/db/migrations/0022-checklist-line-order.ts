import type { Database } from 'better-sqlite3';

/*
 * Admin checklists without a size cap (issue 10): a list is read in pages by position (the screen's
 * pages, the export, the OMS watch's windows), so each read seeks instead of sorting every line.
 *
 * - (checklist_id, position) is unique: the service appends after the list's last position.
 * - The partial index holds only the lines OMS has not shown yet, so the watch's next window of
 *   unchecked lines stays a seek however many lines are already checked.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE UNIQUE INDEX admin_checklist_lines_position ON admin_checklist_lines (checklist_id, position);
    CREATE INDEX admin_checklist_lines_unchecked ON admin_checklist_lines (checklist_id, position) WHERE seen_at IS NULL;
  `);
}
