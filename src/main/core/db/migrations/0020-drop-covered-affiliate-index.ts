import type { Database } from 'better-sqlite3';

/*
 * marketplace_orders_affiliate_created (affiliate_id, created_at), from 0001, is the leading part of
 * marketplace_orders_affiliate_created_keys (0003): every lookup or range the shorter index serves,
 * the longer one serves the same way (the planner picks it; a test asks EXPLAIN QUERY PLAN). Keeping
 * both cost each order insert one more b-tree and a bulk import one more index build (issue 9).
 */
export function up(db: Database): void {
  db.exec('DROP INDEX IF EXISTS marketplace_orders_affiliate_created');
}
