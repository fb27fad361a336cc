import { describe, expect, it } from 'vitest';
import { readSkus } from '../../../src/main/core/db/repositories/catalog-repository';
import { readMeta } from '../../../src/main/core/db/repositories/meta-repository';
import { readInventory, readPrices } from '../../../src/main/core/db/repositories/stock-repository';
import type { SyncProgress } from '../../../src/main/core/vtex/sync';
import { FULL_LISTING_CHECKPOINT, syncFull } from '../../../src/main/core/vtex/sync-full';
import { readSyncedAt } from '../../../src/main/core/vtex/sync-state';
import { useSyncHost } from '../../support/sync-host';
import { failedOrderTargets } from './sync-harness';

const LISTING_PATH = '/api/catalog_system/pvt/sku/stockkeepingunitids';
const PAGE = 7;

const { h, mirror } = useSyncHost();

/** The failed orders' targets without their SKU ids: a full sync lists its own. */
function fullTargets() {
  const { skuIds: _listedInstead, ...targets } = failedOrderTargets(h);
  return targets;
}

/** A SKU added to the catalog after the snapshot, with a price and stock, that no order names. */
function addUnorderedSku(): string {
  const store = h.fake.store;
  const id = String(Math.max(...[...store.skus.keys()].map(Number)) + 1);
  const [model] = store.skus.values();
  store.skus.set(id, { ...model, Id: Number(id) });
  const [price] = store.prices.values();
  store.prices.set(id, { ...price, itemId: id, basePrice: 77.7 });
  const [inventory] = store.inventory.values();
  store.inventory.set(id, {
    ...inventory,
    skuId: id,
    balance: inventory.balance.map((b) => ({ ...b, totalQuantity: 55 }))
  });
  return id;
}

const listingPages = (from: number) =>
  h.fake.requests
    .slice(from)
    .filter((r) => r.path === LISTING_PATH)
    .map((r) => Number(new URLSearchParams(r.query).get('page')));

describe('full sync of the catalog', () => {
  it('lists every SKU id page by page and brings SKUs, stock and prices no failed order names', async () => {
    const id = addUnorderedSku();
    expect(failedOrderTargets(h).skuIds).not.toContain(id);
    expect(readSkus(mirror.db, { ids: [id] })).toEqual([]);
    const catalog = h.fake.store.skus.size;
    const mark = h.fake.requests.length;
    const progress: SyncProgress[] = [];

    const result = await syncFull(mirror.db, h.http(), {
      targets: fullTargets(),
      pageSize: PAGE,
      clock: h.time.clock,
      onProgress: (p) => progress.push(p)
    });

    expect(result.failed).toEqual({});
    expect(result.listed).toBe(catalog);
    expect(result.listingResumedAfterPage).toBeNull();
    expect(result.applied.skus).toBe(catalog);
    expect(listingPages(mark)).toEqual(Array.from({ length: Math.floor(catalog / PAGE) + 1 }, (_, i) => i + 1));
    expect(readSkus(mirror.db, { ids: [id] })).toHaveLength(1);
    expect(readPrices(mirror.db, { skuIds: [id] })[0].basePriceCents).toBe(7770);
    expect(readInventory(mirror.db, { skuIds: [id] }).map((b) => b.totalQuantity)).toContain(55);
    expect(readSyncedAt(mirror.db).prices).toBe(h.time.clock.now().toISOString());
    const listed = progress.filter((p) => p.phase === 'listing').map((p) => p.done);
    expect(listed.at(-1)).toBe(catalog);
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    // A clean run leaves no listing behind.
    expect(Object.keys(readMeta(mirror.db)).filter((key) => key.startsWith('vtex_full'))).toEqual([]);
  });

  it('resumes a listing that crashed mid-way after the last page it kept, once the mirror is reopened', async () => {
    const crash = (p: SyncProgress) => {
      if (p.phase === 'listing' && p.done >= 2 * PAGE) throw new Error('power cut');
    };
    await expect(
      syncFull(mirror.db, h.http(), { targets: fullTargets(), pageSize: PAGE, clock: h.time.clock, onProgress: crash })
    ).rejects.toThrow('power cut');
    const db = mirror.reopen();
    expect(readSyncedAt(db)).toEqual({});
    const id = addUnorderedSku();
    const mark = h.fake.requests.length;

    const result = await syncFull(db, h.http(), { targets: fullTargets(), pageSize: PAGE, clock: h.time.clock });

    expect(result.listingResumedAfterPage).toBe(2);
    expect(listingPages(mark)[0]).toBe(3);
    expect(result.listed).toBe(h.fake.store.skus.size);
    expect(result.applied.skus).toBe(h.fake.store.skus.size);
    expect(readSkus(db, { ids: [id] })).toHaveLength(1);
  });

  it('keeps the previous data of a kind that fails, and the retry reads it for the same ids without listing again', async () => {
    const id = addUnorderedSku();
    h.fake.deny('pricing', 403);
    const first = await syncFull(mirror.db, h.http(), { targets: fullTargets(), pageSize: PAGE, clock: h.time.clock });
    expect(first.failed.prices?.kind).toBe('forbidden');
    expect(readPrices(mirror.db, { skuIds: [id] })).toEqual([]);
    expect(readSyncedAt(mirror.db).prices).toBeUndefined();
    expect(readSkus(mirror.db, { ids: [id] })).toHaveLength(1);
    expect(readMeta(mirror.db)[FULL_LISTING_CHECKPOINT]).toBeDefined();

    h.fake.reset();
    const mark = h.fake.requests.length;
    const second = await syncFull(mirror.db, h.http(), { targets: fullTargets(), pageSize: PAGE, clock: h.time.clock });
    expect(second.failed).toEqual({});
    expect(second.applied).toEqual({ prices: h.fake.store.prices.size });
    expect(listingPages(mark)).toEqual([]);
    expect(readPrices(mirror.db, { skuIds: [id] })[0].basePriceCents).toBe(7770);
  });

  it('waits out a 429 on a listing page as VTEX asks (Retry-After) and lists that page again', async () => {
    h.fake.fault({ pathPrefix: LISTING_PATH, times: 1, answer: { status: 429, retryAfter: '3' } });
    const sleeps = h.time.sleeps.length;
    const mark = h.fake.requests.length;
    const result = await syncFull(mirror.db, h.http(), { targets: fullTargets(), kinds: ['skus'], pageSize: PAGE });
    expect(h.time.sleeps.slice(sleeps)).toContain(3_000);
    expect(listingPages(mark).slice(0, 2)).toEqual([1, 1]);
    expect(result.listed).toBe(h.fake.store.skus.size);
  });

  it('stops between listing pages when cancelled, and lists nothing for kinds that are not per SKU', async () => {
    const controller = new AbortController();
    await expect(
      syncFull(mirror.db, h.http(), {
        targets: fullTargets(),
        pageSize: PAGE,
        signal: controller.signal,
        onProgress: (p) => p.phase === 'listing' && controller.abort()
      })
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(readSyncedAt(mirror.db)).toEqual({});

    const mark = h.fake.requests.length;
    const docksOnly = await syncFull(mirror.db, h.http(), { targets: fullTargets(), kinds: ['docks'], pageSize: PAGE });
    expect(docksOnly.listed).toBe(0);
    expect(Object.keys(docksOnly.applied)).toEqual(['docks']);
    expect(listingPages(mark)).toEqual([]);
  });
});
