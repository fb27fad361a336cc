/**
 * Every read the queue, the groups list and a group's orders make, cold — the first read after a
 * write, as an agent meets them after a note, a fix or a resolution — and warm, at a million orders
 * (issue 9): `npx tsx test/bench/queue-bench-cold.ts [mirror.db] [name filter]` seeds a synthetic
 * mirror when no file is given (QUEUE_BENCH_ORDERS sets its size; seed one file once with
 * queue-bench-seed.ts and reuse it). Each read is timed RUNS times after a write (resolve an order,
 * reopen it: both change the queue; a search's reads also after a write that reaches the full-text
 * index) and RUNS times again without one; p50 and p95 in ms. A queue
 * read is what `queue/list` answers (the page's rows and the total) and, under the same filter,
 * what `queue/facets` answers. Nothing here asserts a time.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMirror, type Db } from '../../src/main/core/db/connection';
import { queueCountsAreCurrent } from '../../src/main/core/db/repositories/queue-counts-repository';
import {
  listQueueIds,
  queueFacets,
  queuePosition,
  syncQueueSearch,
  totalFromCounts
} from '../../src/main/core/db/repositories/queue-repository';
import type { QueueCriteria, QueueOrder } from '../../src/main/core/db/repositories/queue-filter-sql';
import { trendsOverview } from '../../src/main/core/db/repositories/trends-repository';
import { listGroupOrders, listGroupPage } from '../../src/main/core/services/group-service';
import { readQueuePage } from '../../src/main/core/services/queue-service';
import { BENCH_SIZES, seedBenchMirror } from './queue-bench-seed';

const RUNS = Number(process.env.RUNS ?? 7);
const OPEN: QueueCriteria = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };
const BY_DATE: QueueOrder = { by: 'date', direction: 'desc' };

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

/**
 * A write that reaches the full-text index: an order's e-mail written again and the index caught up,
 * as the writer does after an import or a sync touches an order. A search's hits are kept while the
 * index is unchanged, so after write() a search is not matched again; after this one it is.
 */
function writeIndexed(db: Db): void {
  write(db);
  const id = db.prepare(`SELECT id FROM marketplace_orders WHERE integration_status = 'error' LIMIT 1`).pluck().get() as number;
  db.prepare('UPDATE marketplace_orders SET customer_email = customer_email WHERE id = ?').run(id);
  syncQueueSearch(db);
}

/** Reads timed cold after writeIndexed instead of write (their names say so). */
const AFTER_INDEXED_WRITE = 'after an indexed write';

/** Real values to filter by, taken from the mirror itself. */
function probes(db: Db) {
  const one = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as string;
  const errorType = one(
    `SELECT error_type FROM queue_counts WHERE state = 'open' GROUP BY error_type ORDER BY SUM(orders) DESC LIMIT 1`
  );
  const rareErrorType = one(
    `SELECT error_type FROM queue_counts WHERE state = 'open' AND error_type <> '' GROUP BY error_type ORDER BY SUM(orders) LIMIT 1`
  );
  const [cause, other] = db
    .prepare(`SELECT value FROM queue_cause_counts GROUP BY value ORDER BY SUM(orders) DESC LIMIT 2`)
    .pluck()
    .all() as string[];
  const rareCause = one(`SELECT value FROM queue_cause_counts GROUP BY value ORDER BY SUM(orders) LIMIT 1`);
  const affiliate = one(`SELECT affiliate_id FROM queue_counts GROUP BY affiliate_id ORDER BY SUM(orders) DESC LIMIT 1`);
  const rareAffiliate = one(`SELECT affiliate_id FROM queue_counts GROUP BY affiliate_id ORDER BY SUM(orders) LIMIT 1`);
  const policy = one('SELECT sales_channel FROM affiliates WHERE id = ?', affiliate);
  const latest = one('SELECT MAX(created_at) FROM marketplace_orders');
  const middle = one(
    'SELECT marketplace_order_id FROM marketplace_orders WHERE id = (SELECT MAX(id) / 2 FROM marketplace_orders)'
  );
  const skuId = one(`SELECT sku_id FROM order_items GROUP BY sku_id ORDER BY COUNT(*) LIMIT 1 OFFSET 100`);
  const group = db.prepare(`SELECT code, group_key AS key FROM cause_group_counts ORDER BY orders DESC LIMIT 1`).get() as {
    code: string;
    key: string;
  };
  return {
    errorType,
    rareErrorType,
    cause,
    other,
    rareCause,
    affiliate,
    rareAffiliate,
    policy,
    from: new Date(Date.parse(latest) - 30 * 86_400_000).toISOString(),
    to: latest,
    orderId: middle,
    orderIdPrefix: middle.slice(0, 8),
    skuId,
    group
  };
}

function reads(db: Db): Record<string, () => unknown> {
  const p = probes(db);
  const filters: Record<string, Partial<QueueCriteria>> = {
    open: {},
    'every state': { states: [] },
    resolved: { states: ['resolved'] },
    integrated: { states: ['integrated'] },
    'error type': { errorTypes: [p.errorType] },
    'rare error type': { errorTypes: [p.rareErrorType] },
    cause: { causes: [p.cause] },
    'rare cause': { causes: [p.rareCause] },
    'two causes': { causes: [p.cause, p.other] },
    no_cause_found: { causes: ['no_cause_found'] },
    affiliate: { affiliates: [p.affiliate] },
    'rare affiliate': { affiliates: [p.rareAffiliate] },
    'trade policy': { tradePolicies: [p.policy] },
    '30 days': { from: p.from, to: p.to },
    'error type + affiliate': { errorTypes: [p.errorType], affiliates: [p.affiliate] },
    'error type + cause': { errorTypes: [p.errorType], causes: [p.cause] },
    'error type + 30 days': { errorTypes: [p.errorType], from: p.from, to: p.to },
    'cause + affiliate': { causes: [p.cause], affiliates: [p.affiliate] },
    'cause + 30 days': { causes: [p.cause], from: p.from, to: p.to },
    'affiliate + 30 days': { affiliates: [p.affiliate], from: p.from, to: p.to },
    'two causes + 30 days': { causes: [p.cause, p.other], from: p.from, to: p.to },
    'three causes': { causes: [p.cause, p.other, p.rareCause] },
    'error type + affiliate + 30 days': { errorTypes: [p.errorType], affiliates: [p.affiliate], from: p.from, to: p.to },
    'search order id': { search: p.orderId },
    'search order id prefix': { search: p.orderIdPrefix },
    'search SKU id': { search: p.skuId },
    'search free text "Mochila"': { search: 'Mochila' },
    'search free text "maria silva"': { search: 'maria silva' },
    'search "Mochila" + error type': { search: 'Mochila', errorTypes: [p.errorType] }
  };
  const sorts: Record<string, QueueOrder> = {
    'date asc': { by: 'date', direction: 'asc' },
    'value desc': { by: 'value', direction: 'desc' },
    'value asc': { by: 'value', direction: 'asc' },
    'age desc': { by: 'age', direction: 'desc' },
    'age asc': { by: 'age', direction: 'asc' }
  };
  const list =
    (filter: Partial<QueueCriteria>, sort = BY_DATE, offset = 0) =>
    () =>
      readQueuePage(db, { filter: { ...OPEN, ...filter }, sort, offset, limit: 100 });
  const all: Record<string, () => unknown> = {};
  for (const [name, filter] of Object.entries(filters)) {
    all[`list, ${name}`] = list(filter);
    all[`facets, ${name}`] = () => queueFacets(db, { ...OPEN, ...filter });
  }
  for (const search of ['maria silva', 'Mochila']) {
    all[`list, search "${search}", ${AFTER_INDEXED_WRITE}`] = list({ search });
    all[`facets, search "${search}", ${AFTER_INDEXED_WRITE}`] = () => queueFacets(db, { ...OPEN, search });
  }
  for (const [name, sort] of Object.entries(sorts)) {
    all[`list, open, ${name}`] = list({}, sort);
    all[`list, error type, ${name}`] = list({ errorTypes: [p.errorType] }, sort);
    all[`list, cause, ${name}`] = list({ causes: [p.cause] }, sort);
    all[`list, 30 days, ${name}`] = list({ from: p.from, to: p.to }, sort);
  }
  all['list, open, page 2 (offset 100)'] = list({}, BY_DATE, 100);
  all['list, open, page 50 (offset 5,000)'] = list({}, BY_DATE, 5_000);
  all['list, open, deep page (offset 300,000)'] = list({}, BY_DATE, 300_000);
  all['list, error type, deep page (offset 50,000)'] = list({ errorTypes: [p.errorType] }, BY_DATE, 50_000);
  // The same deep pages as the desk reads them scrolling on: after the row shown before them.
  const afterDeep = (filter: Partial<QueueCriteria>, offset: number) => {
    const after = listQueueIds(db, { ...OPEN, ...filter }, BY_DATE, { offset: offset - 1, limit: 1 })[0];
    return () => readQueuePage(db, { filter: { ...OPEN, ...filter }, sort: BY_DATE, offset, limit: 100, after });
  };
  all['list, open, deep page after its cursor (offset 300,000)'] = afterDeep({}, 300_000);
  all['list, error type, deep page after its cursor (offset 50,000)'] = afterDeep({ errorTypes: [p.errorType] }, 50_000);
  const positioned = db.prepare(`SELECT id FROM marketplace_orders WHERE integration_status = 'error' AND id > 500000 LIMIT 1`);
  const selected = positioned.pluck().get() as number;
  all['position of an order, open by date'] = () => queuePosition(db, selected, OPEN, BY_DATE);
  all['position of an order, error type by value'] = () =>
    queuePosition(db, selected, { ...OPEN, errorTypes: [p.errorType] }, { by: 'value', direction: 'desc' });
  // The order in the middle of the list: the farthest from both ends (0.5 s at 1M counted on both sides in turn).
  const middleOf = (filter: QueueCriteria, sort: QueueOrder) =>
    listQueueIds(db, filter, sort, { offset: Math.floor((totalFromCounts(db, filter) ?? 0) / 2), limit: 1 })[0];
  const byValue: QueueOrder = { by: 'value', direction: 'desc' };
  const underType = { ...OPEN, errorTypes: [p.errorType] };
  const middle = middleOf(OPEN, BY_DATE);
  const typeMiddle = middleOf(underType, byValue);
  all['position of the middle order, open by date'] = () => queuePosition(db, middle, OPEN, BY_DATE);
  all['position of the middle order, error type by value'] = () => queuePosition(db, typeMiddle, underType, byValue);
  all['groups, first page by orders (100)'] = () => listGroupPage(db, { sort: 'orders', limit: 100 });
  all['groups, first page by value (100)'] = () => listGroupPage(db, { sort: 'value', limit: 100 });
  const second = listGroupPage(db, { sort: 'orders', limit: 100 }).next ?? undefined;
  all['groups, second page by orders'] = () => listGroupPage(db, { sort: 'orders', limit: 100, after: second });
  all['groups, commonest cause, by orders'] = () => listGroupPage(db, { sort: 'orders', limit: 100, cause: p.cause });
  all['groups, commonest cause, by value'] = () => listGroupPage(db, { sort: 'value', limit: 100, cause: p.cause });
  all['groups, rarest cause'] = () => listGroupPage(db, { sort: 'orders', limit: 100, cause: p.rareCause });
  all['groups, one group (refresh)'] = () =>
    listGroupPage(db, { sort: 'orders', limit: 1, cause: p.group.code, key: p.group.key });
  all['group orders, largest group, first 1,000'] = () =>
    listGroupOrders(db, { cause: p.group.code, key: p.group.key, afterId: 0, limit: 1000 });
  all['group orders, largest group, from the middle'] = () =>
    listGroupOrders(db, { cause: p.group.code, key: p.group.key, afterId: 500_000, limit: 1000 });
  all['trends overview'] = () => trendsOverview(db, p.to);
  return all;
}

type Figures = Record<string, { cold: [number, number]; warm: [number, number] }>;

export function runColdBench(file?: string, only?: string): Figures {
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
    const results: Figures = {};
    for (const [name, read] of Object.entries(reads(db))) {
      if (only && !name.includes(only)) continue;
      const writeBefore = name.endsWith(AFTER_INDEXED_WRITE) ? writeIndexed : write;
      const cold = Array.from({ length: RUNS }, () => (writeBefore(db), timed(read)));
      const warm = Array.from({ length: RUNS }, () => timed(read));
      results[name] = { cold: [percentile(cold, 50), percentile(cold, 95)], warm: [percentile(warm, 50), percentile(warm, 95)] };
      if (process.env.PROGRESS) console.log(name, results[name].cold.join(' / '));
    }
    return results;
  } finally {
    db.close();
    cleanup();
  }
}

if (require.main === module) {
  const results = runColdBench(process.argv[2], process.argv[3]);
  console.log(`${'read'.padEnd(52)} cold p50 / p95 ms   warm p50 / p95 ms`);
  for (const [name, { cold, warm }] of Object.entries(results))
    console.log(`${name.padEnd(52)} ${`${cold[0]} / ${cold[1]}`.padEnd(18)} ${warm[0]} / ${warm[1]}`);
}
