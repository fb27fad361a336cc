import type { Database } from 'better-sqlite3';

/*
 * planned_holds (issue 8 x issue 10): the units an order the replay found would integrate on a
 * snapshot copy will take once it is reprocessed in the Admin. Without them a second reprocess run,
 * the pre-check or the simulator found the same units free again (10 units promised from 2).
 *
 * - Each row belongs to the order's planned_replays mark (migration 0009) and goes with it: the
 *   cascade follows every trigger that drops the mark (status change, a new cause) and the plan's
 *   discard, so a hold never outlives the judgement it rests on.
 * - Holds are stock the rules' in-memory store reads, so writing one bumps store_generation (as the
 *   store's own tables do, migration 0004): the next reading of the store sees it.
 */
const BUMP = `UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'store_generation';`;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE planned_holds (
      order_id INTEGER NOT NULL REFERENCES planned_replays (order_id) ON DELETE CASCADE,
      sku_id TEXT NOT NULL,
      warehouse_id TEXT NOT NULL,
      units INTEGER NOT NULL CHECK (units > 0),
      PRIMARY KEY (order_id, sku_id, warehouse_id)
    ) WITHOUT ROWID;
    CREATE TRIGGER store_generation_planned_holds_insert AFTER INSERT ON planned_holds BEGIN ${BUMP} END;
    CREATE TRIGGER store_generation_planned_holds_delete AFTER DELETE ON planned_holds BEGIN ${BUMP} END;
  `);
}
