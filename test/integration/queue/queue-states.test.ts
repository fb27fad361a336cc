import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import {
  countQueue,
  listQueueIds,
  queueFacets,
  readQueueRows,
  type QueueCriteria
} from '../../../src/main/core/db/repositories/queue-repository';
import { deleteResolution, writeResolution } from '../../../src/main/core/db/repositories/resolution-repository';
import { NO_FILTER, seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

const ids = (filter: Partial<QueueCriteria>) =>
  listQueueIds(db, { ...NO_FILTER, ...filter }, { by: 'date', direction: 'asc' }, { offset: 0, limit: 100 }).sort();
const stateCounts = (filter: Partial<QueueCriteria> = {}) =>
  Object.fromEntries(queueFacets(db, { ...NO_FILTER, ...filter }).states.map((facet) => [facet.value, facet.count]));
const resolve = (orderId: number, reason: 'duplicate' | 'wont_fix') =>
  writeResolution(db, orderId, { reason, note: null, resolvedAt: '2026-11-21T00:00:00.000Z', resolvedBy: 'Ana' });

describe('queue states: open, resolved, integrated', () => {
  it('opens on the failed orders nobody resolved; a resolved order leaves that view and has its own', () => {
    expect(ids({})).toEqual([1, 2, 3, 5, 6]);
    resolve(2, 'duplicate');
    resolve(5, 'wont_fix');
    expect(ids({})).toEqual([1, 3, 6]);
    expect(countQueue(db, NO_FILTER)).toBe(3);
    // The open view's count (failed less resolved) agrees with its list under every other filter.
    for (const filter of [
      { affiliates: ['AMZ'] },
      { affiliates: ['MGZ'] },
      { search: 'sla' },
      { errorTypes: ['price_divergence'] }
    ]) {
      expect(countQueue(db, { ...NO_FILTER, ...filter }), JSON.stringify(filter)).toBe(ids(filter).length);
    }
    expect(ids({ states: ['resolved'] })).toEqual([2, 5]);
    expect(ids({ states: ['integrated'] })).toEqual([4]);
    expect(ids({ states: ['open', 'resolved'] })).toEqual([1, 2, 3, 5, 6]);
    // No state chosen: every order, the pending one too.
    expect(ids({ states: [] })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    deleteResolution(db, 2);
    expect(ids({})).toEqual([1, 2, 3, 6]);
  });

  it('counts each state with the other filters but not its own, fresh after a resolution (the facet cache follows)', () => {
    expect(stateCounts()).toEqual({ open: 5, resolved: 0, integrated: 1 });
    resolve(1, 'duplicate');
    expect(stateCounts()).toEqual({ open: 4, resolved: 1, integrated: 1 });
    expect(stateCounts({ affiliates: ['AMZ'] })).toEqual({ open: 1, resolved: 1, integrated: 0 });
    expect(stateCounts({ states: ['resolved'], affiliates: ['MLB'] })).toEqual({ open: 1, resolved: 0, integrated: 1 });
    // The other facets count within the chosen state.
    expect(queueFacets(db, { ...NO_FILTER, states: ['resolved'] }).affiliates.map(({ value, count }) => [value, count])).toEqual([
      ['AMZ', 1]
    ]);
  });

  it('tells each row its state and the reason it was resolved', () => {
    resolve(3, 'wont_fix');
    const rows = readQueueRows(db, [3, 4, 6, 7]);
    expect(rows.map((row) => [row.id, row.state, row.resolutionReason])).toEqual([
      [3, 'resolved', 'wont_fix'],
      [4, 'integrated', null],
      [6, 'open', null],
      [7, null, null]
    ]);
  });
});
