import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { queueCountsAreCurrent } from '../../../src/main/core/db/repositories/queue-counts-repository';
import type { QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';
import { syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { readQueuePage } from '../../../src/main/core/services/queue-service';
import { insertOrder } from './seed';

const open: Db[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((db) => db.close());
});

const OPEN_VIEW: QueueCriteria = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };
const BY_DATE = { by: 'date', direction: 'desc' } as const;

function failedOrder(db: Db, id: number, affiliateId = 'AMZ'): void {
  insertOrder(db, {
    id,
    marketplaceOrderId: `702-${id}`,
    affiliateId,
    status: 'error',
    errorType: 'sku_inactive',
    message: 'SKU inativo',
    valueCents: id,
    createdAt: '2026-11-01T10:00:00.000Z',
    processedAt: `2026-11-01T10:${String(id % 60).padStart(2, '0')}:00.000Z`,
    skuIds: []
  });
}

/** A mirror as an import's commit leaves it: the counts' triggers set aside until their rebuild. */
function mirrorWithCountsAside(orders: number): Db {
  const db = openMirror(':memory:');
  open.push(db);
  db.transaction(() => {
    for (let id = 1; id <= orders; id++) failedOrder(db, id);
  })();
  syncQueueSearch(db);
  const counting = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name GLOB 'queue_generation_counts_*'`)
    .pluck()
    .all() as string[];
  for (const name of counting) db.exec(`DROP TRIGGER "${name}"`);
  return db;
}

/** The statements readQueuePage prepares that count the orders themselves. */
function orderCounts(db: Db): () => number {
  const prepare = vi.spyOn(db, 'prepare');
  const start = prepare.mock.calls.length;
  return () => prepare.mock.calls.slice(start).filter(([sql]) => /^SELECT COUNT\(\*\) FROM marketplace_orders/.test(sql)).length;
}

describe('the queue total while the counts wait for their rebuild (issue 9)', () => {
  it('counts the orders once per mirror generation, and again after a write', () => {
    const db = mirrorWithCountsAside(30);
    expect(queueCountsAreCurrent(db)).toBe(false);
    const counted = orderCounts(db);

    expect(readQueuePage(db, { filter: OPEN_VIEW, sort: BY_DATE, offset: 0, limit: 10 })).toMatchObject({
      total: 30,
      atLeast: false
    });
    const first = counted();
    expect(first).toBeGreaterThan(0);
    // The next pages of the same generation (an import's diagnosis still running) reuse that total.
    for (const offset of [0, 10, 20])
      expect(readQueuePage(db, { filter: OPEN_VIEW, sort: BY_DATE, offset, limit: 10 }).total).toBe(30);
    expect(counted()).toBe(first);

    // A write bumps the generation: the total is counted again and holds the new order.
    failedOrder(db, 31, 'MLB');
    expect(readQueuePage(db, { filter: OPEN_VIEW, sort: BY_DATE, offset: 0, limit: 10 }).total).toBe(31);
    expect(counted()).toBeGreaterThan(first);
    // Each filter keeps its own total.
    expect(readQueuePage(db, { filter: { ...OPEN_VIEW, affiliates: ['MLB'] }, sort: BY_DATE, offset: 0, limit: 10 }).total).toBe(
      1
    );
  });
});
