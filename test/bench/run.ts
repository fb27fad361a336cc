/**
 * `npm run bench`: the figures the issues ask for, on this machine, at a million orders by default
 * (BENCH_ORDERS overrides). Generates a snapshot, imports it into a fresh mirror file, diagnoses
 * the whole mirror, and times the queue's queries. Nothing here asserts a time: it measures.
 */
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSnapshot } from '../../src/main/core/demo/generate';
import { openMirror } from '../../src/main/core/db/connection';
import { iterateOrders } from '../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../src/main/core/db/repositories/store-data-repository';
import { diagnoseOrder, runDiagnosis } from '../../src/main/core/services/diagnosis-runner';
import { measureImport, measureImportFloor } from './import-floor';
import { runQueueBench } from './queue-bench';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
// BENCH_DIR: where the bundled bench (built.mjs), which runs from elsewhere, keeps its work.
const WORK = process.env.BENCH_DIR ?? resolve(__dirname, '../../.bench');
const results: Record<string, number | string> = { orders: ORDERS };

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds of the whole process (every thread) and of this thread alone (Linux; NaN elsewhere). */
function cpu(): { process: number; thread: number } {
  const usage = process.cpuUsage();
  let thread = NaN;
  try {
    // Fields 14 and 15 of /proc/<pid>/task/<tid>/stat: user and system time in clock ticks (100 a second).
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    thread = (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    // Not Linux: the thread's own time is not reported.
  }
  return { process: (usage.user + usage.system) / 1e6, thread };
}

function record(name: string, value: number | string): void {
  results[name] = value;
  console.log(
    `${name.padEnd(44)} ${typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : value}`
  );
}

/**
 * What SQLite alone costs on this machine, with no rules and no model objects: reading the failed
 * orders and their children as raw arrays in one pass, and writing back the rows the last run
 * stored into the emptied tables with plain inserts, their secondary indexes built once at the end
 * and no trigger (rolled back). The app's triggers are left out on purpose: they are the app's cost,
 * not SQLite's, and a floor that paid them would flatter the run. No diagnosis of the whole mirror
 * can be faster than the two together on one core.
 */
function measureFloor(file: string): { readSeconds: number; writeSeconds: number; writeCpu: number } {
  const db = openMirror(file);
  let t = process.hrtime.bigint();
  // One pass, one row per item with its order, logistics and address: the least reading there is.
  const oneRowPerItem = db.prepare(
    `SELECT o.*, i.*, l.*, a.* FROM marketplace_orders o JOIN order_items i ON i.order_id = o.id
       LEFT JOIN order_logistics l ON l.order_id = i.order_id AND l.item_index = i.item_index
       LEFT JOIN order_addresses a ON a.order_id = o.id
      WHERE +o.integration_status = 'error'`
  );
  for (const row of oneRowPerItem.raw().iterate() as Iterable<unknown[]>) if (row.length === 0) throw new Error('empty row');
  const readSeconds = seconds(t);
  const diagnoses = db.prepare('SELECT * FROM diagnoses').raw().all() as unknown[][];
  const causes = db.prepare('SELECT * FROM diagnosis_causes').raw().all() as unknown[][];
  const schema = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ('diagnoses', 'diagnosis_causes') AND sql IS NOT NULL`
    )
    .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
  t = process.hrtime.bigint();
  const writeStart = cpu().thread;
  const rewrite = db.transaction(() => {
    for (const { type, name } of schema) db.exec(`DROP ${type.toUpperCase()} "${name}"`);
    db.exec('DELETE FROM diagnosis_causes; DELETE FROM diagnoses;');
    const insertDiagnosis = db.prepare(`INSERT INTO diagnoses VALUES (${diagnoses[0].map(() => '?').join(', ')})`);
    const insertCause = db.prepare(`INSERT INTO diagnosis_causes VALUES (${causes[0].map(() => '?').join(', ')})`);
    for (const row of diagnoses) insertDiagnosis.run(row);
    for (const row of causes) insertCause.run(row);
    for (const { type, sql } of schema) if (type === 'index') db.exec(sql);
    throw new RolledBack();
  });
  try {
    rewrite();
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  const writeSeconds = seconds(t);
  const writeCpu = cpu().thread - writeStart;
  db.close();
  return { readSeconds, writeSeconds, writeCpu };
}

class RolledBack extends Error {}

/**
 * What no whole run can beat on this machine, from CPU figures of the same run (wall times swing
 * with the other work on a shared machine): the run must read and write at least what the floor
 * does and also run the rules, so its CPU is at least the floor's plus the rules' (warm). With
 * every core free, its wall time is at least that spread over the cores, and never less than the
 * floor's rewrite, which one connection does alone (the rules of later pages can overlap it).
 */
function recordBound(m: { floorCpu: number; rewriteCpu: number; rulesCpu: number }): void {
  const cores = availableParallelism();
  const least = m.floorCpu + m.rulesCpu;
  record('bound: rules alone, warm, CPU seconds', m.rulesCpu);
  record('bound: whole run CPU / floor CPU at least', least / m.floorCpu);
  record(`bound: whole run / floor at least, ${cores} idle cores`, Math.max(m.rewriteCpu, least / cores) / m.floorCpu);
  record(
    'bound: writes overlap the rules',
    cores > 1 ? 'yes (the owner writes a page while another thread runs the rules)' : 'no (one core)'
  );
  record('load average over the last minute (cores busy)', loadavg()[0]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
  const db = openMirror(dbFile);

  const now = new Date();
  let t = process.hrtime.bigint();
  const store = readStoreData(db, now.toISOString());
  record('diagnosis: load store into memory, ms', seconds(t) * 1000);

  // Reading alone, then reading with the rules (classify + diagnose every failed order), no writes;
  // then both again, the rules now optimised by the JIT: the least CPU the rules themselves cost.
  let before = cpu();
  t = process.hrtime.bigint();
  let failed = 0;
  for (const order of iterateOrders(db, { status: 'error' })) if (order.id > 0) failed += 1;
  const read = seconds(t);
  const readCpu = cpu().thread - before.thread;
  record('diagnosis: failed orders', failed);
  record('diagnosis: read failed orders, seconds', read);
  t = process.hrtime.bigint();
  for (const order of iterateOrders(db, { status: 'error' })) diagnoseOrder(order, store);
  const readAndRules = seconds(t);
  record('diagnosis: read + rules, seconds', readAndRules);
  record('diagnosis: read + rules, failed orders per second', failed / readAndRules);
  before = cpu();
  for (const order of iterateOrders(db, { status: 'error' })) diagnoseOrder(order, store);
  const rulesCpu = Math.max(0, cpu().thread - before.thread - readCpu);
  record('rules alone, warm: CPU µs per failed order', (rulesCpu / failed) * 1e6);

  // The whole run as the app does it (store, read, rules and writes in one transaction), then the
  // floor, BENCH_REPEAT times in turn (default 1): on a shared machine the medians of runs taken
  // side by side say more than one of each. A new connection each time, so that the store is read
  // again rather than taken from the cache of the one above.
  db.close();
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
  const wholes: number[] = [];
  const wholeCpu: { process: number; thread: number }[] = [];
  const floorCpu: number[] = [];
  const floors: { readSeconds: number; writeSeconds: number; writeCpu: number }[] = [];
  let diagnosed = 0;
  for (let round = 0; round < repeat; round++) {
    const runDb = openMirror(dbFile);
    before = cpu();
    t = process.hrtime.bigint();
    diagnosed = runDiagnosis(runDb, { now }).diagnosed;
    wholes.push(seconds(t));
    runDb.close();
    const after = cpu();
    wholeCpu.push({ process: after.process - before.process, thread: after.thread - before.thread });
    before = after;
    floors.push(measureFloor(dbFile));
    floorCpu.push(cpu().process - before.process);
  }
  const whole = median(wholes);
  const floor = {
    readSeconds: median(floors.map((f) => f.readSeconds)),
    writeSeconds: median(floors.map((f) => f.writeSeconds))
  };
  if (repeat > 1) record('runs of the whole run and the floor (medians below)', repeat);
  record('diagnosis: whole run incl. writes, seconds', whole);
  record('diagnosis: whole run, failed orders per second', diagnosed / whole);
  record('diagnosis: whole run, mirror orders per second', ORDERS / whole);
  record('floor: raw read of failed orders and children, seconds', floor.readSeconds);
  record('floor: rewrite of the stored diagnoses, seconds', floor.writeSeconds);
  record('floor: read + rewrite, failed orders per second', failed / (floor.readSeconds + floor.writeSeconds));
  record('whole run / floor', whole / (floor.readSeconds + floor.writeSeconds));
  // On a busy shared machine wall times swing with the load; CPU time says what the run itself spent.
  record('whole run: CPU seconds, all threads', median(wholeCpu.map((c) => c.process)));
  record('whole run: CPU seconds, owner thread', median(wholeCpu.map((c) => c.thread)));
  record('floor: CPU seconds', median(floorCpu));
  record('whole run CPU / floor CPU', median(wholeCpu.map((c) => c.process)) / median(floorCpu));
  recordBound({ floorCpu: median(floorCpu), rewriteCpu: median(floors.map((f) => f.writeCpu)), rulesCpu });

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
