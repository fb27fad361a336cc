/**
 * The error queue at a million orders: `npx tsx test/bench/queue-bench.ts` builds a synthetic
 * mirror (queue-bench-seed.ts) and times the queue's queries; `runQueueBench(file)` times them on
 * a mirror someone else built (test/bench/run.ts, after a real import and diagnosis). Each figure
 * is the median of five runs, in milliseconds. Nothing here asserts a time.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMirror, type Db } from '../../src/main/core/db/connection';
import { listCauseGroups } from '../../src/main/core/db/repositories/diagnosis-repository';
import {
  countQueue,
  listQueueIds,
  queueFacets,
  readQueueRows,
  syncQueueSearch,
  type QueueCriteria,
  type QueueOrder
} from '../../src/main/core/db/repositories/queue-repository';
import { listGroupPage } from '../../src/main/core/services/group-service';
import { BENCH_SIZES, seedBenchMirror } from './queue-bench-seed';

const RUNS = 5;
const FAILED: QueueCriteria = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };
const BY_DATE: QueueOrder = { by: 'date', direction: 'desc' };

function median(run: () => unknown): number {
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)] * 100) / 100;
}

function once(run: () => unknown): number {
  const start = performance.now();
  run();
  return Math.round((performance.now() - start) * 100) / 100;
}

/** What the queue does for one screen: the page's ids, the total, the rows. */
function page(db: Db, filter: QueueCriteria, sort: QueueOrder = BY_DATE, offset = 0) {
  const ids = listQueueIds(db, filter, sort, { offset, limit: 100 });
  return { total: countQueue(db, filter), rows: readQueueRows(db, ids) };
}

/** Real values to filter by, taken from the mirror itself: the commonest of each. */
function probes(db: Db) {
  const commonest = (sql: string) => db.prepare(sql).pluck().get() as string;
  const errorType = commonest(
    `SELECT error_type FROM marketplace_orders WHERE error_type IS NOT NULL GROUP BY error_type ORDER BY COUNT(*) DESC LIMIT 1`
  );
  const cause = commonest(`SELECT code FROM diagnosis_causes GROUP BY code ORDER BY COUNT(*) DESC LIMIT 1`);
  const affiliate = commonest(`SELECT affiliate_id FROM marketplace_orders GROUP BY affiliate_id ORDER BY COUNT(*) DESC LIMIT 1`);
  const latest = commonest(`SELECT MAX(created_at) FROM marketplace_orders`);
  const skuName = commonest(
    `SELECT s.name FROM order_items i JOIN skus s ON s.id = i.sku_id GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1`
  );
  const orderId = commonest(
    `SELECT marketplace_order_id FROM marketplace_orders WHERE id = (SELECT MAX(id) / 2 FROM marketplace_orders)`
  );
  return {
    errorType,
    cause,
    affiliate,
    from: new Date(Date.parse(latest) - 30 * 86_400_000).toISOString(),
    to: latest,
    // A word of a popular SKU's name, without its accents (the index folds them).
    skuWord: (skuName.split(/\s+/).find((word) => word.length >= 4) ?? skuName).normalize('NFD').replace(/\p{M}/gu, ''),
    orderIdPrefix: orderId.slice(0, Math.min(orderId.length, 8))
  };
}

/** Times the queue's queries on a built mirror; returns milliseconds by query name. */
export async function runQueueBench(file?: string): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  let db: Db;
  let cleanup = () => {};
  if (file) {
    db = openMirror(file);
  } else {
    const built = join(tmpdir(), `queue-bench-${process.pid}.db`);
    cleanup = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(built + suffix, { force: true }));
    cleanup();
    db = openMirror(built);
    db.pragma('cache_size = -262144');
    const orders = Number(process.env.QUEUE_BENCH_ORDERS ?? BENCH_SIZES.orders);
    results[`build ${orders} orders (with search triggers)`] = once(() => seedBenchMirror(db, orders));
  }
  try {
    results['search index catch-up (first sync)'] = once(() => syncQueueSearch(db));
    db.pragma('optimize');
    const p = probes(db);
    const total = countQueue(db, FAILED);
    results['page 1, failed, by date'] = median(() => page(db, FAILED));
    results['page 1, failed, by value'] = median(() => page(db, FAILED, { by: 'value', direction: 'desc' }));
    results['page 1, failed, by age'] = median(() => page(db, FAILED, { by: 'age', direction: 'desc' }));
    results['page 1, all statuses, by date'] = median(() => page(db, { ...FAILED, states: [] }));
    results['page 1, one error type'] = median(() => page(db, { ...FAILED, errorTypes: [p.errorType] }));
    results['page 1, one error type, by value'] = median(() =>
      page(db, { ...FAILED, errorTypes: [p.errorType] }, { by: 'value', direction: 'desc' })
    );
    results['page 1, one cause'] = median(() => page(db, { ...FAILED, causes: [p.cause] }));
    results['page 1, no_cause_found'] = median(() => page(db, { ...FAILED, causes: ['no_cause_found'] }));
    results['page 1, affiliate + 30 days'] = median(() =>
      page(db, { ...FAILED, affiliates: [p.affiliate], from: p.from, to: p.to })
    );
    results[`page 1, search SKU word "${p.skuWord}"`] = median(() => page(db, { ...FAILED, search: p.skuWord }));
    results[`page 1, search order id prefix "${p.orderIdPrefix}"`] = median(() =>
      page(db, { ...FAILED, search: p.orderIdPrefix })
    );
    results[`deep page, offset ${Math.floor(total / 2)}`] = median(() => page(db, FAILED, BY_DATE, Math.floor(total / 2)));
    results['facets, failed'] = median(() => queueFacets(db, FAILED));
    results['facets, error type + affiliate'] = median(() =>
      queueFacets(db, { ...FAILED, errorTypes: [p.errorType], affiliates: [p.affiliate] })
    );
    results[`facets, search "${p.skuWord}"`] = median(() => queueFacets(db, { ...FAILED, search: p.skuWord }));
    results['cause groups (listCauseGroups, 500)'] = median(() => listCauseGroups(db, { limit: 500, orderIdsPerGroup: 1000 }));
    results['groups/list page (500)'] = median(() => listGroupPage(db, { sort: 'orders', limit: 500 }));
    return results;
  } finally {
    db.close();
    cleanup();
  }
}

if (require.main === module) {
  void runQueueBench(process.argv[2]).then((results) => {
    for (const [name, ms] of Object.entries(results)) console.log(`${name.padEnd(56)} ${ms.toLocaleString('en-US')} ms`);
  });
}
