import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { countQueue, countQueueUpTo, syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { walkingWhereOf, whereOf, type QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';
import { readQueuePage } from '../../../src/main/core/services/queue-service';
import {
  inMemoryMirrors,
  insertAffiliates,
  insertDiagnosis,
  insertOrder,
  insertResolution,
  orderedIds,
  picker,
  random,
  someOf
} from '../../support/seeded-mirror';

/*
 * The two shapes of a queue page (issue 9): walking the sort's index with the filter checked per
 * row, and collecting the filter's orders. They must select and order the same orders whatever the
 * filter; which one runs is a matter of speed only. The capped count agrees with counting.
 */

const inMemory = inMemoryMirrors();

const CODES = ['sku_inactive', 'no_stock', 'price_divergence'];
const DAYS = ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'];

function mirror(next: () => number): Db {
  const db = inMemory();
  const pick = picker(next);
  insertAffiliates(db, ['AMZ', 'MLB']);
  db.transaction(() => {
    for (let id = 1; id <= 300; id++) {
      const status = pick(['error', 'error', 'success', 'pending']);
      insertOrder(db, {
        id,
        affiliateId: pick(['AMZ', 'MLB']),
        status,
        errorType: status === 'error' ? pick(['sku_inactive', 'out_of_stock']) : null,
        createdAt: next() < 0.05 ? null : `${pick(DAYS)}T${String(Math.floor(next() * 24)).padStart(2, '0')}:00:00.000Z`,
        processedAt: next() < 0.05 ? null : `${pick(DAYS)}T12:${String(Math.floor(next() * 60)).padStart(2, '0')}:00.000Z`,
        valueCents: pick([100, 200, 300, null])
      });
      if (status !== 'error') continue;
      const outcome = pick(['causes', 'causes', 'no_cause_found']);
      const count = outcome === 'causes' ? 1 + Math.floor(next() * 2) : 0;
      insertDiagnosis(
        db,
        id,
        outcome,
        Array.from({ length: count }, () => ({ code: pick(CODES) }))
      );
      if (next() < 0.1) insertResolution(db, id);
    }
  })();
  syncQueueSearch(db);
  return db;
}

const ids = orderedIds;

describe('queue page shapes', () => {
  it('select and order the same orders walking the sort index as collecting the filter, for every sort', () => {
    const next = random(9);
    const db = mirror(next);
    const some = someOf(next, 0.4);
    let nonEmpty = 0;
    for (let probe = 0; probe < 120; probe++) {
      const filter: QueueCriteria = {
        states: some(['open', 'resolved', 'integrated'] as const),
        errorTypes: some(['sku_inactive', 'out_of_stock']),
        causes: some([...CODES, 'no_cause_found']),
        affiliates: some(['AMZ', 'MLB']),
        tradePolicies: some(['1', '2']),
        search: '',
        ...(next() < 0.5 ? { from: `${DAYS[Math.floor(next() * DAYS.length)]}T06:00:00.000Z` } : {}),
        ...(next() < 0.5 ? { to: `${DAYS[Math.floor(next() * DAYS.length)]}T18:00:00.000Z` } : {})
      };
      for (const by of ['date', 'value', 'age'] as const)
        for (const direction of ['asc', 'desc'] as const) {
          const sort = { by, direction };
          const collected = ids(db, whereOf(filter), sort);
          expect(ids(db, walkingWhereOf(filter, sort), sort), JSON.stringify({ filter, sort })).toEqual(collected);
          if (collected.length) nonEmpty++;
        }
      const all = countQueue(db, filter);
      expect(countQueueUpTo(db, filter, 5)).toBe(Math.min(all, 5));
      expect(countQueueUpTo(db, filter, 1000)).toBe(all);
    }
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('gives two causes an exact total within the cap, without the kept counts', () => {
    const db = mirror(random(4));
    const filter: QueueCriteria = {
      states: ['open'],
      errorTypes: [],
      causes: ['sku_inactive', 'no_stock'],
      affiliates: [],
      tradePolicies: [],
      search: ''
    };
    const page = readQueuePage(db, { filter, sort: { by: 'date', direction: 'desc' }, offset: 0, limit: 10 });
    expect(page.atLeast).toBe(false);
    expect(page.total).toBe(countQueue(db, filter));
    expect(page.total).toBeGreaterThan(10);
  });
});
