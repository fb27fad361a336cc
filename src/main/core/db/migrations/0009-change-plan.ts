import type { Database } from 'better-sqlite3';

/*
 * The change plan (issue 10, "offline stays honest"): a fix applied to a mirror that came from a
 * snapshot changed the copy only, so it is kept as a planned change until the store confirms it.
 *
 * - `plan_changes`: one row per changed record (the line an agent ticks off in the Admin), with
 *   the object, the field in the Admin's words, before → after as JSON, the Admin menu path, who
 *   planned it and its state. `planned` until the store confirms it (`done`) or the agent drops it
 *   (`discarded`). The fix request is kept so a later import can tell whether the store made it.
 * - `plan_change_orders`: the failed orders a change unblocks (the fix's affected orders).
 * - `planned_replays`: orders a replay found would integrate on the local copy, which is not VTEX
 *   saying so. The queue shows them as "would integrate", never integrated. Triggers drop the row
 *   when the order's status changes or a new diagnosis finds a cause again, so the mark never
 *   outlives what it rests on.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE plan_changes (
      id INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL,
      agent TEXT NOT NULL,
      fix_kind TEXT NOT NULL,
      fix_json TEXT NOT NULL,
      object_kind TEXT NOT NULL,
      object_id TEXT NOT NULL,
      object_name TEXT,
      field TEXT NOT NULL,
      before_json TEXT NOT NULL,
      after_json TEXT NOT NULL,
      admin_path TEXT NOT NULL,
      audit_id INTEGER REFERENCES audit_log (id),
      state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'discarded')),
      state_at TEXT
    );
    CREATE INDEX plan_changes_state ON plan_changes (state, id);

    CREATE TABLE plan_change_orders (
      change_id INTEGER NOT NULL REFERENCES plan_changes (id) ON DELETE CASCADE,
      order_id INTEGER NOT NULL REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      PRIMARY KEY (change_id, order_id)
    ) WITHOUT ROWID;
    CREATE INDEX plan_change_orders_order ON plan_change_orders (order_id);

    CREATE TABLE planned_replays (
      order_id INTEGER PRIMARY KEY REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      judged_at TEXT NOT NULL
    );

    CREATE TRIGGER planned_replays_status AFTER UPDATE OF integration_status ON marketplace_orders
      WHEN NEW.integration_status IS NOT OLD.integration_status
      BEGIN DELETE FROM planned_replays WHERE order_id = NEW.id; END;
    CREATE TRIGGER planned_replays_cause AFTER INSERT ON diagnosis_causes
      BEGIN DELETE FROM planned_replays WHERE order_id = NEW.order_id; END;
  `);
}
