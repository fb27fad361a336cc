import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type Host } from '../../../src/main/core/host';

export const DEMO = join(__dirname, '../../../resources/demo/snapshot');

/**
 * The demo store with its 180 orders copied `copies` times under new ids, as NDJSON, so an import
 * takes long enough (several batches) to be caught in the middle. With `badLastLine` the last order
 * is invalid: the import fails after everything else was written, and must roll all of it back.
 */
export function bigSnapshot(copies: number, options: { badLastLine?: boolean } = {}): { dir: string; orders: number } {
  const dir = mkdtempSync(join(tmpdir(), 'writer-snapshot-'));
  for (const file of readdirSync(DEMO)) if (file !== 'orders.json') copyFileSync(join(DEMO, file), join(dir, file));
  const demo = JSON.parse(readFileSync(join(DEMO, 'orders.json'), 'utf8')) as { marketplaceOrderId: string }[];
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const order of demo)
      lines.push(
        JSON.stringify({
          ...order,
          marketplaceOrderId: copy === 0 ? order.marketplaceOrderId : `${order.marketplaceOrderId}-${copy}`
        })
      );
  }
  if (options.badLastLine) lines.push(JSON.stringify({ ...demo[0], marketplaceOrderId: 'bad-1', items: 'two' }));
  writeFileSync(join(dir, 'orders.ndjson'), lines.join('\n') + '\n');
  return { dir, orders: copies * demo.length };
}

export function mirrorFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'writer-mirror-')), 'mirror.db');
}

/** A host over a mirror file that holds the demo store (its import and diagnosis done). */
export async function demoHost(file = mirrorFile(), options: { finishPendingDiagnosis?: boolean } = {}): Promise<Host> {
  return startHost({
    dbPath: file,
    transport: 'desktop',
    appVersion: 'test',
    demoSnapshotDir: DEMO,
    seedDemoWhenNew: true,
    ...options
  });
}

export async function value<T>(
  result: Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }>
): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value as T;
}
