import { afterEach, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { countQueue, syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { SEARCH_CAP, type QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';
import { readQueuePage } from '../../../src/main/core/services/queue-service';
import { insertOrder } from './seed';

const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const NO_FILTER: QueueCriteria = { states: [], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };
const BY_DATE = { by: 'date', direction: 'desc' } as const;

/** `n` failed orders whose messages all hold "mochila", and `other` without it. */
function mirror(n: number, other: number): Db {
  const db = openMirror(':memory:');
  open.push(db);
  db.transaction(() => {
    for (let id = 1; id <= n + other; id++)
      insertOrder(db, {
        id,
        marketplaceOrderId: `702-${id}`,
        affiliateId: id % 2 ? 'AMZ' : 'MLB',
        status: 'error',
        errorType: 'sku_inactive',
        message: id <= n ? 'Mochila indisponível' : 'Tênis indisponível',
        valueCents: id,
        createdAt: '2026-11-01T10:00:00.000Z',
        processedAt: `2026-11-01T10:00:${String(id % 60).padStart(2, '0')}.000Z`,
        skuIds: []
      });
  })();
  syncQueueSearch(db);
  return db;
}

describe('queue totals (issue 9)', () => {
  it('takes the newest SEARCH_CAP orders a search matches and says the total is a floor', () => {
    const db = mirror(SEARCH_CAP + 5, 3);
    const page = readQueuePage(db, { filter: { ...NO_FILTER, search: 'mochila' }, sort: BY_DATE, offset: 0, limit: 500 });
    expect(page).toMatchObject({ total: SEARCH_CAP, atLeast: true });
    // The first five matches (by id) are beyond the cap: the newest ones are taken.
    const ids = readQueuePage(db, {
      filter: { ...NO_FILTER, search: 'mochila' },
      sort: BY_DATE,
      offset: 500,
      limit: 500
    }).rows.map((row) => row.id);
    expect([...page.rows.map((row) => row.id), ...ids].sort((a, b) => a - b)[0]).toBe(6);
    // Within the cap the total is exact, and the other filters narrow the taken orders.
    expect(readQueuePage(db, { filter: { ...NO_FILTER, search: 'tenis' }, sort: BY_DATE, offset: 0, limit: 10 })).toMatchObject({
      total: 3,
      atLeast: false
    });
    expect(
      readQueuePage(db, { filter: { ...NO_FILTER, search: 'mochila', affiliates: ['AMZ'] }, sort: BY_DATE, offset: 0, limit: 1 })
    ).toMatchObject({ total: SEARCH_CAP / 2, atLeast: true });
  });

  it('reads a total without a search from the kept counts, equal to counting the orders', () => {
    const db = mirror(40, 20);
    for (const filter of [NO_FILTER, { ...NO_FILTER, states: ['open' as const] }, { ...NO_FILTER, affiliates: ['MLB'] }]) {
      const page = readQueuePage(db, { filter, sort: BY_DATE, offset: 0, limit: 5 });
      expect(page.atLeast).toBe(false);
      expect(page.total).toBe(countQueue(db, filter));
    }
    expect(readQueuePage(db, { filter: NO_FILTER, sort: BY_DATE, offset: 0, limit: 5 }).total).toBe(60);
  });
});
