import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/cli-io';
import { EXPECTED, FAILED_IDS, FRESH_STORE, UNEXPLAINED_IDS } from './expected';

const DUPLICATES = FAILED_IDS.filter((id) => EXPECTED[id].cause === 'order_already_in_oms');

describe('precheck and reprocess over the fresh store (a temporary mirror)', () => {
  it('no order would integrate, duplicates are never sent again, and an unexplained order is never integrated', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'fresh-replay-')), 'mirror.db');
    const imported = await cli(['import', FRESH_STORE, '--db', db, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ orders: 37, skus: 8, 'oms-orders': 5 });

    const pre = JSON.parse((await cli(['precheck', ...FAILED_IDS, '--db', db, '--json'])).stdout);
    expect(pre).toMatchObject({ total: 35, wouldSucceed: 0, wouldFail: 32, duplicates: 3, plannedChanges: [] });
    // Each failing order counted under the cause its data shows; the four unexplained ones as unexplained, never as passing.
    const byCause: Record<string, number> = {};
    for (const id of FAILED_IDS) {
      const cause = EXPECTED[id].cause ?? 'unexplained';
      if (cause !== 'order_already_in_oms') byCause[cause] = (byCause[cause] ?? 0) + 1;
    }
    expect(pre.failingByCause).toEqual(byCause);
    expect(pre.shortfalls).toContainEqual(
      expect.objectContaining({ skuId: '51004', warehouseId: 'arm-campinas', units: 6, totalQuantity: 18 })
    );

    const run = await cli(['reprocess', ...FAILED_IDS, '--db', db, '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ localCopy: true, succeeded: 0, wouldIntegrate: 0, stillFailing: 32, skipped: 3 });
    const results = new Map(
      (summary.outcomes as { marketplaceOrderId: string; result: string; vtexOrderId: string | null; reserved: unknown[] }[]).map(
        (o) => [o.marketplaceOrderId, o]
      )
    );
    for (const id of UNEXPLAINED_IDS)
      expect(results.get(id)).toMatchObject({ result: 'still_failing', vtexOrderId: null, reserved: [] });
    for (const id of DUPLICATES) expect(results.get(id)?.result).toBe('skipped_duplicate');

    // A local replay made no OMS order: the review after it still shows every order as before.
    const again = JSON.parse((await cli(['precheck', ...FAILED_IDS, '--db', db, '--json'])).stdout);
    expect(again).toMatchObject({ wouldSucceed: 0, duplicates: 3 });
  });
});
