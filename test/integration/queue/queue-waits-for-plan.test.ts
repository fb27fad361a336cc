import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { insertPlannedChanges, settlePlannedChanges } from '../../../src/main/core/db/repositories/plan-repository';
import { readQueueRows } from '../../../src/main/core/db/repositories/queue-repository';
import { seedQueue } from './seed';

let db: Db;
beforeEach(() => (db = seedQueue()));
afterEach(() => db.close());

/** Plans activating a SKU on the copy for these orders; returns the change's id. */
function planFor(orderIds: number[]): number {
  const [id] = insertPlannedChanges(db, [
    {
      createdAt: '2026-11-27T18:00:00.000Z',
      agent: 'test',
      fix: { kind: 'activate_sku', skuIds: ['1001'] },
      objectKind: 'sku',
      objectId: '1001',
      objectName: null,
      field: 'isActive',
      before: false,
      after: true,
      adminPath: [],
      auditId: null,
      orderIds
    }
  ]);
  return id;
}

const waits = (ids: number[]) => readQueueRows(db, ids).map((row) => [row.id, row.waitsForPlan]);

describe('a queue row says whether its order waits for a planned change of the copy', () => {
  it('is set for the orders a still planned change names, and only for them', () => {
    expect(waits([1, 2, 3])).toEqual([
      [1, false],
      [2, false],
      [3, false]
    ]);
    planFor([1, 3]);
    expect(waits([1, 2, 3])).toEqual([
      [1, true],
      [2, false],
      [3, true]
    ]);
  });

  it('drops once the change is done in the Admin or discarded', () => {
    const done = planFor([1]);
    const discarded = planFor([2]);
    settlePlannedChanges(db, [done], 'done', '2026-11-28T10:00:00.000Z');
    settlePlannedChanges(db, [discarded], 'discarded', '2026-11-28T10:00:00.000Z');
    expect(waits([1, 2])).toEqual([
      [1, false],
      [2, false]
    ]);
  });
});
