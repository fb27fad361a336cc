import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { syncQueueCounts } from '../../../src/main/core/db/repositories/queue-counts-repository';
import { SEARCH_CAP, type QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';
import {
  computeQueueFacets,
  countQueue,
  queueFacets,
  queueTotal,
  syncQueueSearch,
  totalFromCounts
} from '../../../src/main/core/db/repositories/queue-repository';
import { deleteResolution, writeResolution } from '../../../src/main/core/db/repositories/resolution-repository';
import {
  inMemoryMirrors,
  insertAffiliates,
  insertDiagnosis,
  insertOrder,
  picker,
  random,
  someOf
} from '../../support/seeded-mirror';
import { facetCounts, facetsByGroupBy } from '../../support/seeded-mirror-facets';

/*
 * The facets the kept counts cannot give alone (issue 9), against a fresh GROUP BY of the orders:
 * a search's, counted over the hits its list reads (kept while the index is unchanged, so across
 * writes), and three causes', whose orders with all three are read by id. Where the desk cannot
 * count exactly it says so (atLeast) and its counts are floors.
 */

const inMemory = inMemoryMirrors();

const CODES = ['sku_inactive', 'no_stock', 'price_divergence', 'insufficient_stock'];
const OUTCOMES = ['causes', 'causes', 'causes', 'no_cause_found', 'insufficient_data'];
const DAYS = ['2026-10-31', '2026-11-01', '2026-11-02'];
const FIRST = ['Maria', 'Ana', 'Mariana'];
const LAST = ['Silva', 'Souza', 'Silveira'];
const SEARCHES = ['maria', 'maria silva', 'sil', 'ana souza', 'silveira mari'];
const NONE: QueueCriteria = { states: [], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };

const rename = (db: Db, id: number, first: string, last: string) =>
  db.prepare('UPDATE marketplace_orders SET customer_first_name = ?, customer_last_name = ? WHERE id = ?').run(first, last, id);

/** A diagnosis with up to three causes (two or three of them often), or an outcome without any. */
function diagnose(db: Db, next: () => number, id: number): void {
  const outcome = picker(next)(OUTCOMES);
  const codes = outcome === 'causes' ? CODES.filter(() => next() < 0.55) : [];
  db.prepare('DELETE FROM diagnosis_causes WHERE order_id = ?').run(id);
  insertDiagnosis(
    db,
    id,
    outcome === 'causes' && !codes.length ? 'no_cause_found' : outcome,
    codes.map((code) => ({ code }))
  );
}

function mirror(next: () => number, orders: number): Db {
  const db = inMemory();
  const pick = picker(next);
  insertAffiliates(db);
  syncQueueCounts(db);
  db.transaction(() => {
    for (let id = 1; id <= orders; id++) {
      const status = pick(['error', 'error', 'error', 'success', 'pending']);
      insertOrder(db, {
        id,
        affiliateId: pick(['AMZ', 'MLB', 'MGZ']),
        status,
        errorType: status === 'error' ? pick(['sku_inactive', 'out_of_stock']) : null,
        createdAt: next() < 0.05 ? null : `${pick(DAYS)}T${String(Math.floor(next() * 24)).padStart(2, '0')}:00:00.000Z`
      });
      rename(db, id, pick(FIRST), pick(LAST));
      if (status === 'error') diagnose(db, next, id);
    }
  })();
  syncQueueSearch(db);
  return db;
}

/** One write the desk makes between two reads: a resolution, a new diagnosis, or a renamed customer the writer indexes. */
function randomWrite(db: Db, next: () => number): void {
  const id = db.prepare('SELECT id FROM marketplace_orders ORDER BY random() LIMIT 1').pluck().get() as number;
  const roll = next();
  if (roll < 0.3) writeResolution(db, id, { reason: 'duplicate', note: null, resolvedAt: 'now', resolvedBy: 'agent' });
  else if (roll < 0.45) deleteResolution(db, id);
  else if (roll < 0.8) diagnose(db, next, id);
  else {
    rename(db, id, picker(next)(FIRST), picker(next)(LAST));
    syncQueueSearch(db);
  }
}

describe('facets counted exactly where the kept counts cannot say them alone', () => {
  it('of a search and of three causes equal a fresh GROUP BY, through random writes', () => {
    const next = random(27);
    const db = mirror(next, 400);
    const some = someOf(next, 0.3);
    const pick = picker(next);
    let searched = 0;
    let three = 0;
    for (let probe = 0; probe < 160; probe++) {
      randomWrite(db, next);
      const causes = probe % 2 ? [...CODES].sort(() => next() - 0.5).slice(0, 3) : some([...CODES, 'no_cause_found']);
      const filter: QueueCriteria = {
        states: some(['open', 'resolved', 'integrated'] as const),
        errorTypes: some(['sku_inactive', 'out_of_stock']),
        causes: probe % 4 === 3 ? [pick(CODES), 'no_cause_found', pick(CODES)] : causes,
        affiliates: some(['AMZ', 'MLB', 'MGZ']),
        tradePolicies: some(['1', '2']),
        search: probe % 3 ? pick(SEARCHES) : '',
        ...(next() < 0.4 ? { from: `${pick(DAYS)}T${next() < 0.5 ? '00' : '07'}:00:00.000Z` } : {}),
        ...(next() < 0.4 ? { to: `${pick(DAYS)}T${next() < 0.5 ? '23:59:59.999' : '15:00:00.000'}Z` } : {})
      };
      const facets = queueFacets(db, filter);
      expect(facets.atLeast).toBe(false);
      expect(facetCounts(facets), JSON.stringify(filter)).toEqual(facetsByGroupBy(db, filter));
      expect(queueTotal(db, filter), JSON.stringify(filter)).toEqual({ total: countQueue(db, filter), atLeast: false });
      if (filter.search) searched++;
      if (new Set(filter.causes).size === 3) three++;
    }
    expect(searched).toBeGreaterThan(80);
    expect(three).toBeGreaterThan(60);
  });

  it('of a search that matched more than it takes count its newest SEARCH_CAP orders and say they are floors', () => {
    const next = random(5);
    const db = mirror(next, SEARCH_CAP + 400);
    const capped: boolean[] = [];
    for (const search of ['s', 'maria', 'mariana silveira']) {
      const filter = { ...NONE, search };
      const all = facetsByGroupBy(db, filter, Number.MAX_SAFE_INTEGER);
      const matched = all.states.reduce((sum, [, count]) => sum + count, 0);
      const facets = queueFacets(db, filter);
      expect(facets.atLeast, search).toBe(matched > SEARCH_CAP);
      capped.push(facets.atLeast);
      expect(facetCounts(facets), search).toEqual(facetsByGroupBy(db, filter));
      if (matched <= SEARCH_CAP) {
        expect(facetCounts(facets), search).toEqual(all);
        continue;
      }
      // Each count at most what every match would count.
      for (const [name, values] of Object.entries(facetCounts(facets)))
        for (const [value, count] of values)
          expect(count).toBeLessThanOrEqual(all[name as keyof typeof all].find(([other]) => other === value)![1]);
    }
    expect(capped).toEqual([true, false, false]);
  });

  it('of three causes whose rarest has more orders than it checks are floors, and leave their total to be counted', () => {
    const db = inMemory();
    insertAffiliates(db);
    syncQueueCounts(db);
    const orders = 60;
    db.transaction(() => {
      // Every order has the first two codes, one in ten the third too.
      for (let id = 1; id <= orders; id++) {
        insertOrder(db, { id, affiliateId: id % 2 ? 'AMZ' : 'MLB', status: 'error', errorType: 'sku_inactive' });
        insertDiagnosis(
          db,
          id,
          'causes',
          CODES.slice(0, id % 10 ? 2 : 3).map((code) => ({ code }))
        );
      }
    })();
    const filter = { ...NONE, causes: CODES.slice(0, 3) };
    const exact = facetsByGroupBy(db, filter);
    const counted = computeQueueFacets(db, filter);
    expect(counted.atLeast).toBe(false);
    expect(facetCounts(counted)).toEqual(exact);
    expect(totalFromCounts(db, filter)).toBe(orders);
    // The rarest code has six orders: checking five at most, the orders with all three are left out.
    const floors = computeQueueFacets(db, filter, 5);
    expect(floors.atLeast).toBe(true);
    for (const name of ['states', 'errorTypes', 'affiliates', 'tradePolicies'] as const)
      for (const [value, count] of facetCounts(floors)[name])
        expect(count).toBeLessThanOrEqual(exact[name].find(([other]) => other === value)![1]);
    expect(facetCounts(floors).states).toEqual([['open', orders - orders / 10]]);
    expect(facetCounts(floors).causes).toEqual(exact.causes);
    expect(totalFromCounts(db, filter, 5)).toBeNull();
  });
});
