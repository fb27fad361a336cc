import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSnapshot, type GenerateResult } from '../../../src/main/core/demo/generate';
import type { PlantedCause } from '../../../src/main/core/demo/failure-scenarios';
import type * as S from '../../../src/shared/domain/snapshot';

/** A generated demo snapshot read back from disk, with what the generator says it planted. */
export interface DemoFixture {
  dir: string;
  result: GenerateResult;
  expected: Record<string, PlantedCause>;
  manifest: S.SnapshotManifest;
  orders: S.SnapshotOrder[];
  oms: S.SnapshotOmsOrder[];
  affiliates: S.SnapshotAffiliate[];
  salesChannels: S.SnapshotSalesChannel[];
  skus: S.SnapshotSku[];
  inventory: S.SnapshotInventory[];
  prices: S.SnapshotPrice[];
  docks: S.SnapshotDock[];
  warehouses: S.SnapshotWarehouse[];
  policies: S.SnapshotShippingPolicy[];
  freight: S.SnapshotFreightValue[];
  settings: S.SnapshotStoreSettings;
}

export function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

const made: string[] = [];

/** A fresh temporary folder, removed by removeTempDirs. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-store-'));
  made.push(dir);
  return dir;
}

/** Removes the folders this test file generated into. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Generates the demo (seed 42, 180 orders, JSON) into a fresh temporary folder and reads it. */
export async function generateDemo(orders = 180, seed = 42): Promise<DemoFixture> {
  const dir = tempDir();
  const result = await generateSnapshot(dir, { orders, seed, format: 'json' });
  const read = <T>(name: string): T => readJson<T>(dir, name);
  return {
    dir,
    result,
    expected: result.planted.orders ?? {},
    manifest: read('manifest.json'),
    orders: read('orders.json'),
    oms: read('oms-orders.json'),
    affiliates: read('affiliates.json'),
    salesChannels: read('sales-channels.json'),
    skus: read('skus.json'),
    inventory: read('inventory.json'),
    prices: read('prices.json'),
    docks: read('docks.json'),
    warehouses: read('warehouses.json'),
    policies: read('shipping-policies.json'),
    freight: read('freight-values.json'),
    settings: read('store-settings.json')
  };
}

export function orderKey(order: S.SnapshotOrder): string {
  return `${order.affiliateId}:${order.marketplaceOrderId}`;
}

/** The failed orders of one planted scenario. */
export function plantedOrders(demo: DemoFixture, scenario: string): S.SnapshotOrder[] {
  return demo.orders.filter((o) => demo.expected[orderKey(o)]?.scenario === scenario);
}
