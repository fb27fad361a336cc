import type { Database } from 'better-sqlite3';

/*
 * Closing the loop, and the desk's own settings.
 *
 * `order_resolutions`: one row for an order the agent resolved without a reprocess (reason, note,
 * when, who). A table beside the orders rather than columns on them: an import upserts orders and
 * must not touch what the agent decided, and resolutions are few, so the queue's "open" filter is a
 * NOT IN over a small table and none of the queue's covering indexes over a million orders has to
 * change. Deleting the order takes its resolution (cascade); a reopen deletes the row, and the audit
 * log keeps the trail of both. Its writes change the queue's state facet and list, so they bump
 * queue_generation like the order writes of migration 0005.
 *
 * `mirror_settings`: key → text, the desk's settings kept in the mirror file (`agent.name`,
 * the agent's preferences `pref.*`, `privacy.*`). Apart from mirror_meta on purpose: resetting the
 * mirror empties mirror_meta, but the agent's name and language are not store data.
 */
const BUMP = `UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'queue_generation';`;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE order_resolutions (
      order_id INTEGER PRIMARY KEY REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('canceled_at_marketplace', 'duplicate', 'handled_outside', 'wont_fix')),
      note TEXT,
      resolved_at TEXT NOT NULL,
      resolved_by TEXT NOT NULL
    );
    CREATE TRIGGER queue_generation_resolutions_insert AFTER INSERT ON order_resolutions BEGIN ${BUMP} END;
    CREATE TRIGGER queue_generation_resolutions_update AFTER UPDATE ON order_resolutions BEGIN ${BUMP} END;
    CREATE TRIGGER queue_generation_resolutions_delete AFTER DELETE ON order_resolutions BEGIN ${BUMP} END;

    CREATE TABLE mirror_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `);
}
