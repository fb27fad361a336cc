/**
 * The whole diagnosis run against the SQLite floor, taken side by side: each round runs the whole
 * run as the app does it, then the floor, and says both ratios — wall and CPU — with the load
 * average when the round started and ended. Other work on a shared machine stretches wall times
 * (and, less, CPU times through caches), so a figure taken on a loaded machine says so beside it.
 * `npm run bench` calls this after its import; `node test/bench/built.mjs diagnosis` runs it alone
 * on the mirror the last bench left in BENCH_DIR.
 */
import { availableParallelism, loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { openMirror } from '../../src/main/core/db/connection';
import { iterateOrders } from '../../src/main/core/db/repositories/order-repository';
import { SYNC_ERROR_TYPES } from '../../src/main/core/db/repositories/diagnosis-writes';
import { readStoreData } from '../../src/main/core/db/repositories/store-data-repository';
import { diagnoseOrder, runDiagnosis } from '../../src/main/core/services/diagnosis-runner';

export type Record = (name: string, value: number | string) => void;

export function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds of the whole process (every thread) and of this thread alone (Linux; NaN elsewhere). */
export function cpu(): { process: number; thread: number } {
  const usage = process.cpuUsage();
  let thread = NaN;
  try {
    thread = statCpu(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
  } catch {
    // Not Linux: the thread's own time is not reported.
  }
  return { process: (usage.user + usage.system) / 1e6, thread };
}

/**
 * CPU seconds of one thread from its /proc/<pid>/task/<tid>/stat line: fields 14 and 15, user and
 * system time in clock ticks (100 a second).
 */
function statCpu(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of every thread of this process alive now but this one, by thread id (Linux; empty
 * elsewhere): V8's helper threads (optimising compiles, parallel and concurrent GC) live as long as
 * the process, so what they spend during a run is the difference between two of these.
 */
export function helperThreadsCpu(): Map<string, number> {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      if (tid === String(process.pid)) continue;
      try {
        threads.set(tid, statCpu(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  } catch {
    // Not Linux.
  }
  return threads;
}

/** What the threads alive at both readings spent in between. */
function spentBetween(before: Map<string, number>, after: Map<string, number>): number {
  let spent = 0;
  for (const [tid, cpuAfter] of after) {
    const cpuBefore = before.get(tid);
    if (cpuBefore !== undefined) spent += cpuAfter - cpuBefore;
  }
  return spent;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Floor {
  readSeconds: number;
  writeSeconds: number;
  /** CPU of the rewrite alone (this thread): the part no other thread can take. */
  writeCpu: number;
}

class RolledBack extends Error {}

/**
 * What SQLite alone costs on this machine, with no rules and no model objects: reading the failed
 * orders and their children as raw arrays in one pass, and writing back the rows the last run
 * stored into the emptied tables with plain inserts, their secondary indexes built once at the end
 * and no trigger, then the orders' error types brought in step with them (rolled back). The app's
 * triggers are left out on purpose: they are the app's cost, not SQLite's, and a floor that paid them
 * would flatter the run. No diagnosis of the whole mirror can be faster than the two together on one
 * core. Left out although a run needs it: reading the store (readStoreData, about 0.1 s of CPU at
 * 100k, 6–7% of the floor), which the rules read as model objects.
 */
export function measureFloor(file: string): Floor {
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
    // Every whole run brings the orders' error types in step with their diagnoses: SQL work on the
    // same rows, which the floor left out until December 2026 (about 70 ms of CPU at 100k).
    db.prepare(SYNC_ERROR_TYPES).run();
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

/**
 * Reading alone, then reading with the rules (classify + diagnose every failed order), no writes;
 * then both again, the rules now optimised by the JIT: the least CPU the rules themselves cost.
 */
export function measureRulesAlone(file: string, now: Date, record: Record): number {
  const db = openMirror(file);
  let t = process.hrtime.bigint();
  const store = readStoreData(db, now.toISOString());
  record('diagnosis: load store into memory, ms', seconds(t) * 1000);
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
  db.close();
  return rulesCpu;
}

/**
 * What no whole run can beat on this machine, from CPU figures of the same run (wall times swing
 * with the other work on a shared machine): the run must read and write at least what the floor
 * does and also run the rules, so its CPU is at least the floor's plus the rules' (warm). With
 * every core free, its wall time is at least that spread over the cores, and never less than the
 * floor's rewrite, which one connection does alone (the rules of later pages can overlap it).
 */
export function recordBound(rounds: Round[], rulesCpu: number, record: Record): void {
  const cores = availableParallelism();
  const floorCpu = median(rounds.map((r) => r.floorCpu));
  const rewriteCpu = median(rounds.map((r) => r.floor.writeCpu));
  const least = floorCpu + rulesCpu;
  record('bound: rules alone, warm, CPU seconds', rulesCpu);
  record('bound: whole run CPU / floor CPU at least', least / floorCpu);
  record(`bound: whole run / floor at least, ${cores} idle cores`, Math.max(rewriteCpu, least / cores) / floorCpu);
  record(
    'bound: writes overlap the rules',
    cores > 1 ? 'yes (the owner writes a page while another thread runs the rules)' : 'no (one core)'
  );
}

/** One round: the whole run then the floor, on fresh connections (so the store is read again). */
export interface Round {
  wholeSeconds: number;
  wholeCpu: number;
  ownerCpu: number;
  /**
   * CPU of V8's helper threads during the run (compiling the rules for each new thread, collecting
   * garbage); the rest of the run's CPU besides the owner's is its worker threads' own.
   */
  helperCpu: number;
  floor: Floor;
  floorCpu: number;
  loadStart: number;
  loadEnd: number;
  diagnosed: number;
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

export function measureRound(file: string, now: Date): Round {
  const loadStart = loadavg()[0];
  const runDb = openMirror(file);
  const helpersBefore = helperThreadsCpu();
  let before = cpu();
  const t = process.hrtime.bigint();
  const diagnosed = runDiagnosis(runDb, { now }).diagnosed;
  const wholeSeconds = seconds(t);
  runDb.close();
  const after = cpu();
  const helperCpu = spentBetween(helpersBefore, helperThreadsCpu());
  const wholeCpu = after.process - before.process;
  const ownerCpu = after.thread - before.thread;
  before = cpu();
  const floor = measureFloor(file);
  const floorCpu = cpu().process - before.process;
  return { wholeSeconds, wholeCpu, ownerCpu, helperCpu, floor, floorCpu, loadStart, loadEnd: loadavg()[0], diagnosed };
}

const floorSeconds = (round: Round) => round.floor.readSeconds + round.floor.writeSeconds;

/**
 * `repeat` rounds, each printed on one line (wall ratio and CPU ratio side by side, the load average
 * at its start and end), then the medians recorded under the names `npm run bench` always used.
 */
export function measureWholeRuns(file: string, now: Date, repeat: number, record: Record): Round[] {
  const rounds: Round[] = [];
  for (let index = 0; index < repeat; index++) {
    const round = measureRound(file, now);
    rounds.push(round);
    console.log(
      `round ${index + 1}: whole ${fixed(round.wholeSeconds)} s wall, ${fixed(round.wholeCpu)} s CPU` +
        ` (owner ${fixed(round.ownerCpu)}, workers ${fixed(round.wholeCpu - round.ownerCpu - round.helperCpu)}, V8 helpers ${fixed(round.helperCpu)})` +
        ` | floor ${fixed(floorSeconds(round))} s wall, ${fixed(round.floorCpu)} s CPU` +
        ` | wall ratio ${fixed(round.wholeSeconds / floorSeconds(round))}, CPU ratio ${fixed(round.wholeCpu / round.floorCpu)}` +
        ` | load ${fixed(round.loadStart)} → ${fixed(round.loadEnd)}`
    );
  }
  const whole = median(rounds.map((r) => r.wholeSeconds));
  const floor = {
    readSeconds: median(rounds.map((r) => r.floor.readSeconds)),
    writeSeconds: median(rounds.map((r) => r.floor.writeSeconds))
  };
  const diagnosed = rounds[0].diagnosed;
  if (repeat > 1) record('runs of the whole run and the floor (medians below)', repeat);
  record('diagnosis: whole run incl. writes, seconds', whole);
  record('diagnosis: whole run, failed orders per second', diagnosed / whole);
  record('floor: raw read of failed orders and children, seconds', floor.readSeconds);
  record('floor: rewrite of the stored diagnoses, seconds', floor.writeSeconds);
  record('floor: read + rewrite, failed orders per second', diagnosed / (floor.readSeconds + floor.writeSeconds));
  record('whole run: CPU seconds, all threads', median(rounds.map((r) => r.wholeCpu)));
  record('whole run: CPU seconds, owner thread', median(rounds.map((r) => r.ownerCpu)));
  record('whole run: CPU seconds, V8 helper threads (compiles, GC)', median(rounds.map((r) => r.helperCpu)));
  record('floor: CPU seconds', median(rounds.map((r) => r.floorCpu)));
  // Ratios taken within each round, then their median: the two halves of a round share its load.
  record('whole run / floor, wall (median of rounds)', median(rounds.map((r) => r.wholeSeconds / floorSeconds(r))));
  record('whole run CPU / floor CPU (median of rounds)', median(rounds.map((r) => r.wholeCpu / r.floorCpu)));
  record(
    'load average at the first round start → last round end',
    `${fixed(rounds[0].loadStart)} → ${fixed(rounds[rounds.length - 1].loadEnd)}`
  );
  return rounds;
}
