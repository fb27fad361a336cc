import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/main/core/services/app-service';
import { deskOverCore } from '../../support/desk-over-core';

/** Pure helpers, and the trends store against the real core over the demo mirror (as stores.test.ts does). */
const { desk, deps } = deskOverCore(join(__dirname, '../../../resources/demo/snapshot'));
(globalThis as unknown as { window: unknown }).window = { desk, location: { href: 'http://127.0.0.1/' } };
const { dayRange, OTHER_SERIES, stackByDay, trendFilter, weeksOf } =
  await import('../../../src/renderer/src/features/trends/trends-filter');
const { useTrendsStore } = await import('../../../src/renderer/src/features/trends/trends-store');
const { useQueueStore } = await import('../../../src/renderer/src/stores/queue-store');
const { useAppStore } = await import('../../../src/renderer/src/stores/app-store');

beforeAll(async () => {
  await loadDemo(deps);
});

const DAYS = Array.from({ length: 14 }, (_, index) => `2026-11-${String(7 + index).padStart(2, '0')}`);

describe('the dashboard’s chart rows and queue filters', () => {
  it('stacks per day with every day present, the largest series first and the rest as one', () => {
    const counts = [
      { day: '2026-11-07', key: 'a', count: 5 },
      { day: '2026-11-07', key: 'b', count: 2 },
      { day: '2026-11-08', key: 'c', count: 1 },
      { day: '2026-11-08', key: 'd', count: 1 },
      { day: '2026-10-01', key: 'a', count: 9 }
    ];
    const { rows, series } = stackByDay(DAYS, counts, 3);
    expect(series).toEqual(['a', 'b', OTHER_SERIES]);
    expect(rows).toHaveLength(14);
    expect(rows[0]).toEqual({ day: '2026-11-07', a: 5, b: 2 });
    expect(rows[1]).toEqual({ day: '2026-11-08', [OTHER_SERIES]: 2 });
    expect(stackByDay(DAYS, counts, 4).series).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters the open orders of one UTC day, nothing else the agent had kept', () => {
    expect(trendFilter({ errorTypes: ['sla_unavailable'], ...dayRange('2026-11-20') })).toEqual({
      states: ['open'],
      errorTypes: ['sla_unavailable'],
      causes: [],
      affiliates: [],
      tradePolicies: [],
      search: '',
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-20T23:59:59.999Z'
    });
  });

  it('takes this week as the last 7 days and last week as the 7 before', () => {
    expect(weeksOf(DAYS)).toEqual({
      thisWeek: { from: '2026-11-14T00:00:00.000Z', to: '2026-11-20T23:59:59.999Z' },
      lastWeek: { from: '2026-11-07T00:00:00.000Z', to: '2026-11-13T23:59:59.999Z' }
    });
  });
});

describe('trends store', () => {
  it('a segment picked shows in the queue exactly the orders it counted', async () => {
    await useTrendsStore.getState().load();
    const overview = useTrendsStore.getState().overview;
    const segment = overview?.byMarketplace.find((row) => row.count > 1) ?? overview?.byMarketplace[0];
    expect(segment).toBeDefined();
    if (!segment) return;
    useAppStore.getState().go('trends');
    await useTrendsStore.getState().showInQueue(trendFilter({ affiliates: [segment.key], ...dayRange(segment.day) }));
    expect(useAppStore.getState().screen).toBe('queue');
    expect(useQueueStore.getState().total).toBe(segment.count);
  });

  it('an oldest open order opens selected in the queue', async () => {
    const oldest = useTrendsStore.getState().overview?.oldestOpen[0];
    expect(oldest).toBeDefined();
    if (!oldest) return;
    await useTrendsStore.getState().openOrder(oldest.id, oldest.marketplaceOrderId);
    expect(useQueueStore.getState().selectedId).toBe(oldest.id);
  });
});
