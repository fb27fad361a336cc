/**
 * Regenerates the bundled demo store (resources/demo/snapshot) and the causes planted in it
 * (resources/demo/expected-causes.json, which the rules tests assert the diagnosis finds).
 * Run with: npx tsx src/main/core/demo/write-demo.ts
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_EXPORTED_AT, generateSnapshot } from './generate';

export const DEMO_SEED = 42;
export const DEMO_ORDERS = 180;

/** Writes the demo snapshot and its expected causes under `resourcesDir`/demo. */
export async function writeDemo(resourcesDir: string): Promise<void> {
  const demoDir = join(resourcesDir, 'demo');
  const snapshotDir = join(demoDir, 'snapshot');
  rmSync(snapshotDir, { recursive: true, force: true });
  const result = await generateSnapshot(snapshotDir, {
    orders: DEMO_ORDERS,
    seed: DEMO_SEED,
    exportedAt: DEFAULT_EXPORTED_AT,
    format: 'json'
  });
  writeFileSync(join(demoDir, 'expected-causes.json'), JSON.stringify(result.planted.orders ?? {}, null, 2) + '\n');
  const { failed, succeeded } = result.planted;
  process.stdout.write(`Demo store written to ${snapshotDir}: ${failed} failed and ${succeeded} integrated orders\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  writeDemo(resolve(__dirname, '../../../../resources')).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
