import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { generateSnapshot } from '../../../src/main/core/demo/generate';
import { importSnapshot, ImportError } from '../../../src/main/core/import';
import { fixtureRecords, folderWith, freshMirror, mirrorState, smallStoreAs } from './snapshot-dir';

/** Indexes and triggers as the schema holds them: a bulk load must give back exactly these. */
function schemaOf(db: Db): string[] {
  return db
    .prepare(
      `SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`
    )
    .pluck()
    .all() as string[];
}

function generations(db: Db): { queue: number; store: number } {
  const of = (key: string) => Number(db.prepare('SELECT value FROM mirror_meta WHERE key = ?').pluck().get(key));
  return { queue: of('queue_generation'), store: of('store_generation') };
}

function searchIds(db: Db, term: string): number[] {
  return db
    .prepare('SELECT rowid FROM queue_search WHERE queue_search MATCH ? ORDER BY rowid')
    .pluck()
    .all(`"${term}"`) as number[];
}

function idOf(db: Db, marketplaceOrderId: string): number {
  return db.prepare('SELECT id FROM marketplace_orders WHERE marketplace_order_id = ?').pluck().get(marketplaceOrderId) as number;
}

const count = (db: Db, table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

let demo: string;
beforeAll(async () => {
  demo = join(mkdtempSync(join(tmpdir(), 'bulk-demo-')), 'snapshot');
  await generateSnapshot(demo, { orders: 300, seed: 11, format: 'ndjson' });
}, 60_000);

describe('a bulk load (the snapshot brings at least as many orders as the mirror holds)', () => {
  it('into an empty mirror: the same indexes and triggers afterwards, every order searchable, nothing left dirty, generations bumped', async () => {
    const db = freshMirror();
    const schema = schemaOf(db);
    const before = generations(db);
    await importSnapshot(db, smallStoreAs('ndjson'));
    expect(schemaOf(db)).toEqual(schema);
    expect(searchIds(db, 'Souza')).toEqual([idOf(db, '702-0000001-0000001')]);
    expect(count(db, 'queue_search_dirty')).toBe(0);
    const after = generations(db);
    expect(after.queue).toBeGreaterThan(before.queue);
    expect(after.store).toBeGreaterThan(before.store);
  });

  it('a bad record late in the file rolls back the dropped indexes and triggers with the rows', async () => {
    const db = freshMirror();
    const schema = schemaOf(db);
    const state = mirrorState(db);
    const orders = fixtureRecords('orders');
    const bad = { ...(orders[0] as object), marketplaceOrderId: 'BAD-1', items: [] };
    const error = await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson([...orders, bad]) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(schemaOf(db)).toEqual(schema);
    expect(mirrorState(db)).toBe(state);
  });

  it('loads with a smaller page cache and gives the connection its own back, committed or rolled back', async () => {
    const db = freshMirror();
    const cacheSize = () => db.pragma('cache_size', { simple: true }) as number;
    const own = cacheSize();
    const during: number[] = [];
    await importSnapshot(db, demo, { onProgress: () => during.push(cacheSize()) });
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((size) => size === own)).toEqual([]);
    expect(cacheSize()).toBe(own);
    const empty = freshMirror();
    const bad = { ...(fixtureRecords('orders')[0] as object), marketplaceOrderId: 'BAD-2', items: [] };
    await expect(importSnapshot(empty, folderWith({ 'orders.ndjson': ndjson([bad]) }))).rejects.toBeInstanceOf(ImportError);
    expect(empty.pragma('cache_size', { simple: true })).toBe(own);
  });

  it('into a smaller mirror: the orders it held stay searchable beside the new ones', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const kept = idOf(db, '702-0000001-0000001');
    await importSnapshot(db, demo);
    expect(count(db, 'marketplace_orders')).toBe(302);
    expect(count(db, 'queue_search_dirty')).toBe(0);
    expect(searchIds(db, 'Souza')).toContain(kept);
    // Every order has its document: the index was refilled from the whole mirror.
    expect(
      db.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE id NOT IN (SELECT rowid FROM queue_search)`).pluck().get()
    ).toBe(0);
  });
});

describe('a small import into a larger mirror keeps the indexes and lets the triggers work row by row', () => {
  it('marks the new order dirty for search instead of rebuilding the index', async () => {
    const db = freshMirror();
    await importSnapshot(db, demo);
    const schema = schemaOf(db);
    const order = { ...(fixtureRecords('orders')[0] as object), marketplaceOrderId: 'SMALL-1' };
    await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson([order]) }));
    expect(db.prepare('SELECT order_id FROM queue_search_dirty').pluck().all()).toEqual([idOf(db, 'SMALL-1')]);
    expect(schemaOf(db)).toEqual(schema);
  });
});
