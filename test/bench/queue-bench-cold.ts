/**
 * The queue's aggregate reads cold — the first read after a write, as an agent meets them after a
 * note, a fix or a resolution — and warm, at a million orders (issues 9 and 11):
 * `npx tsx test/bench/queue-bench-cold.ts [mirror.db]` seeds a synthetic mirror when no file is
 * given (QUEUE_BENCH_ORDERS sets its size). Each read is timed RUNS times after a write (resolve
 * an order, reopen it: both change the queue) and RUNS times again without one; p50 and p95 in ms.
 * Nothing here asserts a time.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMirror, type Db } from '../../src/main/core/db/connection';
import { queueCountsAreCurrent } from '../../src/main/core/db/repositories/queue-counts-repository';
import {
  countQueue,
  listQueueIds,
  queueFacets,
  readQueueRows,
  syncQueueSearch
} from '../../src/main/core/db/repositories/queue-repository';
import type { QueueCriteria } from '../../src/main/core/db/repositories/queue-filter-sql';
import { computeQueueFacetsFromOrders } from '../../src/main/core/db/repositories/queue-facets';
import { trendsOverview } from '../../src/main/core/db/repositories/trends-repository';
import { listGroupPage } from '../../src/main/core/services/group-service';
import { BENCH_SIZES, seedBenchMirror } from './queue-bench-seed';

const RUNS = Number(process.env.RUNS ?? 7);
const OPEN: QueueCriteria = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };

const round = (ms: number) => Math.round(ms * 100) / 100;
const percentile = (samples: number[], p: number) =>
  round([...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]);

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Resolving an order and reopening it: two writes that change the queue's counts and generation. */
function write(db: Db): void {
  const id = db.prepare(`SELECT id FROM marketplace_orders WHERE integration_status = 'error' LIMIT 1`).pluck().get() as number;
  db.prepare(
    `INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (?, 'duplicate', 'now', 'bench')`
  ).run(id);
  db.prepare('DELETE FROM order_resolutions WHERE order_id = ?').run(id);
}

function reads(db: Db): Record<string, () => unknown> {
  const commonest = (sql: string) => db.prepare(sql).pluck().get() as string;
  const errorType = commonest(
    `SELECT error_type FROM queue_counts WHERE state = 'open' GROUP BY error_type ORDER BY SUM(orders) DESC LIMIT 1`
  );
  const [cause, other] = db
    .prepare(`SELECT value FROM queue_cause_counts GROUP BY value ORDER BY SUM(orders) DESC LIMIT 2`)
    .pluck()
    .all() as string[];
  const affiliate = commonest(`SELECT affiliate_id FROM queue_counts GROUP BY affiliate_id ORDER BY SUM(orders) DESC LIMIT 1`);
  const policy = commonest(
    'SELECT sales_channel FROM affiliates WHERE id = ?'.replace('?', `'${affiliate.replaceAll("'", "''")}'`)
  );
  const latest = commonest('SELECT MAX(created_at) FROM marketplace_orders');
  const from = new Date(Date.parse(latest) - 30 * 86_400_000).toISOString();
  const asOf = latest;
  const facets = (filter: Partial<QueueCriteria>) => () => queueFacets(db, { ...OPEN, ...filter });
  return {
    'facets, open': facets({}),
    'facets, every state': facets({ states: [] }),
    'facets, one error type + affiliate': facets({ errorTypes: [errorType], affiliates: [affiliate] }),
    'facets, one trade policy': facets({ tradePolicies: [policy] }),
    'facets, one cause': facets({ causes: [cause] }),
    'facets, two causes (orders under them counted)': facets({ causes: [cause, other] }),
    'facets, last 30 days (edges counted)': facets({ from, to: latest }),
    'facets, last 30 days + error type (causes counted)': facets({ from, to: latest, errorTypes: [errorType] }),
    'facets, search "Mochila" (counted from orders)': facets({ search: 'Mochila' }),
    'facets, open, counted from the orders (before)': () => computeQueueFacetsFromOrders(db, OPEN),
    'groups/list first page (100)': () => listGroupPage(db, { sort: 'orders', limit: 100 }),
    'groups/list first page by value (100)': () => listGroupPage(db, { sort: 'value', limit: 100 }),
    'queue page 1 + total, open': () => {
      const ids = listQueueIds(db, OPEN, { by: 'date', direction: 'desc' }, { offset: 0, limit: 100 });
      return [countQueue(db, OPEN), readQueueRows(db, ids)];
    },
    'trends overview': () => trendsOverview(db, asOf)
  };
}

export function runColdBench(file?: string): Record<string, { cold: [number, number]; warm: [number, number] }> {
  let db: Db;
  let cleanup = () => {};
  if (file) db = openMirror(file);
  else {
    const built = join(tmpdir(), `queue-bench-cold-${process.pid}.db`);
    cleanup = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(built + suffix, { force: true }));
    cleanup();
    db = openMirror(built);
    seedBenchMirror(db, Number(process.env.QUEUE_BENCH_ORDERS ?? BENCH_SIZES.orders));
  }
  try {
    const catchUp = timed(() => syncQueueSearch(db));
    console.log(`catch-up after open (search index + counts rebuilt when behind): ${round(catchUp)} ms`);
    if (!queueCountsAreCurrent(db)) throw new Error('the counts are not current after the catch-up');
    const results: Record<string, { cold: [number, number]; warm: [number, number] }> = {};
    for (const [name, read] of Object.entries(reads(db))) {
      const cold = Array.from({ length: RUNS }, () => (write(db), timed(read)));
      const warm = Array.from({ length: RUNS }, () => timed(read));
      results[name] = { cold: [percentile(cold, 50), percentile(cold, 95)], warm: [percentile(warm, 50), percentile(warm, 95)] };
    }
    return results;
  } finally {
    db.close();
    cleanup();
  }
}

if (require.main === module) {
  const results = runColdBench(process.argv[2]);
  console.log(`${'read'.padEnd(48)} cold p50 / p95 ms   warm p50 / p95 ms`);
  for (const [name, { cold, warm }] of Object.entries(results))
    console.log(`${name.padEnd(48)} ${`${cold[0]} / ${cold[1]}`.padEnd(18)} ${warm[0]} / ${warm[1]}`);
}
