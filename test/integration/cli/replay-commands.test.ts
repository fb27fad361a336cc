import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-io';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
// The demo's two Mercado Livre orders of 2 × SKU 10097, whose only warehouse (CD São Paulo) holds 1 unit.
const ML_ORDERS = ['2000047594104204', '2000045243543630'];

async function demoMirror(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'cli-replay-')), 'mirror.db');
  expect((await cli(['import', DEMO, '--db', db])).code).toBe(0);
  return db;
}

function setStock(db: string, skuId: string, total: number): void {
  const sqlite = new Database(db);
  sqlite.prepare('UPDATE inventory SET total_quantity = ? WHERE sku_id = ?').run(total, skuId);
  sqlite.close();
}

describe('integration-desk precheck / reprocess', () => {
  it('pre-checks orders by marketplace order id: how many would integrate and the stock the rest lack, writing nothing', async () => {
    const db = await demoMirror();
    const text = await cli(['precheck', ...ML_ORDERS, '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('0 of 2 would integrate; 3 more units of SKU 10097 at CD São Paulo for the rest');
    const json = JSON.parse((await cli(['precheck', ...ML_ORDERS, '--db', db, '--json'])).stdout);
    expect(json).toMatchObject({ order: 'oldest_first', total: 2, wouldSucceed: 0, wouldFail: 2, duplicates: 0 });
    expect(json.shortfalls).toEqual([
      {
        skuId: '10097',
        skuName: expect.any(String),
        warehouseId: 'cd-sao-paulo',
        warehouseName: 'CD São Paulo',
        units: 3,
        totalQuantity: 4
      }
    ]);
    // Nothing was written: a second pre-check says the same.
    expect(JSON.parse((await cli(['precheck', ...ML_ORDERS, '--db', db, '--json'])).stdout)).toEqual(json);
  });

  it('reprocesses oldest first, holding stock for the run so that of two orders of 2 units with 3 in stock one would integrate; nothing reaches VTEX', async () => {
    const db = await demoMirror();
    setStock(db, '10097', 3);
    expect((await cli(['precheck', ...ML_ORDERS, '--db', db])).stdout).toMatch(
      /^1 of 2 would integrate; 1 more unit of SKU 10097 at CD São Paulo for the rest\n/
    );
    const run = await cli(['reprocess', ...ML_ORDERS, '--db', db, '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({
      order: 'oldest_first',
      localCopy: true,
      succeeded: 0,
      wouldIntegrate: 1,
      stillFailing: 1,
      skipped: 0
    });
    // 2000045243543630 was created first (24 Oct), so it takes the units for the rest of the run.
    expect(summary.outcomes.map((o: { marketplaceOrderId: string; result: string }) => [o.marketplaceOrderId, o.result])).toEqual(
      [
        ['2000045243543630', 'would_integrate'],
        ['2000047594104204', 'still_failing']
      ]
    );
    expect(summary.outcomes[0].reserved).toContainEqual({ skuId: '10097', warehouseId: 'cd-sao-paulo', units: 2 });
    // The mirror is a copy: nothing was reserved in its records, but the first order holds 2 of the 3 units until its mark drops.
    const simulated = JSON.parse(
      (await cli(['simulate', '--affiliate', 'MLB', '--postal-code', '01310-100', '--item', '10097:1', '--db', db, '--json']))
        .stdout
    );
    expect(simulated.items[0].availableQuantity).toBe(1);
    // Reprocessed again: the same, never "integrated", and no duplicate since no OMS order was made.
    const again = await cli(['reprocess', ...ML_ORDERS, '--db', db]);
    expect(again.stdout).toMatch(
      /^1 of 2 would integrate once the planned changes are made \(nothing was sent to VTEX\); 1 still failing, 0 skipped/
    );
    expect(again.stdout).toMatch(/~ 2000045243543630: would integrate once reprocessed in VTEX \(nothing sent\)/);
    expect(again.stdout).not.toMatch(/integrated;|OMS already holds/);
  });

  it('takes a cause group, explains its flags, and refuses what names no order', async () => {
    const db = await demoMirror();
    const group = JSON.parse((await cli(['precheck', '--cause', 'insufficient_stock', '--db', db, '--json'])).stdout);
    expect(group.total).toBeGreaterThan(0);
    expect(group.wouldSucceed + group.wouldFail + group.duplicates).toBe(group.total);
    expect((await cli(['precheck', '--help'])).stdout).toMatch(/--cause CODE \[--key KEY\]/);
    expect((await cli(['reprocess', '--help'])).stdout).toMatch(/"would integrate"/);
    const nothing = await cli(['reprocess', '--db', db]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/name the orders/);
    expect((await cli(['precheck', '--key', 'sku:1', '--db', db])).stderr).toMatch(/give --cause too/);
    const unknown = await cli(['reprocess', 'NOPE-1', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No order NOPE-1 in this mirror/);
    expect((await cli(['precheck', '--cause', 'insufficient_stock', '--key', 'sku:none', '--db', db])).stderr).toMatch(
      /No failed order has the cause insufficient_stock sku:none/
    );
  });
});
