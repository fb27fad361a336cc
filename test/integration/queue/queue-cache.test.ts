import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { computeQueueFacets, queueFacets } from '../../../src/main/core/db/repositories/queue-repository';
import { listGroupPage } from '../../../src/main/core/services/group-service';
import { insertDiagnosis, NO_FILTER, seedQueue } from './seed';

const FIRST_50 = { sort: 'orders', limit: 50 } as const;
const open: Db[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const statusCount = (db: Db) => queueFacets(db, NO_FILTER).errorTypes.reduce((sum, { count }) => sum + count, 0);

describe('facets and groups cached per mirror generation', () => {
  it('answers a repeated filter from the cache, equal to a fresh count, also for the same filter spelled otherwise', () => {
    const db = seedQueue();
    open.push(db);
    const filter = { ...NO_FILTER, affiliates: ['MLB', 'AMZ'] };
    const first = queueFacets(db, filter);
    expect(first).toEqual(computeQueueFacets(db, filter));
    expect(queueFacets(db, { ...filter, affiliates: ['AMZ', 'MLB', 'AMZ'] })).toBe(first);
    expect(listGroupPage(db, FIRST_50)).toBe(listGroupPage(db, FIRST_50));
  });

  it('recomputes after a status change and after a diagnosis write', () => {
    const db = seedQueue();
    open.push(db);
    const before = statusCount(db);
    db.prepare(
      `UPDATE marketplace_orders SET integration_status = 'success' WHERE id = (SELECT MIN(id) FROM marketplace_orders WHERE integration_status = 'error')`
    ).run();
    expect(statusCount(db)).toBe(before - 1);
    expect(queueFacets(db, NO_FILTER)).toEqual(computeQueueFacets(db, NO_FILTER));
    const groups = listGroupPage(db, FIRST_50);
    const orderId = db
      .prepare(`SELECT MIN(id) FROM marketplace_orders WHERE integration_status = 'error'`)
      .pluck()
      .get() as number;
    db.prepare('DELETE FROM diagnosis_causes WHERE order_id = ?').run(orderId);
    db.prepare('DELETE FROM diagnoses WHERE order_id = ?').run(orderId);
    insertDiagnosis(db, orderId, 'out_of_stock', 'causes', [
      { code: 'sku_inactive', key: 'sku:cache-test', skuId: 'cache-test' }
    ]);
    expect(listGroupPage(db, FIRST_50)).not.toBe(groups);
    expect(listGroupPage(db, FIRST_50).groups.some((group) => group.key === 'sku:cache-test')).toBe(true);
    expect(queueFacets(db, NO_FILTER)).toEqual(computeQueueFacets(db, NO_FILTER));
  });

  it('sees a write made through another connection to the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-cache-'));
    try {
      const file = join(dir, 'mirror.db');
      const seeded = seedQueue(file);
      seeded.close();
      const reader = openMirror(file);
      const writer = openMirror(file);
      open.push(reader, writer);
      const before = statusCount(reader);
      writer
        .prepare(
          `UPDATE marketplace_orders SET integration_status = 'success' WHERE integration_status = 'error' AND id = (SELECT MIN(id) FROM marketplace_orders WHERE integration_status = 'error')`
        )
        .run();
      expect(statusCount(reader)).toBe(before - 1);
    } finally {
      open.splice(0).forEach((db) => db.close());
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
