import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-io';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
// One of the demo's two Mercado Livre orders of 2 × SKU 10097 (CD São Paulo holds 1 unit).
const ML_ORDER = '2000047594104204';

/** The group (cause and key) an order's insufficient stock falls in, and the group's orders, oldest first. */
function groupOf(file: string, marketplaceOrderId: string): { key: string; orders: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const key = db
      .prepare(
        `SELECT c.group_key FROM diagnosis_causes c JOIN marketplace_orders o ON o.id = c.order_id
          WHERE o.marketplace_order_id = ? AND c.code = 'insufficient_stock'`
      )
      .pluck()
      .get(marketplaceOrderId) as string;
    const orders = db
      .prepare(
        `SELECT DISTINCT o.marketplace_order_id, o.created_at FROM diagnosis_causes c JOIN marketplace_orders o ON o.id = c.order_id
          WHERE c.code = 'insufficient_stock' AND c.group_key = ? ORDER BY o.created_at, o.id`
      )
      .raw()
      .all(key) as [string, string][];
    return { key, orders: orders.map(([id]) => id) };
  } finally {
    db.close();
  }
}

describe('integration-desk reprocess --cause CODE --key KEY --json', () => {
  it(
    'replays exactly the orders of one cause group, oldest first, as its pre-check counted them',
    { timeout: 240_000 },
    async () => {
      const db = join(mkdtempSync(join(tmpdir(), 'cli-group-')), 'mirror.db');
      expect((await cli(['import', DEMO, '--db', db])).code).toBe(0);
      const group = groupOf(db, ML_ORDER);
      expect(group.orders).toContain(ML_ORDER);
      expect(group.orders.length).toBeGreaterThan(1);

      const precheck = JSON.parse(
        (await cli(['precheck', '--cause', 'insufficient_stock', '--key', group.key, '--db', db, '--json'])).stdout
      );
      expect(precheck).toMatchObject({ order: 'oldest_first', total: group.orders.length });

      const run = await cli(['reprocess', '--cause', 'insufficient_stock', '--key', group.key, '--db', db, '--json']);
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout);
      expect(summary).toMatchObject({ order: 'oldest_first', localCopy: true, succeeded: 0 });
      expect(summary.outcomes.map((o: { marketplaceOrderId: string }) => o.marketplaceOrderId)).toEqual(group.orders);
      // The replay agrees with the pre-check taken before it over the same stock.
      expect(summary.wouldIntegrate).toBe(precheck.wouldSucceed);
    }
  );
});
