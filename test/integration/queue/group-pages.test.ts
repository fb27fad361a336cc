import { describe, expect, it } from 'vitest';
import type { GroupPage, GroupSort } from '../../../src/shared/api/groups';
import type { Db } from '../../../src/main/core/db/connection';
import { syncQueueCounts } from '../../../src/main/core/db/repositories/queue-counts-repository';
import { deleteResolution, writeResolution } from '../../../src/main/core/db/repositories/resolution-repository';
import { computeGroupPage, type GroupQuery } from '../../../src/main/core/services/group-service';
import { inMemoryMirrors, insertDiagnosis, insertOrder, picker, random } from '../../support/seeded-mirror';

/*
 * The groups list paged in SQL from the kept counts (migration 0021) against the same list sorted
 * from every group's causes, page by page with small pages, after random writes that make ties in
 * both measures, move orders between groups and resolve them.
 */

const inMemory = inMemoryMirrors();

const CODES = ['sku_inactive', 'no_stock', 'price_divergence'];
const KEYS = ['sku:1', 'sku:2', 'sku:3', 'tp:1', ''];

function pages(db: Db, query: Omit<GroupQuery, 'after'>, from: 'counts' | 'causes'): GroupPage[] {
  const all = [computeGroupPage(db, query, from)];
  while (all[all.length - 1].next) all.push(computeGroupPage(db, { ...query, after: all[all.length - 1].next! }, from));
  return all;
}

function randomWrite(db: Db, next: () => number, id: number): void {
  const pick = picker(next);
  const roll = next();
  const existing = db.prepare('SELECT id FROM marketplace_orders ORDER BY random() LIMIT 1').pluck().get() as number | undefined;
  if (roll < 0.5 || existing === undefined) {
    insertOrder(db, { id, affiliateId: pick(['AMZ', 'MLB']), status: 'error', valueCents: pick([100, 200, 300, null]) });
    const count = 1 + Math.floor(next() * 3);
    insertDiagnosis(
      db,
      id,
      'causes',
      Array.from({ length: count }, () => ({ code: pick(CODES), groupKey: pick(KEYS), tradePolicyId: pick(['1', null]) }))
    );
  } else if (roll < 0.65) {
    db.prepare('UPDATE diagnosis_causes SET code = ?, group_key = ? WHERE order_id = ? AND position = 0').run(
      pick(CODES),
      pick(KEYS),
      existing
    );
  } else if (roll < 0.75) {
    db.prepare('UPDATE marketplace_orders SET payment_value_cents = ? WHERE id = ?').run(pick([100, 250, null]), existing);
  } else if (roll < 0.85) {
    writeResolution(db, existing, { reason: 'duplicate', note: null, resolvedAt: 'now', resolvedBy: 'agent' });
  } else if (roll < 0.93) {
    deleteResolution(db, existing);
  } else {
    db.prepare('DELETE FROM marketplace_orders WHERE id = ?').run(existing);
  }
}

describe('groups list paged from the kept counts (migration 0021)', () => {
  it('gives every page, total and cause count the list sorted from the causes gives, after random writes', () => {
    const db = inMemory();
    syncQueueCounts(db);
    const next = random(21);
    let compared = 0;
    for (let step = 1; step <= 240; step++) {
      randomWrite(db, next, step);
      if (step % 40 !== 0) continue;
      for (const sort of ['orders', 'value'] as GroupSort[])
        for (const cause of [undefined, ...CODES]) {
          const query = { sort, cause, limit: 2 };
          const fromCounts = pages(db, query, 'counts');
          expect(fromCounts).toEqual(pages(db, query, 'causes'));
          compared += fromCounts.length;
          for (const key of KEYS) {
            const one = { sort, cause: cause ?? 'no_stock', key, limit: 1 };
            expect(computeGroupPage(db, one, 'counts')).toEqual(computeGroupPage(db, one, 'causes'));
          }
        }
    }
    // Enough pages that cursors landed inside ties of both measures.
    expect(compared).toBeGreaterThan(100);
  });

  it('keeps each cause’s number of groups through a rebuild of the counts', () => {
    const db = inMemory();
    syncQueueCounts(db);
    const next = random(5);
    for (let step = 1; step <= 80; step++) randomWrite(db, next, step);
    const tallies = () => db.prepare('SELECT code, groups FROM cause_group_tallies WHERE groups <> 0 ORDER BY code').all();
    const fresh = () =>
      db
        .prepare(
          `SELECT code, COUNT(DISTINCT group_key) AS groups FROM diagnosis_causes
            WHERE order_id NOT IN (SELECT order_id FROM order_resolutions) GROUP BY code ORDER BY code`
        )
        .all();
    expect(tallies()).toEqual(fresh());
    // A bulk path sets the counts' triggers aside while it writes; their rebuild brings the tallies along.
    const triggers = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name GLOB 'queue_generation_counts_*'`)
      .all() as { name: string; sql: string }[];
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
      db.prepare('DELETE FROM diagnosis_causes WHERE order_id IN (SELECT id FROM marketplace_orders ORDER BY id LIMIT 20)').run();
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    expect(tallies()).not.toEqual(fresh());
    expect(syncQueueCounts(db)).toBe(true);
    expect(tallies()).toEqual(fresh());
  });
});
