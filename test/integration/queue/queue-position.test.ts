import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import {
  listQueueIds,
  queuePosition,
  syncQueueSearch,
  totalFromCounts,
  type QueueCriteria,
  type QueueOrder
} from '../../../src/main/core/db/repositories/queue-repository';
import {
  inMemoryMirrors,
  insertAffiliates,
  insertDiagnosis,
  insertOrder,
  insertResolution,
  picker,
  random,
  someOf
} from '../../support/seeded-mirror';

/*
 * queue/list after a cursor and queue/position (issue 9). A page read after the previous page's
 * last order is the page read at its offset. A position counted on both sides up to a growing cap
 * (the side after from the kept total) is the index queue/list's pages put the order at, and what
 * counting every order before it at once (no cap) gives.
 */

const inMemory = inMemoryMirrors();

const CODES = ['sku_inactive', 'no_stock'];
const DAYS = ['2026-10-30', '2026-10-31', '2026-11-01'];

/** Few distinct keys and some missing ones, so ties (broken by id) and NULLs sit at both ends. */
function mirror(next: () => number): Db {
  const db = inMemory();
  const pick = picker(next);
  const time = () => (next() < 0.08 ? null : `${pick(DAYS)}T${pick(['06', '12', '18'])}:00:00.000Z`);
  insertAffiliates(db, ['AMZ', 'MLB']);
  db.transaction(() => {
    for (let id = 1; id <= 240; id++) {
      const status = pick(['error', 'error', 'error', 'success', 'pending']);
      insertOrder(db, {
        id,
        affiliateId: pick(['AMZ', 'MLB']),
        status,
        errorType: status === 'error' ? pick(['sku_inactive', 'out_of_stock']) : null,
        createdAt: time(),
        processedAt: time(),
        valueCents: pick([100, 200, null])
      });
      if (status !== 'error') continue;
      insertDiagnosis(db, id, 'causes', [{ code: pick(CODES) }]);
      if (next() < 0.1) insertResolution(db, id);
    }
  })();
  syncQueueSearch(db);
  return db;
}

describe('queue position', () => {
  it('equals the order’s index in the pages and the position counted in one go, for random filters, sorts, orders and caps', () => {
    const next = random(21);
    const db = mirror(next);
    const some = someOf(next, 0.35);
    const counted = { before: 0, after: 0, whole: 0 };
    for (let probe = 0; probe < 30; probe++) {
      const filter: QueueCriteria = {
        states: some(['open', 'resolved', 'integrated'] as const),
        errorTypes: some(['sku_inactive', 'out_of_stock']),
        // One cause the kept counts total; four they do not (the position is then counted at once).
        causes:
          next() < 0.25
            ? [CODES[Math.floor(next() * CODES.length)]]
            : next() < 0.3
              ? [...CODES, 'no_cause_found', 'unexplained']
              : [],
        affiliates: some(['AMZ', 'MLB']),
        tradePolicies: some(['1', '2']),
        search: '',
        ...(next() < 0.3 ? { from: `${DAYS[1]}T00:00:00.000Z` } : {})
      };
      const sort: QueueOrder = { by: (['date', 'value', 'age'] as const)[probe % 3], direction: next() < 0.5 ? 'asc' : 'desc' };
      const pages = [0, 7, 14, 21, 28].flatMap((offset) => listQueueIds(db, filter, sort, { offset, limit: 7 }));
      const whole = listQueueIds(db, filter, sort, { offset: 0, limit: 1000 });
      const total = totalFromCounts(db, filter);
      const firstCap = 1 + Math.floor(next() * 6);
      for (let id = 1; id <= 240; id++) {
        const index = whole.indexOf(id);
        const label = JSON.stringify({ filter, sort, id, firstCap });
        expect(queuePosition(db, id, filter, sort, firstCap), label).toBe(index < 0 ? null : index);
        expect(queuePosition(db, id, filter, sort, Infinity), label).toBe(index < 0 ? null : index);
        if (index >= 0 && index < pages.length) expect(pages[index], label).toBe(id);
        if (index < 0) continue;
        if (total === null) counted.whole++;
        else if (index < firstCap) counted.before++;
        else if (index >= whole.length - firstCap) counted.after++;
      }
    }
    // Each way of finding a position took part: the side before, the side after, and all before.
    expect(counted.before).toBeGreaterThan(25);
    expect(counted.after).toBeGreaterThan(25);
    expect(counted.whole).toBeGreaterThan(25);
  });
});

describe('queue pages after a cursor', () => {
  it('are the pages at their offsets, for random filters and sorts, NULL keys and ties included', () => {
    const next = random(5);
    const db = mirror(next);
    const some = someOf(next, 0.35);
    let crossed = 0;
    for (let probe = 0; probe < 40; probe++) {
      const filter: QueueCriteria = {
        states: some(['open', 'resolved', 'integrated'] as const),
        errorTypes: some(['sku_inactive', 'out_of_stock']),
        causes: next() < 0.25 ? [CODES[Math.floor(next() * CODES.length)]] : [],
        affiliates: some(['AMZ', 'MLB']),
        tradePolicies: [],
        search: ''
      };
      const sort: QueueOrder = { by: (['date', 'value', 'age'] as const)[probe % 3], direction: next() < 0.5 ? 'asc' : 'desc' };
      const whole = listQueueIds(db, filter, sort, { offset: 0, limit: 1000 });
      const size = 1 + Math.floor(next() * 9);
      for (let offset = size; offset < whole.length; offset += size) {
        const after = whole[offset - 1];
        const label = JSON.stringify({ filter, sort, offset, size });
        // The offset given is wrong on purpose: the cursor alone places the page.
        expect(listQueueIds(db, filter, sort, { offset: 0, limit: size, after }), label).toEqual(
          whole.slice(offset, offset + size)
        );
        const keys = db
          .prepare(
            `SELECT ${{ date: 'processed_at', value: 'payment_value_cents', age: 'created_at' }[sort.by]} FROM marketplace_orders WHERE id IN (?, ?)`
          )
          .pluck()
          .all(after, whole[Math.min(offset + size, whole.length) - 1]);
        if (keys.includes(null) && keys.some((key) => key !== null)) crossed++;
      }
    }
    // Some pages crossed from the orders with a key to those without (or back).
    expect(crossed).toBeGreaterThan(10);
  });

  it('start after an order that left the filter where it would sit, and at the offset when it is gone', () => {
    const db = mirror(random(8));
    const filter: QueueCriteria = { states: ['open'], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };
    const sort: QueueOrder = { by: 'value', direction: 'desc' };
    const whole = listQueueIds(db, filter, sort, { offset: 0, limit: 1000 });
    const resolved = whole[20];
    insertResolution(db, resolved);
    expect(listQueueIds(db, filter, sort, { offset: 0, limit: 5, after: resolved })).toEqual(whole.slice(21, 26));
    expect(listQueueIds(db, filter, sort, { offset: 30, limit: 5, after: 99_999 })).toEqual(
      whole.filter((id) => id !== resolved).slice(30, 35)
    );
  });
});
