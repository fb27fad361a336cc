import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { queueCountsAreCurrent } from '../../../src/main/core/db/repositories/queue-counts-repository';
import { trendsOverview } from '../../../src/main/core/db/repositories/trends-repository';
import { createApi } from '../../../src/main/core/api';
import { silentEvents } from '../../../src/main/core/ports';
import type { CoreDeps } from '../../../src/main/core/services/deps';
import type { TrendsOverview } from '../../../src/shared/api/trends';
import { insertDiagnosis, insertOrder, seedQueue } from '../queue/seed';

const AS_OF = '2026-11-07T12:00:00.000Z';

/**
 * The queue's seed (open failures on 10-20, 11-01, 11-03, 11-04, 11-05), plus: a failure resolved
 * as a duplicate (not open: not counted), one created before the 30-day window (only the oldest
 * list sees it) and one in the week before the as-of week.
 */
function seedTrends(): Db {
  const db = seedQueue();
  insertOrder(db, {
    id: 8,
    marketplaceOrderId: '702-1008',
    affiliateId: 'AMZ',
    status: 'error',
    errorType: 'sla_unavailable',
    valueCents: 9900,
    createdAt: '2026-11-05T09:00:00.000Z',
    processedAt: null,
    skuIds: ['1003']
  });
  db.prepare(`INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (8, 'duplicate', ?, 'ana')`).run(
    AS_OF
  );
  insertOrder(db, {
    id: 9,
    marketplaceOrderId: '702-1009',
    affiliateId: 'AMZ',
    status: 'error',
    errorType: 'out_of_stock',
    valueCents: 700,
    createdAt: '2026-09-01T09:00:00.000Z',
    processedAt: null,
    skuIds: ['2001']
  });
  insertOrder(db, {
    id: 10,
    marketplaceOrderId: '850-2010',
    affiliateId: 'MLB',
    status: 'error',
    errorType: 'out_of_stock',
    valueCents: 2500,
    createdAt: '2026-10-28T23:59:59.000Z',
    processedAt: null,
    skuIds: ['2001']
  });
  insertDiagnosis(db, 10, 'out_of_stock', 'causes', [{ code: 'insufficient_stock', key: 'sku:2001', skuId: '2001' }]);
  return db;
}

let db: Db;
beforeEach(() => (db = seedTrends()));
afterEach(() => db.close());

describe('trends over the open failed orders', () => {
  it('covers the 30 UTC days ending on the as-of day', () => {
    const trends = trendsOverview(db, AS_OF);
    expect(trends.asOfDay).toBe('2026-11-07');
    expect(trends.days).toHaveLength(30);
    expect(trends.days[0]).toBe('2026-10-09');
    expect(trends.days[29]).toBe('2026-11-07');
  });

  it('counts failures per day by error type and by marketplace, leaving out resolved, integrated, pending and older orders', () => {
    const trends = trendsOverview(db, AS_OF);
    expect(trends.byErrorType).toEqual([
      { day: '2026-10-20', key: 'price_divergence', count: 1 },
      { day: '2026-10-28', key: 'out_of_stock', count: 1 },
      { day: '2026-11-01', key: 'sla_unavailable', count: 1 },
      { day: '2026-11-03', key: 'out_of_stock', count: 1 },
      { day: '2026-11-04', key: 'sla_unavailable', count: 1 },
      { day: '2026-11-05', key: 'sla_unavailable', count: 1 }
    ]);
    expect(trends.byMarketplace).toEqual([
      { day: '2026-10-20', key: 'MGZ', count: 1 },
      { day: '2026-10-28', key: 'MLB', count: 1 },
      { day: '2026-11-01', key: 'AMZ', count: 1 },
      { day: '2026-11-03', key: 'AMZ', count: 1 },
      { day: '2026-11-04', key: 'MGZ', count: 1 },
      { day: '2026-11-05', key: 'MLB', count: 1 }
    ]);
    expect(trends.marketplaceNames).toEqual({ AMZ: 'Amazon', MGZ: 'Magalu', MLB: 'Mercado Livre' });
  });

  it('sums the value at stake per day in cents (an order without a value counts, adding nothing)', () => {
    expect(trendsOverview(db, AS_OF).valueByDay).toEqual([
      { day: '2026-10-20', valueCents: 5000, count: 1 },
      { day: '2026-10-28', valueCents: 2500, count: 1 },
      { day: '2026-11-01', valueCents: 5000, count: 1 },
      { day: '2026-11-03', valueCents: 12000, count: 1 },
      { day: '2026-11-04', valueCents: 0, count: 1 },
      { day: '2026-11-05', valueCents: 3000, count: 1 }
    ]);
  });

  it('compares causes this week with last week, an order once per code', () => {
    expect(trendsOverview(db, AS_OF).topCauses).toEqual([
      { code: 'sku_inactive', thisWeek: 2, lastWeek: 0 },
      { code: 'insufficient_stock', thisWeek: 1, lastWeek: 1 },
      { code: 'no_dock_for_trade_policy', thisWeek: 1, lastWeek: 0 }
    ]);
  });

  it('lists the oldest open orders first, whatever the window', () => {
    const oldest = trendsOverview(db, AS_OF).oldestOpen;
    expect(oldest.map((order) => order.marketplaceOrderId)).toEqual([
      '702-1009',
      '900-3001',
      '850-2010',
      '702-1001',
      '702-1002',
      '900-3002',
      '850-2001'
    ]);
    expect(oldest[0]).toEqual({
      id: 9,
      marketplaceOrderId: '702-1009',
      affiliateId: 'AMZ',
      errorType: 'out_of_stock',
      createdAt: '2026-09-01T09:00:00.000Z',
      valueCents: 700
    });
  });

  it('is cached per mirror generation: a resolution shows at the next read', () => {
    const first = trendsOverview(db, AS_OF);
    expect(trendsOverview(db, AS_OF)).toBe(first);
    db.prepare(`INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (2, 'wont_fix', ?, 'ana')`).run(
      AS_OF
    );
    const after = trendsOverview(db, AS_OF);
    expect(after.byErrorType.find((row) => row.day === '2026-11-03')).toBeUndefined();
    expect(after.topCauses).toEqual([
      { code: 'no_dock_for_trade_policy', thisWeek: 1, lastWeek: 0 },
      { code: 'sku_inactive', thisWeek: 1, lastWeek: 0 },
      { code: 'insufficient_stock', thisWeek: 0, lastWeek: 1 }
    ]);
  });
});

describe('trends read from the counts the writer keeps', () => {
  it('equal the same trends counted from the orders while the counts are being rebuilt', () => {
    expect(queueCountsAreCurrent(db)).toBe(true);
    const fromCounts = trendsOverview(db, AS_OF);
    expect(fromCounts.byErrorType.length).toBeGreaterThan(3);
    // A schema change (what a bulk path's set-aside triggers leave) makes the counts untrusted.
    db.exec('CREATE TABLE bump_schema (x); DROP TABLE bump_schema');
    db.prepare(`UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'queue_generation'`).run();
    expect(queueCountsAreCurrent(db)).toBe(false);
    const fromOrders = trendsOverview(db, AS_OF);
    expect(fromOrders).not.toBe(fromCounts);
    expect(fromOrders).toEqual(fromCounts);
  });
});

describe('trends/overview through the API', () => {
  it('answers as of the snapshot moment the mirror records', async () => {
    db.prepare(
      `INSERT INTO mirror_meta (key, value) VALUES ('exportedAt', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`
    ).run(AS_OF);
    const deps: CoreDeps = {
      db,
      dbPath: ':memory:',
      transport: 'browser',
      appVersion: 'test',
      clock: { now: () => new Date('2030-01-01T00:00:00Z') },
      actor: 'tester',
      events: silentEvents,
      demoSnapshotDir: ''
    };
    const result = await createApi(deps).dispatch('trends/overview', {});
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as TrendsOverview;
    expect(value.asOfDay).toBe('2026-11-07');
    expect(value.valueByDay).toHaveLength(6);
  });
});
