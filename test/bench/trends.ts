/**
 * The dashboard at scale: `npx tsx test/bench/trends.ts [orders]` (default 100,000) generates a
 * snapshot with the CLI's `generate` (or takes TRENDS_SNAPSHOT, a folder already generated),
 * imports it into a temporary mirror file, diagnoses it, and times `trendsOverview`: cold (each
 * aggregate run, the cache emptied by a generation bump) and warm (the per-generation cache).
 * Medians of five runs, in milliseconds. Nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openMirror, type Db } from '../../src/main/core/db/connection';
import { readMeta } from '../../src/main/core/db/repositories/meta-repository';
import { trendsOverview } from '../../src/main/core/db/repositories/trends-repository';
import { importSnapshot } from '../../src/main/core/import';
import { runDiagnosis } from '../../src/main/core/services/diagnosis-runner';

const RUNS = 5;
const ORDERS = Number(process.argv[2] ?? 100_000);
const REPO = resolve(__dirname, '../..');

function median(run: () => unknown): number {
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)] * 100) / 100;
}

/** A write that changes no count but moves the generation, as any write does: the next read recomputes. */
function bumpGeneration(db: Db): void {
  db.prepare(`UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'queue_generation'`).run();
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'trends-bench-'));
  try {
    const snapshot = process.env.TRENDS_SNAPSHOT ?? join(work, 'snapshot');
    if (!existsSync(join(snapshot, 'orders.ndjson'))) {
      execFileSync(
        process.execPath,
        [join(REPO, 'bin/integration-desk.cjs'), 'generate', '--orders', String(ORDERS), '--seed', '7', '--out', snapshot],
        { stdio: 'inherit' }
      );
    }
    const db = openMirror(join(work, 'mirror.db'));
    let start = performance.now();
    await importSnapshot(db, snapshot);
    console.log(`import: ${Math.round(performance.now() - start)} ms`);
    start = performance.now();
    runDiagnosis(db, { now: new Date() });
    console.log(`diagnosis: ${Math.round(performance.now() - start)} ms`);

    const orders = db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get() as number;
    const open = db.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`).pluck().get() as number;
    const asOf = readMeta(db).exportedAt ?? new Date().toISOString();
    const cold = median(() => {
      bumpGeneration(db);
      return trendsOverview(db, asOf);
    });
    const warm = median(() => trendsOverview(db, asOf));
    const overview = trendsOverview(db, asOf);
    console.log(
      JSON.stringify({
        orders,
        failed: open,
        asOf,
        coldMs: cold,
        warmMs: warm,
        days: overview.valueByDay.length,
        causes: overview.topCauses.length
      })
    );
    db.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
