import { describe, expect, it } from 'vitest';
import { readSkus } from '../../../src/main/core/db/repositories/catalog-repository';
import { countByKind } from '../../../src/main/core/db/repositories/counts-repository';
import { readDocks } from '../../../src/main/core/db/repositories/logistics-repository';
import { readMeta, writeMeta } from '../../../src/main/core/db/repositories/meta-repository';
import { readOmsOrdersOfFailedOrders } from '../../../src/main/core/db/repositories/oms-repository';
import { readInventory, readPrices } from '../../../src/main/core/db/repositories/stock-repository';
import { syncTargets, type SyncProgress } from '../../../src/main/core/vtex/sync';
import { SYNC_KINDS } from '../../../src/main/core/vtex/sync-kinds';
import { readSyncedAt, TARGETED_CHECKPOINT } from '../../../src/main/core/vtex/sync-state';
import { useSyncHost } from '../../support/sync-host';
import { failedOrderTargets } from './sync-harness';

const { h, mirror } = useSyncHost();

/** Changes the fake account so a sync has something to bring: a SKU deactivated, a price and a stock changed, a dock off. */
function changeTheStore(skuId: string): { price: number; stock: number; dockId: string } {
  const store = h.fake.store;
  const sku = store.skus.get(skuId);
  if (sku) sku.IsActive = !sku.IsActive;
  const price = store.prices.get(skuId);
  if (price) price.basePrice = 1234.56;
  const inventory = store.inventory.get(skuId);
  if (inventory?.balance[0]) inventory.balance[0].totalQuantity = 4321;
  const dock = store.docks[0];
  dock.isActive = !dock.isActive;
  return { price: 123456, stock: 4321, dockId: dock.id };
}

describe('targeted sync into the mirror', () => {
  it('brings every kind for the failed orders, through the repositories, and records when', async () => {
    const targets = failedOrderTargets(h);
    const skuId = targets.skuIds[0];
    const before = readSkus(mirror.db, { ids: [skuId] })[0];
    const expected = changeTheStore(skuId);
    // An OMS order now exists for one of the failed marketplace orders.
    const failedId = targets.marketplaceOrderIds[0];
    h.fake.store.oms.set('1500000000001-01', {
      orderId: '1500000000001-01',
      marketplaceOrderId: failedId,
      affiliateId: 'MLB',
      salesChannel: '2',
      status: 'handling',
      creationDate: '2026-11-21T08:00:00Z',
      value: 1000,
      items: [{ id: skuId, quantity: 1, price: 1000, sellingPrice: 1000 }],
      authorizationPolicyData: null
    });
    const progress: SyncProgress[] = [];
    const result = await syncTargets(mirror.db, h.http(), { targets, clock: h.time.clock, onProgress: (p) => progress.push(p) });

    expect(result.failed).toEqual({});
    expect(Object.keys(result.applied).sort()).toEqual([...SYNC_KINDS].sort());
    expect(result.applied.skus).toBe(targets.skuIds.length);
    expect(result.applied['freight-values']).toBeGreaterThan(0);
    expect(readSkus(mirror.db, { ids: [skuId] })[0].isActive).toBe(!before.isActive);
    expect(readPrices(mirror.db, { skuIds: [skuId] })[0].basePriceCents).toBe(expected.price);
    expect(readInventory(mirror.db, { skuIds: [skuId] }).map((b) => b.totalQuantity)).toContain(expected.stock);
    expect(readDocks(mirror.db).find((d) => d.id === expected.dockId)?.isActive).toBe(h.fake.store.docks[0].isActive);
    expect(readOmsOrdersOfFailedOrders(mirror.db).map((o) => o.orderId)).toContain('1500000000001-01');
    // Each kind says when it was synced; the checkpoint is gone after a clean run.
    const syncedAt = readSyncedAt(mirror.db);
    expect(Object.keys(syncedAt).sort()).toEqual([...SYNC_KINDS].sort());
    expect(syncedAt.skus).toBe(h.time.clock.now().toISOString());
    expect(readMeta(mirror.db)[TARGETED_CHECKPOINT]).toBeUndefined();
    expect(progress.filter((p) => p.phase === 'applied').map((p) => p.kind)).toEqual([...SYNC_KINDS]);
    expect(progress.some((p) => p.kind === 'skus' && p.phase === 'fetching' && p.done === targets.skuIds.length)).toBe(true);
  });

  it('leaves the previous data of a kind that fails, applies the others, and retries only the failed one', async () => {
    const targets = failedOrderTargets(h);
    const skuId = targets.skuIds[1];
    const oldPrice = readPrices(mirror.db, { skuIds: [skuId] })[0];
    const oldSku = readSkus(mirror.db, { ids: [skuId] })[0];
    changeTheStore(skuId);
    h.fake.deny('pricing', 403);
    const first = await syncTargets(mirror.db, h.http(), { targets, clock: h.time.clock });
    expect(first.failed.prices?.kind).toBe('forbidden');
    expect(first.failed.prices?.message).toContain('Pricing › Price List › Read prices');
    expect(readPrices(mirror.db, { skuIds: [skuId] })[0]).toEqual(oldPrice);
    expect(readSkus(mirror.db, { ids: [skuId] })[0].isActive).toBe(!oldSku.isActive);
    expect(readSyncedAt(mirror.db).prices).toBeUndefined();

    h.fake.reset();
    const mark = h.fake.requests.length;
    const second = await syncTargets(mirror.db, h.http(), { targets, clock: h.time.clock });
    expect(second.failed).toEqual({});
    expect(second.applied).toEqual({ prices: targets.skuIds.length });
    expect(second.resumed).toEqual(SYNC_KINDS.filter((k) => k !== 'prices'));
    expect(new Set(h.fake.requests.slice(mark).map((r) => r.module))).toEqual(new Set(['pricing']));
    expect(readPrices(mirror.db, { skuIds: [skuId] })[0].basePriceCents).toBe(123456);
  });

  it('resumes a crashed sync from its checkpoint, after the mirror is reopened', async () => {
    const targets = failedOrderTargets(h);
    const crash = (p: SyncProgress) => {
      if (p.kind === 'docks' && p.phase === 'applied') throw new Error('power cut');
    };
    await expect(syncTargets(mirror.db, h.http(), { targets, clock: h.time.clock, onProgress: crash })).rejects.toThrow(
      'power cut'
    );
    const db = mirror.reopen();
    expect(Object.keys(readSyncedAt(db)).sort()).toEqual(['affiliates', 'docks', 'sales-channels']);
    const mark = h.fake.requests.length;
    const result = await syncTargets(db, h.http(), { targets, clock: h.time.clock });
    expect(result.resumed).toEqual(['sales-channels', 'affiliates', 'docks']);
    const paths = h.fake.requests.slice(mark).map((r) => r.path);
    expect(paths).not.toContain('/api/catalog_system/pvt/saleschannel/list');
    expect(paths).not.toContain('/api/fulfillment/pvt/affiliates');
    expect(paths).not.toContain('/api/logistics/pvt/configuration/docks');
    expect(paths).toContain('/api/logistics/pvt/configuration/warehouses');
    expect(readMeta(db)[TARGETED_CHECKPOINT]).toBeUndefined();
  });

  it('does not resume from the checkpoint of a different request', async () => {
    const targets = failedOrderTargets(h);
    const crash = (p: SyncProgress) => {
      if (p.kind === 'sales-channels' && p.phase === 'applied') throw new Error('crash');
    };
    await expect(
      syncTargets(mirror.db, h.http(), { targets, kinds: ['sales-channels', 'docks'], onProgress: crash })
    ).rejects.toThrow('crash');
    const result = await syncTargets(mirror.db, h.http(), { targets, kinds: ['sales-channels', 'affiliates'] });
    expect(result.resumed).toEqual([]);
    expect(Object.keys(result.applied)).toEqual(['sales-channels', 'affiliates']);
  });

  it('stops when cancelled, keeping the kinds already applied', async () => {
    const controller = new AbortController();
    const stop = (p: SyncProgress) => {
      if (p.kind === 'affiliates' && p.phase === 'applied') controller.abort();
    };
    await expect(
      syncTargets(mirror.db, h.http(), { targets: failedOrderTargets(h), signal: controller.signal, onProgress: stop })
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(Object.keys(readSyncedAt(mirror.db)).sort()).toEqual(['affiliates', 'sales-channels']);
  });

  it('stops at once on rejected credentials, changing nothing', async () => {
    const counts = countByKind(mirror.db);
    h.fake.deny('catalog', 401);
    await expect(syncTargets(mirror.db, h.http(), { targets: failedOrderTargets(h) })).rejects.toMatchObject({
      kind: 'unauthorized'
    });
    expect(countByKind(mirror.db)).toEqual(counts);
    expect(readSyncedAt(mirror.db)).toEqual({});
  });

  it("refuses to sync another account's data into a mirror", async () => {
    writeMeta(mirror.db, { account: 'outra-loja' });
    await expect(syncTargets(mirror.db, h.http(), { targets: failedOrderTargets(h) })).rejects.toThrow(
      'holds account "outra-loja"'
    );
  });
});
