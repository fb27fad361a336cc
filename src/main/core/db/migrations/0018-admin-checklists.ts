import type { Database } from 'better-sqlite3';

/*
 * Admin checklists (issue 10): the orders an agent reprocesses by hand in Connections > Orders, each
 * line checked off when OMS shows the order. Kept in the mirror so a list survives a restart, and
 * outside DATA_TABLES so a reset or an import leaves the agent's list alone.
 *
 * - Lines hold the marketplace order id, affiliate and creation date themselves, not a reference to
 *   marketplace_orders: the watch looks OMS up by them even after a re-import renumbered the orders.
 * - watch_state is what the agent asked for ('watching' until stopped or every line is seen); the
 *   process that runs the watch is not recorded: a restart resumes what is 'watching'.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE admin_checklists (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      created_at TEXT NOT NULL,
      watch_state TEXT NOT NULL DEFAULT 'stopped' CHECK (watch_state IN ('watching', 'stopped')),
      interval_seconds INTEGER NOT NULL DEFAULT 60 CHECK (interval_seconds > 0),
      last_checked_at TEXT,
      last_error TEXT
    );
    CREATE TABLE admin_checklist_lines (
      checklist_id INTEGER NOT NULL REFERENCES admin_checklists (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      marketplace_order_id TEXT NOT NULL,
      affiliate_id TEXT NOT NULL,
      order_created_at TEXT,
      vtex_order_id TEXT,
      seen_at TEXT,
      PRIMARY KEY (checklist_id, marketplace_order_id, affiliate_id),
      CHECK ((vtex_order_id IS NULL) = (seen_at IS NULL))
    ) WITHOUT ROWID;
  `);
}
