import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSnapshot } from '../../../src/main/core/demo/generate';
import { STORE_ACCOUNT } from '../../../src/main/core/demo/marketplaces';
import type {
  SnapshotAffiliate,
  SnapshotDock,
  SnapshotFreightValue,
  SnapshotInventory,
  SnapshotOmsOrder,
  SnapshotOrder,
  SnapshotPrice,
  SnapshotSalesChannel,
  SnapshotShippingPolicy,
  SnapshotSku,
  SnapshotWarehouse
} from '../../../src/shared/domain/snapshot';

/** The fake account's records, as VTEX's APIs return them; tests may change them between calls. */
export interface FakeStore {
  account: string;
  salesChannels: SnapshotSalesChannel[];
  affiliates: SnapshotAffiliate[];
  skus: Map<string, SnapshotSku>;
  inventory: Map<string, SnapshotInventory>;
  prices: Map<string, SnapshotPrice>;
  docks: SnapshotDock[];
  warehouses: SnapshotWarehouse[];
  shippingPolicies: SnapshotShippingPolicy[];
  freightValues: SnapshotFreightValue[];
  /** OMS orders by order id, in the shape `GET /api/oms/pvt/orders/{orderId}` returns. */
  oms: Map<string, SnapshotOmsOrder>;
  /** The marketplace orders of the demo (what the connectors sent), to seed a mirror beside the fake. */
  orders: SnapshotOrder[];
  /** The generated snapshot folder (removed by `dispose`). */
  dir: string;
  dispose(): void;
}

const read = <T>(dir: string, name: string): T[] => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as T[];

/** Loads a snapshot folder's records to serve them; `dispose` runs when the fake is done with it. */
export function storeFromSnapshot(dir: string, dispose: () => void = () => undefined): FakeStore {
  const byKey = <T>(records: T[], key: (r: T) => string | number) => new Map(records.map((r) => [String(key(r)), r]));
  return {
    account: STORE_ACCOUNT,
    salesChannels: read(dir, 'sales-channels'),
    affiliates: read(dir, 'affiliates'),
    skus: byKey(read<SnapshotSku>(dir, 'skus'), (s) => s.Id),
    inventory: byKey(read<SnapshotInventory>(dir, 'inventory'), (i) => i.skuId),
    prices: byKey(read<SnapshotPrice>(dir, 'prices'), (p) => p.itemId),
    docks: read(dir, 'docks'),
    warehouses: read(dir, 'warehouses'),
    shippingPolicies: read(dir, 'shipping-policies'),
    freightValues: read(dir, 'freight-values'),
    oms: byKey(read<SnapshotOmsOrder>(dir, 'oms-orders'), (o) => o.orderId),
    orders: read(dir, 'orders'),
    dir,
    dispose
  };
}

/** Generates a small demo store in a temporary folder and loads its records to serve them. */
export async function demoStore(options: { orders?: number; seed?: number } = {}): Promise<FakeStore> {
  const dir = mkdtempSync(join(tmpdir(), 'fake-vtex-'));
  await generateSnapshot(dir, { orders: options.orders ?? 120, seed: options.seed ?? 7, format: 'json' });
  return storeFromSnapshot(dir, () => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Adds `count` marketplace orders to OMS, created evenly between `from` and `to` (copies of a demo
 * order with their own ids): enough of them make a date window span more than 30 pages.
 */
export function padOms(store: FakeStore, count: number, from: Date, to: Date): string[] {
  const template = [...store.oms.values()][0];
  if (!template) throw new Error('padOms needs at least one OMS order in the demo store');
  const step = count > 1 ? (to.getTime() - from.getTime()) / (count - 1) : 0;
  const ids: string[] = [];
  const base = store.oms.size;
  for (let n = 0; n < count; n++) {
    const serial = base + n;
    const orderId = `PAD${String(serial).padStart(7, '0')}-01`;
    store.oms.set(orderId, {
      ...template,
      orderId,
      marketplaceOrderId: `PADMKT${serial}`,
      creationDate: new Date(from.getTime() + Math.round(step * n)).toISOString()
    });
    ids.push(orderId);
  }
  return ids;
}

/**
 * What the agent's Reprocess in Connections > Orders leads to: OMS holds an order for this marketplace
 * order (a copy of a demo OMS order under the given VTEX order id). Returns that id.
 */
export function integrateInOms(
  store: FakeStore,
  order: { marketplaceOrderId: string; affiliateId: string; createdAt?: string | null },
  orderId: string
): string {
  const template = [...store.oms.values()][0];
  if (!template) throw new Error('integrateInOms needs at least one OMS order in the demo store');
  store.oms.set(orderId, {
    ...template,
    orderId,
    marketplaceOrderId: order.marketplaceOrderId,
    affiliateId: order.affiliateId,
    creationDate: order.createdAt ?? new Date().toISOString()
  });
  return orderId;
}
