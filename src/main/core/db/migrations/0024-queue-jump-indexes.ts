import type { Database } from 'better-sqlite3';

/*
 * Indexes for the queue's reads that still walked rows at 1M orders (issue 9).
 *
 * - The error type's sort indexes carry the order's integration status: a page under an error
 *   type and a state (the open view's default) walks the index alone, where each entry walked
 *   used to read its order's row for the status. A jump 50,000 orders deep (the scrollbar dragged)
 *   and a position counted under an error type count index entries instead of rows. They replace
 *   the shorter indexes they extend (same number of b-trees to write per order).
 * - marketplace_orders_processed_before_created holds only the orders whose last attempt is missing
 *   or earlier than their creation (none in a healthy mirror: an attempt follows the order). Every
 *   other order created on or after a date was processed on or after it, so a list by date, oldest
 *   first, within dates seeks the date in the status index and merges in these few
 *   (queue-cursor-sql.ts); it used to walk every order processed before the range (about 1.3–2 s for
 *   the last 30 days at 1M).
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX IF EXISTS marketplace_orders_error_type_processed;
    DROP INDEX IF EXISTS marketplace_orders_error_type_value;
    DROP INDEX IF EXISTS marketplace_orders_error_type_created;
    CREATE INDEX marketplace_orders_error_type_processed_status ON marketplace_orders (error_type, processed_at, integration_status);
    CREATE INDEX marketplace_orders_error_type_value_status ON marketplace_orders (error_type, payment_value_cents, integration_status);
    CREATE INDEX marketplace_orders_error_type_created_status ON marketplace_orders (error_type, created_at, integration_status);
    CREATE INDEX marketplace_orders_processed_before_created ON marketplace_orders (integration_status, processed_at)
      WHERE processed_at IS NULL OR processed_at < created_at;
  `);
}
