import { describe, expect, it } from 'vitest';
import { countByKind } from '../../../src/main/core/db/repositories/counts-repository';
import { readMeta } from '../../../src/main/core/db/repositories/meta-repository';
import { findOrdersByMarketplaceOrderId, listAttempts } from '../../../src/main/core/db/repositories/order-repository';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import type { Db } from '../../../src/main/core/db/connection';
import { importSnapshot } from '../../../src/main/core/import';
import { classifyAtImport } from '../../../src/main/core/writer/import-job';
import { fixtureRecords, folderWith, freshMirror, smallStoreAs, type Format } from './snapshot-dir';

const EXPECTED = {
  orders: 2,
  'oms-orders': 1,
  affiliates: 2,
  'sales-channels': 3,
  skus: 2,
  inventory: 3,
  prices: 2,
  docks: 2,
  warehouses: 2,
  'shipping-policies': 2,
  'freight-values': 2,
  'store-settings': 6,
  'connections-orders': 0
};

describe.each<Format>(['json', 'ndjson', 'json.gz', 'ndjson.gz'])('importing every file kind as .%s', (format) => {
  it('fills every table of the mirror and reports what it read per kind', async () => {
    const db = freshMirror();
    const summary = await importSnapshot(db, smallStoreAs(format));
    expect(countByKind(db)).toEqual(EXPECTED);
    expect(summary.counts).toEqual({
      orders: 2,
      'oms-orders': 1,
      affiliates: 2,
      'sales-channels': 3,
      skus: 2,
      inventory: 2,
      prices: 2,
      docks: 2,
      warehouses: 2,
      'shipping-policies': 2,
      'freight-values': 2,
      'store-settings': 1
    });
    expect(readMeta(db)).toMatchObject({
      account: 'lojateste',
      exportedAt: '2026-11-20T15:00:00.000Z',
      source: 'test',
      initialised: 'true'
    });
  });
});

describe('what the importer normalises', () => {
  it('converts VTEX decimals to exact cents and trade policy ids to strings', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const store = readStoreData(db, '2026-11-22T00:00:00Z');
    expect(store.prices.get('1003')).toMatchObject({
      basePriceCents: 19990,
      listPriceCents: 24990,
      fixedPrices: [{ tradePolicyId: '3', valueCents: 18999 }]
    });
    expect(store.prices.get('2001')?.basePriceCents).toBe(5990);
    expect(store.freightValues.get('sp-pac')?.map((row) => row.costCents)).toEqual([1990, 2435]);
    expect(store.warehouses.get('wh-rj')?.docks[0].costCents).toBe(250);
    expect(store.affiliates.get('AMZ')?.salesChannel).toBe('3');
    expect(store.skus.get('1003')?.tradePolicyIds).toEqual(['1', '3', '4']);
    expect(store.docks.get('dk-sp')?.tradePolicyIds).toEqual(['1', '3']);
    expect(store.tradePolicies.get('4')?.productClusterId).toBe('137');
    expect(store.skus.get('2001')?.name).toBe('Camiseta Dry Fit M Azul');
    expect(store.freightValues.get('sp-pac')?.[1].zipCodeStart).toBe('20000000');
    // Dates in the mirror are UTC, whatever zone the snapshot used.
    expect(findOrdersByMarketplaceOrderId(db, '702-0000001-0000001')[0].createdAt).toBe('2026-11-18T12:00:00.000Z');
    expect(store.asOf).toBe('2026-11-20T15:00:00.000Z');
  });

  it('reads the Admin’s status words for the integration outcome', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('ndjson'));
    expect(findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0].integrationStatus).toBe('error');
    expect(findOrdersByMarketplaceOrderId(db, '702-0000001-0000001')[0].vtexOrderId).toBe('1234560000001-01');
  });

  const errorTypes = (db: Db) =>
    db.prepare('SELECT marketplace_order_id, error_type FROM marketplace_orders ORDER BY id').raw().all();

  it('stores the error type of each failed order’s message with the order, as the classifier it is given reads it', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'), { classify: classifyAtImport });
    // "Order with SKU inactive or out of sales channel"; the order that integrated has none.
    expect(errorTypes(db)).toEqual([
      ['702-0000001-0000001', null],
      ['702-0000002-0000002', 'sku_unavailable']
    ]);
  });

  it('asks its classifier once per connector and message, with those two fields only, and only for failed orders', async () => {
    const failed = (n: number, message: string) => ({
      ...(fixtureRecords('orders')[1] as Record<string, unknown>),
      marketplaceOrderId: `F-${n}`,
      integration: { status: 'error', message }
    });
    const orders = [failed(1, 'first words'), failed(2, 'first words'), failed(3, 'other words'), fixtureRecords('orders')[0]];
    const asked: unknown[] = [];
    const db = freshMirror();
    await importSnapshot(db, folderWith({ 'orders.json': JSON.stringify(orders) }), {
      classify: (order) => {
        asked.push(order);
        return order.integrationMessage === 'first words' ? 'invalid_cart' : 'platform_error';
      }
    });
    const connectorName = (orders[0] as { connectorName: string | null }).connectorName ?? null;
    expect(asked).toEqual([
      { connectorName, integrationMessage: 'first words' },
      { connectorName, integrationMessage: 'other words' }
    ]);
    expect(errorTypes(db)).toEqual([
      ['F-1', 'invalid_cart'],
      ['F-2', 'invalid_cart'],
      ['F-3', 'platform_error'],
      ['702-0000001-0000001', null]
    ]);
  });

  it('without a classifier leaves the error type for the diagnosis to set', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    expect(errorTypes(db)).toEqual([
      ['702-0000001-0000001', null],
      ['702-0000002-0000002', null]
    ]);
  });
});

describe('re-importing', () => {
  it('replaces records with the same key instead of duplicating them, and keeps the attempts', async () => {
    const db = freshMirror();
    const dir = smallStoreAs('json');
    await importSnapshot(db, dir);
    await importSnapshot(db, dir);
    expect(countByKind(db)).toEqual(EXPECTED);
    const order = findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0];
    expect(listAttempts(db, order.id)).toHaveLength(1);
    expect(order.attempts).toBe(2);
  });

  it('appends a new attempt when the outcome changed', async () => {
    const db = freshMirror();
    await importSnapshot(db, smallStoreAs('json'));
    const { folderWith } = await import('./snapshot-dir');
    const { fixtureRecords } = await import('./snapshot-dir');
    const orders = fixtureRecords('orders') as { integration: Record<string, unknown> }[];
    orders[1].integration = {
      status: 'error',
      message: 'No available sla to deliver this order',
      processedAt: '2026-11-20T09:00:00Z',
      attempts: 3
    };
    await importSnapshot(db, folderWith({ 'orders.json': JSON.stringify(orders) }));
    const order = findOrdersByMarketplaceOrderId(db, '702-0000002-0000002')[0];
    expect(listAttempts(db, order.id).map((a) => [a.attempt, a.message])).toEqual([
      [2, 'Order with SKU inactive or out of sales channel'],
      [3, 'No available sla to deliver this order']
    ]);
    expect(order.integrationMessage).toBe('No available sla to deliver this order');
    expect(countByKind(db).orders).toBe(2);
  });
});

describe('progress', () => {
  it('reports records, bytes and a percent that ends at 100', async () => {
    const db = freshMirror();
    const events: { file: string; percent: number; records: number; bytes: number; totalBytes: number }[] = [];
    await importSnapshot(db, smallStoreAs('ndjson'), { onProgress: (p) => events.push(p) });
    expect(events.length).toBeGreaterThan(5);
    expect(events.at(-1)?.percent).toBe(100);
    expect(events.find((e) => e.file === 'orders.ndjson')?.records).toBe(2);
    for (let i = 1; i < events.length; i++) expect(events[i].bytes).toBeGreaterThanOrEqual(events[i - 1].bytes);
  });
});
