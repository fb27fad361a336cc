import { afterEach, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { listQueueIds, syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { pageSql, seeksFirstDate } from '../../../src/main/core/db/repositories/queue-cursor-sql';
import {
  walkingWhereOf,
  whereOf,
  type QueueCriteria,
  type QueueOrder
} from '../../../src/main/core/db/repositories/queue-filter-sql';
import { orderedIds } from '../../support/seeded-mirror';
import { insertOrder } from './seed';

/*
 * A list by date, oldest first, within dates seeks its first date and merges in the orders whose
 * attempt is missing or dated before their creation (migration 0024). Property: its pages are the
 * filter's orders in the sort's order, whatever the share of such orders, the offset or the cursor.
 */

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const DAYS = ['2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'];
const OLDEST_FIRST: QueueOrder = { by: 'date', direction: 'asc' };

/** Orders created on random days, their attempt the same day, later, earlier (clocks apart) or missing. */
function mirror(next: () => number): Db {
  const db = openMirror(':memory:');
  open.push(db);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const at = (day: string) => `${day}T${String(Math.floor(next() * 24)).padStart(2, '0')}:${pick(['00', '30'])}:00.000Z`;
  db.transaction(() => {
    for (let id = 1; id <= 400; id++) {
      const created = next() < 0.05 ? null : at(pick(DAYS));
      const status = pick(['error', 'error', 'success', 'pending'] as const);
      insertOrder(db, {
        id,
        marketplaceOrderId: `702-${id}`,
        affiliateId: pick(['AMZ', 'MLB']),
        status,
        errorType: status === 'error' ? pick(['sku_inactive', 'out_of_stock']) : null,
        valueCents: 100,
        createdAt: created,
        processedAt: next() < 0.1 ? null : next() < 0.3 || created === null ? at(pick(DAYS)) : created,
        skuIds: []
      });
      if (status === 'error' && next() < 0.1)
        db.prepare(
          `INSERT INTO order_resolutions (order_id, reason, resolved_at, resolved_by) VALUES (?, 'duplicate', 'x', 'x')`
        ).run(id);
    }
  })();
  syncQueueSearch(db);
  return db;
}

const collected = (db: Db, filter: QueueCriteria) => orderedIds(db, whereOf(filter), OLDEST_FIRST);

describe('a list by date, oldest first, within dates', () => {
  it('seeks the first date and merges the orders processed before their creation, at every offset', () => {
    const next = random(24);
    const db = mirror(next);
    let compared = 0;
    for (let probe = 0; probe < 60; probe++) {
      const filter: QueueCriteria = {
        states: [...(['open', 'resolved', 'integrated'] as const)].filter(() => next() < 0.4),
        errorTypes: next() < 0.3 ? ['sku_inactive'] : [],
        causes: [],
        affiliates: next() < 0.3 ? ['AMZ'] : [],
        tradePolicies: [],
        search: '',
        from: `${DAYS[Math.floor(next() * 3)]}T06:00:00.000Z`,
        ...(next() < 0.5 ? { to: `${DAYS[3 + Math.floor(next() * 2)]}T18:00:00.000Z` } : {})
      };
      expect(seeksFirstDate(filter, OLDEST_FIRST)).toBe(true);
      const all = collected(db, filter);
      const where = walkingWhereOf(filter, OLDEST_FIRST);
      const page = (offset: number, limit: number) =>
        db
          .prepare(pageSql(where.sql, OLDEST_FIRST, { seek: true }))
          .pluck()
          .all({ ...where.params, offset, limit });
      expect(page(0, 1000), JSON.stringify(filter)).toEqual(all);
      const offset = Math.floor(next() * all.length);
      expect(page(offset, 7)).toEqual(all.slice(offset, offset + 7));
      compared += all.length;
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('gives queue/list’s pages after a cursor the orders at their offsets, a missing attempt included', () => {
    const next = random(7);
    const db = mirror(next);
    const filter: QueueCriteria = {
      states: ['open'],
      errorTypes: [],
      causes: [],
      affiliates: [],
      tradePolicies: [],
      search: '',
      from: '2026-10-30T00:00:00.000Z'
    };
    const all = collected(db, filter);
    expect(all.length).toBeGreaterThan(60);
    const seen: number[] = [];
    let after: number | undefined;
    while (seen.length < all.length) {
      const ids = listQueueIds(db, filter, OLDEST_FIRST, { offset: seen.length, limit: 9, after });
      expect(ids).toEqual(listQueueIds(db, filter, OLDEST_FIRST, { offset: seen.length, limit: 9 }));
      seen.push(...ids);
      after = ids[ids.length - 1];
    }
    expect(seen).toEqual(all);
  });
});
