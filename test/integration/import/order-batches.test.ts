import { describe, expect, it } from 'vitest';
import { BATCH_CHARS, orderBatches, type OrderBatch } from '../../../src/main/core/import/order-batches';
import { importLimits } from '../../../src/main/core/import/limits';
import { listSnapshotFiles } from '../../../src/main/core/import/snapshot-files';
import { fixtureRecords, folderWith } from './snapshot-dir';

const ORDER = fixtureRecords('orders')[1] as Record<string, unknown>;
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function batchesOf(orders: Record<string, unknown>[]): Promise<OrderBatch[]> {
  const [file] = listSnapshotFiles(folderWith({ 'orders.ndjson': ndjson(orders) }));
  const batches: OrderBatch[] = [];
  for await (const batch of orderBatches(file, importLimits(), true, null)) batches.push(batch);
  return batches;
}

describe('order batches', () => {
  it('close at 1,000 orders when the orders are small', async () => {
    const batches = await batchesOf(Array.from({ length: 2_500 }, (_, n) => ({ ...ORDER, marketplaceOrderId: `S-${n}` })));
    expect(batches.map((b) => b.positions.length)).toEqual([1_000, 1_000, 500]);
  });

  it('close by the characters of their records, so long records never make a batch of a thousand', async () => {
    // Each record about 600k characters (a long integration message, as a hostile file may carry).
    const message = 'x'.repeat(600_000);
    const long = Array.from({ length: 20 }, (_, n) => ({
      ...ORDER,
      marketplaceOrderId: `L-${n}`,
      integration: { ...(ORDER.integration as object), message }
    }));
    const batches = await batchesOf(long);
    const sizes = batches.map((b) => b.positions.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20);
    const perBatch = Math.ceil(BATCH_CHARS / JSON.stringify(long[0]).length);
    expect(sizes).toEqual([perBatch, perBatch, 20 - 2 * perBatch]);
    // Every order still where the file had it.
    expect(batches.flatMap((b) => b.positions)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
  });
});
