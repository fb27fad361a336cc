/**
 * `npm run bench`: the figures the issues ask for, on this machine, at a million orders by default
 * (BENCH_ORDERS overrides). Generates a snapshot, imports it into a fresh mirror file, diagnoses
 * the whole mirror, and times the queue's queries. Nothing here asserts a time: it measures.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSnapshot } from '../../src/main/core/demo/generate';
import { openMirror } from '../../src/main/core/db/connection';
import { iterateOrders } from '../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../src/main/core/import';
import { diagnoseOrder, runDiagnosis } from '../../src/main/core/services/diagnosis-runner';
import { runQueueBench } from './queue-bench';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const WORK = resolve(__dirname, '../../.bench');
const results: Record<string, number | string> = { orders: ORDERS };

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function record(name: string, value: number | string): void {
  results[name] = value;
  console.log(`${name.padEnd(44)} ${typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : value}`);
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const snapshot = join(WORK, `snapshot-${ORDERS}`);
  if (!existsSync(join(snapshot, 'orders.ndjson'))) {
    const t = process.hrtime.bigint();
    await generateSnapshot(snapshot, { orders: ORDERS, seed: 7, format: 'ndjson' });
    record('generate: seconds', seconds(t));
  }
  record('orders.ndjson: MB', statSync(join(snapshot, 'orders.ndjson')).size / 1e6);

  const dbFile = join(WORK, 'mirror.db');
  // BENCH_KEEP_MIRROR=1 reuses the mirror of the last run (to measure diagnosis and queries alone).
  if (process.env.BENCH_KEEP_MIRROR === '1' && existsSync(dbFile)) {
    record('import', 'skipped (BENCH_KEEP_MIRROR=1)');
  } else {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
    const fresh = openMirror(dbFile);
    const t = process.hrtime.bigint();
    let peakRss = process.memoryUsage().rss;
    await importSnapshot(fresh, snapshot, { onProgress: () => (peakRss = Math.max(peakRss, process.memoryUsage().rss)) });
    const importSeconds = seconds(t);
    record('import: seconds', importSeconds);
    record('import: orders per second', ORDERS / importSeconds);
    record('import: peak RSS MB', peakRss / 1e6);
    fresh.close();
  }
  const db = openMirror(dbFile);

  const now = new Date();
  let t = process.hrtime.bigint();
  const store = readStoreData(db, now.toISOString());
  record('diagnosis: load store into memory, ms', seconds(t) * 1000);

  // The rules alone: classify + diagnose every failed order, reading orders in pages, no writes.
  t = process.hrtime.bigint();
  let failed = 0;
  for (const order of iterateOrders(db, { status: 'error' })) {
    diagnoseOrder(order, store);
    failed += 1;
  }
  const readAndRules = seconds(t);
  record('diagnosis: failed orders', failed);
  record('diagnosis: read + rules, orders per second', failed / readAndRules);

  t = process.hrtime.bigint();
  const summary = runDiagnosis(db, { now });
  const whole = seconds(t);
  record('diagnosis: whole run incl. writes, seconds', whole);
  record('diagnosis: whole run, orders per second', summary.diagnosed / whole);
  db.close();

  const queue = await runQueueBench(dbFile);
  for (const [name, ms] of Object.entries(queue)) record(`queue: ${name}, ms`, ms);

  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nresults written to ${join(WORK, 'results.json')}`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
