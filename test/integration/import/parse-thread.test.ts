import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/db/connection';
import { generateSnapshot } from '../../../src/main/core/demo/generate';
import { importSnapshot, ImportError, type ImportOptions } from '../../../src/main/core/import';
import { classifyAtImport } from '../../../src/main/core/writer/import-job';
import { fixtureRecords, folderWith, freshMirror, mirrorState, smallStoreAs } from './snapshot-dir';

/** Orders parsed on the second thread whatever the file's size. */
const ON_THREAD: ImportOptions = { classify: classifyAtImport, parseThreadFromBytes: 0 };

const ORDER = fixtureRecords('orders')[1] as Record<string, unknown>;
const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const manyOrders = (count: number) => Array.from({ length: count }, (_, n) => ({ ...ORDER, marketplaceOrderId: `T-${n}` }));
const OMS_ORDER = fixtureRecords('oms-orders')[0] as Record<string, unknown>;
const manyOmsOrders = (count: number): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, n) => ({ ...OMS_ORDER, orderId: `OMS-${n}` }));

/**
 * Every table's rows but the search index's own, and what the index holds: each term of each order
 * at each place. How its segments are laid out depends on when the writer indexed them (in the
 * waits for batches), not what a search finds.
 */
function rowsAndSearch(db: Db): { rows: string; terms: unknown[] } {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'queue_search_%' ORDER BY name`
    )
    .pluck()
    .all() as string[];
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, 'queue_search', 'instance')`);
  return {
    rows: JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).raw().all()])),
    terms: db.prepare('SELECT term, doc, offset FROM temp.search_terms ORDER BY doc, offset').raw().all()
  };
}

let demo: string;
beforeAll(async () => {
  demo = join(mkdtempSync(join(tmpdir(), 'parse-thread-')), 'snapshot');
  await generateSnapshot(demo, { orders: 2_500, seed: 5, format: 'ndjson' });
}, 60_000);

describe('orders parsed on a second thread while this one writes', { timeout: 60_000 }, () => {
  it('give the same mirror as parsing them here (rows, classification, minimised personal data, search)', async () => {
    const here = freshMirror();
    await importSnapshot(here, demo, { classify: classifyAtImport });
    const threaded = freshMirror();
    await importSnapshot(threaded, demo, ON_THREAD);
    const threadedState = rowsAndSearch(threaded);
    expect(threadedState.terms.length).toBeGreaterThan(0);
    expect(threadedState).toEqual(rowsAndSearch(here));
    expect(
      threaded.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE error_type IS NOT NULL`).pluck().get()
    ).toBeGreaterThan(0);
  });

  it('report progress through the orders file as batches are written', async () => {
    const seen: number[] = [];
    await importSnapshot(freshMirror(), folderWith({ 'orders.ndjson': ndjson(manyOrders(12_000)) }), {
      ...ON_THREAD,
      onProgress: (p) => seen.push(p.records)
    });
    expect(seen).toEqual(expect.arrayContaining([5_000, 10_000, 12_000]));
  });

  it('a bad record names its file, line and field, and the good orders before it are rolled back', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const before = mirrorState(db);
    const bad = { ...ORDER, marketplaceOrderId: 'BAD', items: [{ id: '1003', quantity: 'two', price: 100 }] };
    const error = await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson([...manyOrders(2_345), bad]) }), ON_THREAD).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).details).toMatchObject({ file: 'orders.ndjson', line: 2_346, field: 'items[0].quantity' });
    expect((error as ImportError).message).toMatch(/^orders\.ndjson line 2346: items\[0\]\.quantity: expected/);
    expect(mirrorState(db)).toBe(before);
  });

  it('invalid JSON in a .json array is told by its index', async () => {
    const text = JSON.stringify(manyOrders(1_500)).replace('"T-1400"', '"T-1400",,');
    const error = await importSnapshot(freshMirror(), folderWith({ 'orders.json': text }), ON_THREAD).catch((e: unknown) => e);
    expect((error as ImportError).details).toMatchObject({ file: 'orders.json', index: 1_400 });
    expect((error as ImportError).message).toMatch(/invalid JSON/);
  });

  it('a cancel stops the import between batches and changes nothing', async () => {
    const db = freshMirror();
    const before = mirrorState(db);
    const cancel = new AbortController();
    const error = await importSnapshot(db, folderWith({ 'orders.ndjson': ndjson(manyOrders(20_000)) }), {
      ...ON_THREAD,
      signal: cancel.signal,
      onProgress: (p) => p.records > 0 && cancel.abort()
    }).catch((e: unknown) => e);
    expect((error as ImportError).message).toMatch(/cancelled/);
    expect(mirrorState(db)).toBe(before);
  });

  it('write the OMS orders in the waits for batches: every one, counted in its place, progress to the end', async () => {
    const db = freshMirror();
    const percents: number[] = [];
    const summary = await importSnapshot(
      db,
      folderWith({ 'oms-orders.ndjson': ndjson(manyOmsOrders(3_000)), 'orders.ndjson': ndjson(manyOrders(6_000)) }),
      { ...ON_THREAD, onProgress: (p) => percents.push(p.percent) }
    );
    expect(summary.files).toEqual([
      { file: 'oms-orders.ndjson', kind: 'oms-orders', records: 3_000 },
      { file: 'orders.ndjson', kind: 'orders', records: 6_000 }
    ]);
    expect(db.prepare(`SELECT COUNT(*) FROM oms_orders WHERE order_id LIKE 'OMS-%'`).pluck().get()).toBe(3_000);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });

  it('a bad OMS order written in the waits names its file, line and field, and nothing is changed', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const before = mirrorState(db);
    const oms = manyOmsOrders(2_000);
    oms[1_234] = { ...OMS_ORDER, orderId: 'OMS-BAD', value: 'a lot' };
    const error = await importSnapshot(
      db,
      folderWith({ 'oms-orders.ndjson': ndjson(oms), 'orders.ndjson': ndjson(manyOrders(3_000)) }),
      ON_THREAD
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).details).toMatchObject({ file: 'oms-orders.ndjson', line: 1_235, field: 'value' });
    expect(mirrorState(db)).toBe(before);
  });
});
