import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import {
  listQueueIds,
  queueFacets,
  readQueueRows,
  type QueueCriteria
} from '../../../src/main/core/db/repositories/queue-repository';
import { NO_FILTER, seedQueue } from './seed';

let db: Db;
beforeEach(() => {
  db = seedQueue();
  // Order 3's message was not understood and nothing was found; order 5's type was inferred.
  db.prepare(
    `UPDATE diagnoses SET error_type = 'unclassified', outcome = 'unexplained', confidence = 0.1 WHERE order_id = 3`
  ).run();
  db.prepare(`UPDATE diagnoses SET inferred_error_type = 'price_missing' WHERE order_id = 5`).run();
});
afterEach(() => db.close());

const ids = (filter: Partial<QueueCriteria>) =>
  listQueueIds(db, { ...NO_FILTER, ...filter }, { by: 'date', direction: 'desc' }, { offset: 0, limit: 100 });

describe('the queue and the sweep', () => {
  it('filters on unexplained like a cause, and counts it in the causes facet', () => {
    expect(ids({ causes: ['unexplained'] })).toEqual([3]);
    expect(ids({ causes: ['unexplained', 'insufficient_data'] }).sort()).toEqual([3, 6]);
    expect(queueFacets(db, NO_FILTER).causes).toContainEqual({ value: 'unexplained', label: null, count: 1 });
  });

  it('gives each row its confidence and the inferred error type, when there is one', () => {
    const rows = readQueueRows(db, [3, 5, 1]);
    expect(rows.map((row) => [row.id, row.outcome, row.confidence, row.inferredErrorType])).toEqual([
      [3, 'unexplained', 0.1, null],
      [5, 'causes', 0.9, 'price_missing'],
      [1, 'causes', 0.9, null]
    ]);
  });
});
