import type { Db } from '../connection';

/** How many distinct SKUs the given orders hold, for saying how far a fix reaches. */
export function distinctSkuCount(db: Db, orderIds: readonly number[]): number {
  if (orderIds.length === 0) return 0;
  return db
    .prepare('SELECT COUNT(DISTINCT sku_id) FROM order_items WHERE order_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(orderIds)) as number;
}
