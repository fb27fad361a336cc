/**
 * `npm run bench`: the figures the issues ask for, on this machine, at a million orders by default
 * (BENCH_ORDERS overrides). Generates a snapshot, imports it into a fresh mirror file, diagnoses
 * the whole mirror, and times the queue's queries. Nothing here asserts a time: it measures.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSnapshot } from '../../src/main/core/demo/generate';
import { measureRulesAlone, measureWholeRuns, median, recordBound, seconds } from './diagnosis-bench';
import { measureImport, measureImportFloor } from './import-floor';
import { runQueueBench } from './queue-bench';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
// BENCH_DIR: where the bundled bench (built.mjs), which runs from elsewhere, keeps its work.
const WORK = process.env.BENCH_DIR ?? resolve(__dirname, '../../.bench');
const results: Record<string, number | string> = { orders: ORDERS };

function record(name: string, value: number | string): void {
  results[name] = value;
  console.log(
    `${name.padEnd(44)} ${typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : value}`
  );
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
    // The import as the app runs it (classifying, orders parsed on a second thread), timed like the floor.
    const imported = await measureImport(snapshot, dbFile);
    const importSeconds = imported.seconds;
    record('import: seconds', importSeconds);
    record('import: orders per second', ORDERS / importSeconds);
    record('import: peak RSS MB', imported.peakRssMb);
    const floor = await measureImportFloor(snapshot, join(WORK, 'import-floor.db'));
    record('import floor (read, parse, plain inserts): seconds', floor.seconds);
    record('import / floor', importSeconds / floor.seconds);
  }
  const now = new Date();
  const rulesCpu = measureRulesAlone(dbFile, now, record);
  // The whole run as the app does it (store, read, rules and writes in one transaction), then the
  // floor, BENCH_REPEAT times in turn (default 1): on a shared machine the medians of runs taken
  // side by side say more than one of each.
  const rounds = measureWholeRuns(dbFile, now, Math.max(1, Number(process.env.BENCH_REPEAT ?? 1)), record);
  record('diagnosis: whole run, mirror orders per second', ORDERS / median(rounds.map((r) => r.wholeSeconds)));
  recordBound(rounds, rulesCpu, record);

  // BENCH_QUEUE=0 skips the queue's queries (when only the diagnosis is being measured).
  if (process.env.BENCH_QUEUE !== '0') {
    const queue = await runQueueBench(dbFile);
    for (const [name, ms] of Object.entries(queue)) record(`queue: ${name}, ms`, ms);
  }

  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nresults written to ${join(WORK, 'results.json')}`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
