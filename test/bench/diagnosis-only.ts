/**
 * `node test/bench/built.mjs diagnosis`: the whole diagnosis run against its floor alone, on the
 * mirror a full bench left in BENCH_DIR (mirror.db), BENCH_REPEAT rounds (default 3). Nothing is
 * imported, so a change to the run can be measured in a minute.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureRulesAlone, measureWholeRuns, recordBound } from './diagnosis-bench';

const WORK = process.env.BENCH_DIR ?? resolve(__dirname, '../../.bench');
const file = join(WORK, 'mirror.db');
if (!existsSync(file)) throw new Error(`No mirror at ${file}: run the whole bench first (it imports one).`);

function record(name: string, value: number | string): void {
  console.log(
    `${name.padEnd(56)} ${typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : value}`
  );
}

const now = new Date();
const rulesCpu = process.env.BENCH_RULES === '0' ? null : measureRulesAlone(file, now, record);
const rounds = measureWholeRuns(file, now, Math.max(1, Number(process.env.BENCH_REPEAT ?? 3)), record);
if (rulesCpu !== null) recordBound(rounds, rulesCpu, record);
