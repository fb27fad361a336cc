import type { Database } from 'better-sqlite3';

/**
 * Diagnoses stored beside the orders: the classified error type on the order (the queue filters and
 * sorts on it), one diagnosis row per order with when it ran and the moment it judged as of, and
 * one row per cause with its group key, so "fix once, reprocess N" groups are one indexed GROUP BY.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE marketplace_orders ADD COLUMN error_type TEXT;
    CREATE INDEX marketplace_orders_error_type_created ON marketplace_orders (error_type, created_at);

    CREATE TABLE diagnoses (
      order_id INTEGER PRIMARY KEY REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      error_type TEXT NOT NULL,
      confidence REAL NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('causes', 'no_cause_found', 'insufficient_data')),
      top_cause TEXT,
      missing_json TEXT,
      ran_at TEXT NOT NULL,
      as_of TEXT NOT NULL
    );
    CREATE INDEX diagnoses_top_cause ON diagnoses (top_cause);

    CREATE TABLE diagnosis_causes (
      order_id INTEGER NOT NULL REFERENCES marketplace_orders (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      code TEXT NOT NULL,
      group_key TEXT NOT NULL,
      sku_id TEXT,
      warehouse_id TEXT,
      dock_id TEXT,
      shipping_policy_id TEXT,
      trade_policy_id TEXT,
      evidence_json TEXT NOT NULL,
      fix_json TEXT NOT NULL,
      PRIMARY KEY (order_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX diagnosis_causes_group ON diagnosis_causes (code, group_key);
    CREATE INDEX diagnosis_causes_sku ON diagnosis_causes (sku_id);
  `);
}
