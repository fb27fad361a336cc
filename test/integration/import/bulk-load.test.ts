import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { deferDerivedData } from '../../../src/main/core/db/repositories/bulk-load';
import { applyAdminExportRow, upsertMarketplaceOrder } from '../../../src/main/core/db/repositories/order-writes';
import { generateSnapshot } from '../../../src/main/core/demo/generate';
import { importSnapshot, ImportError } from '../../../src/main/core/import';
import { mapOrder } from '../../../src/main/core/import/order-mapper';
import { classifyAtImport } from '../../../src/main/core/writer/import-job';
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

describe('a bulk load indexes the orders it writes for search while it waits for the next batch', () => {
  const order = (id: string, message: string) =>
    mapOrder({
      ...(fixtureRecords('orders')[0] as object),
      marketplaceOrderId: id,
      integration: { status: 'error', message, processedAt: '2026-11-18T12:00:00Z' }
    });

  it('what it indexed is left out of the rebuild, an order written again is indexed again', () => {
    const db = freshMirror();
    db.exec('BEGIN');
    const deferred = deferDerivedData(db);
    const first = upsertMarketplaceOrder(db, order('IDX-1', 'alphaword'), null);
    const second = upsertMarketplaceOrder(db, order('IDX-2', 'betaword'), null);
    expect(deferred.indexForSearch(second, 1)).toBe(true);
    expect(searchIds(db, 'alphaword')).toEqual([first]);
    expect(searchIds(db, 'betaword')).toEqual([]);
    expect(deferred.indexForSearch(second, 500)).toBe(false);
    expect(searchIds(db, 'betaword')).toEqual([second]);
    // The same order again in the snapshot, with another message.
    expect(upsertMarketplaceOrder(db, order('IDX-1', 'gammaword'), null)).toBe(first);
    deferred.rewritten(first);
    deferred.rebuild();
    db.exec('COMMIT');
    expect(searchIds(db, 'alphaword')).toEqual([]);
    expect(searchIds(db, 'gammaword')).toEqual([first]);
    expect(searchIds(db, 'betaword')).toEqual([second]);
    expect(db.prepare('SELECT COUNT(*) FROM queue_search').pluck().get()).toBe(2);
  });

  it('an Admin export after the orders has the rebuild index every order again', () => {
    const db = freshMirror();
    db.exec('BEGIN');
    const deferred = deferDerivedData(db);
    const id = upsertMarketplaceOrder(db, order('IDX-3', 'alphaword'), null);
    deferred.indexForSearch(id, 500);
    deferred.forgetIndexed();
    applyAdminExportRow(db, {
      marketplaceOrderId: 'IDX-3',
      affiliateId: 'AMZ',
      status: 'error',
      processedAt: '2026-11-19T12:00:00.000Z',
      message: 'deltaword'
    });
    deferred.rebuild();
    db.exec('COMMIT');
    expect(searchIds(db, 'alphaword')).toEqual([]);
    expect(searchIds(db, 'deltaword')).toEqual([id]);
  });

  it('with the orders parsed on a second thread: every order found once by its id, the last message of one given twice, and an Admin export’s', async () => {
    const db = freshMirror();
    const base = fixtureRecords('orders')[1] as Record<string, unknown>;
    const orders: Record<string, unknown>[] = Array.from({ length: 4_000 }, (_, n) => ({
      ...base,
      marketplaceOrderId: `SRCH-${n}`
    }));
    orders.push({ ...base, marketplaceOrderId: 'SRCH-7', integration: { status: 'error', message: 'epsilonword' } });
    const csv = [
      'ID;Affiliate;Status;Processing date;Message',
      `SRCH-9;${String(base.affiliateId)};Processed with error;2026-11-21T08:00:00Z;zetaword`
    ];
    await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson(orders), 'connections-orders.csv': csv.join('\n') }), {
      classify: classifyAtImport,
      parseThreadFromBytes: 0
    });
    expect(db.prepare('SELECT COUNT(*) FROM queue_search').pluck().get()).toBe(4_000);
    expect(searchIds(db, 'SRCH-3999')).toEqual([idOf(db, 'SRCH-3999')]);
    expect(searchIds(db, 'epsilonword')).toEqual([idOf(db, 'SRCH-7')]);
    expect(searchIds(db, 'zetaword')).toEqual([idOf(db, 'SRCH-9')]);
  });
});
