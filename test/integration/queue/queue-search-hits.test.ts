import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { queuePosition, syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import { SEARCH_CAP, whereOf, type QueueCriteria } from '../../../src/main/core/db/repositories/queue-filter-sql';
import { readQueuePage } from '../../../src/main/core/services/queue-service';
import { insertResolution, orderedIds } from '../../support/seeded-mirror';
import { insertOrder } from './seed';

/*
 * A search is read from the full-text index once per page read, and kept for the mirror's
 * generation while the index is caught up (issue 9: a two-word search ran three MATCHes a page,
 * 60–70 ms each at 1M). Its page, total and position are what the filter's SQL selects.
 */

const open: Db[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((db) => db.close());
});

const SEARCH: QueueCriteria = {
  states: ['open'],
  errorTypes: [],
  causes: [],
  affiliates: [],
  tradePolicies: [],
  search: 'maria sil'
};
const BY_VALUE = { by: 'value', direction: 'desc' } as const;

function mirror(orders: number): Db {
  const db = openMirror(':memory:');
  open.push(db);
  db.transaction(() => {
    for (let id = 1; id <= orders; id++)
      insertOrder(db, {
        id,
        marketplaceOrderId: `702-${id}`,
        affiliateId: 'AMZ',
        status: id % 5 ? 'error' : 'success',
        errorType: id % 5 ? 'sku_inactive' : null,
        valueCents: (id * 37) % 101,
        createdAt: '2026-11-01T10:00:00.000Z',
        processedAt: '2026-11-01T11:00:00.000Z',
        firstName: id % 3 ? 'Maria' : 'Ana',
        lastName: id % 2 ? `Silva${id % 7}` : 'Souza',
        email: `cliente${id}@example.com`,
        skuIds: []
      });
  })();
  syncQueueSearch(db);
  return db;
}

/** How many statements read the full-text index from now on. */
function matches(db: Db): () => number {
  const prepare = vi.spyOn(db, 'prepare');
  const start = prepare.mock.calls.length;
  return () => prepare.mock.calls.slice(start).filter(([sql]) => /MATCH/.test(sql)).length;
}

/** The filter's orders as its own SQL selects them (the search as a MATCH inside it). */
const selected = (db: Db, filter: QueueCriteria) => orderedIds(db, whereOf(filter), BY_VALUE);

describe('a search in the queue', () => {
  it('reads the index once for a page, its total and a position, and again only once the index changed', () => {
    const db = mirror(300);
    const expected = selected(db, SEARCH);
    expect(expected.length).toBeGreaterThan(20);
    const read = matches(db);
    const page = readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 0, limit: 10 });
    expect(page.rows.map((row) => row.id)).toEqual(expected.slice(0, 10));
    expect(page).toMatchObject({ total: expected.length, atLeast: false });
    expect(queuePosition(db, expected[7], SEARCH, BY_VALUE)).toBe(7);
    expect(read()).toBe(1);
    const after = readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 10, limit: 10, after: expected[9] });
    expect(after.rows.map((row) => row.id)).toEqual(expected.slice(10, 20));
    expect(read()).toBe(1);

    // A resolution changes the queue, not what the index holds: the hits are kept, the page is read anew.
    insertResolution(db, expected[1]);
    const resolved = readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 0, limit: 10 });
    expect(read()).toBe(1);
    expect(resolved.rows.map((row) => row.id)).toEqual(expected.filter((id) => id !== expected[1]).slice(0, 10));
    expect(resolved.total).toBe(expected.length - 1);

    // A renamed customer leaves the index behind until the writer catches it up: then it is read again.
    db.prepare(`UPDATE marketplace_orders SET customer_first_name = 'Ana' WHERE id = ?`).run(expected[0]);
    readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 0, limit: 10 });
    expect(read()).toBe(1);
    syncQueueSearch(db);
    const synced = readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 0, limit: 10 });
    readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 0, limit: 10 });
    expect(read()).toBe(2);
    expect(synced.rows.map((row) => row.id)).toEqual(
      expected.filter((id) => id !== expected[0] && id !== expected[1]).slice(0, 10)
    );
    expect(synced.total).toBe(expected.length - 2);
  });

  it('reads the index again after a bulk load emptied and refilled it, and inside a transaction', () => {
    const db = mirror(300);
    const read = matches(db);
    const before = readQueuePage(db, { filter: SEARCH, sort: BY_VALUE, offset: 0, limit: 10 });
    // As the bulk load does: the index emptied ('delete-all') and refilled with other documents, the store generation bumped.
    db.exec(`INSERT INTO queue_search (queue_search) VALUES ('delete-all')`);
    db.prepare(
      `INSERT INTO queue_search (rowid, doc) SELECT order_id, 'maria silva' FROM queue_search_source WHERE order_id <= 5`
    ).run();
    db.prepare(`UPDATE mirror_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'store_generation'`).run();
    const reloaded = readQueuePage(db, { filter: { ...SEARCH, states: [] }, sort: BY_VALUE, offset: 0, limit: 10 });
    expect(reloaded.rows.map((row) => row.id).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(before.total).toBeGreaterThan(5);
    expect(read()).toBe(2);
    db.transaction(() => {
      db.prepare(`INSERT INTO queue_search (rowid, doc) VALUES (6, 'maria silva')`).run();
      // Held in FTS5's memory until the commit: seen by a MATCH, not by the structure record.
      const inside = readQueuePage(db, { filter: { ...SEARCH, states: [] }, sort: BY_VALUE, offset: 0, limit: 10 });
      expect(inside.total).toBe(6);
      // Matched for its page and again for its total: nothing is kept inside a transaction.
      expect(read()).toBe(4);
    })();
    expect(readQueuePage(db, { filter: { ...SEARCH, states: [] }, sort: BY_VALUE, offset: 0, limit: 10 }).total).toBe(6);
  });

  it('takes the newest SEARCH_CAP orders it matches, and says the total is a floor', () => {
    const db = mirror(SEARCH_CAP * 2);
    const filter = { ...SEARCH, states: [], search: 'cliente' };
    const page = readQueuePage(db, { filter, sort: BY_VALUE, offset: 0, limit: 5 });
    expect(page).toMatchObject({ total: SEARCH_CAP, atLeast: true });
    expect(page.rows.map((row) => row.id)).toEqual(selected(db, filter).slice(0, 5));
    expect(page.rows.every((row) => row.id > SEARCH_CAP)).toBe(true);
  });
});
