import type { SyncKind } from '../../../shared/api/sync';
import type { Db } from '../db/connection';
import { upsertAffiliate, upsertSku, upsertTradePolicy } from '../db/repositories/catalog-repository';
import {
  readShippingPolicies as mirrorShippingPolicies,
  upsertDock,
  upsertFreightValue,
  upsertShippingPolicy,
  upsertWarehouse
} from '../db/repositories/logistics-repository';
import { upsertOmsOrder } from '../db/repositories/oms-repository';
import { upsertBalance, upsertPrice } from '../db/repositories/stock-repository';
import {
  mapAffiliate,
  mapDock,
  mapFreightValue,
  mapInventory,
  mapOmsOrder,
  mapPrice,
  mapSalesChannel,
  mapShippingPolicy,
  mapSku,
  mapWarehouse
} from '../import/store-mappers';
import type { VtexHttp } from './http';
import { findOrdersByMarketplaceId, readOmsOrder } from './oms';
import {
  readAffiliates,
  readDocks,
  readFreightValues,
  readInventory,
  readPrice,
  readSalesChannels,
  readShippingPolicies,
  readSku,
  readWarehouses
} from './readers';

export { SYNC_KINDS, type SyncKind } from '../../../shared/api/sync';

/** What a targeted sync is about: the objects the failed orders in the queue name. */
export interface SyncTargets {
  skuIds: readonly string[];
  /** Postal codes of the failed orders: freight values are read per shipping policy × code. */
  postalCodes: readonly string[];
  marketplaceOrderIds: readonly string[];
  /** Where OMS looks for those marketplace ids (the full-text search is windowed like every list). */
  searchWindow: { from: Date; to: Date };
}

export interface KindContext {
  http: VtexHttp;
  db: Db;
  targets: SyncTargets;
  signal?: AbortSignal;
  /** Reports how many of the kind's records were fetched so far. */
  fetched: (done: number, total: number) => void;
}

/** A kind's records as fetched, and how to write one of them into the mirror. */
export interface FetchedKind {
  records: unknown[];
  /** Records VTEX said do not exist (404): counted, left as they are in the mirror. */
  missing: number;
  apply: (db: Db, record: unknown) => void;
}

/** Runs one read per id, all at once (the client's semaphore caps how many are in flight). */
async function perId<T>(ids: readonly string[], ctx: KindContext, read: (id: string) => Promise<T>): Promise<T[]> {
  let done = 0;
  ctx.fetched(0, ids.length);
  return Promise.all(
    ids.map(async (id) => {
      const value = await read(id);
      ctx.fetched(++done, ids.length);
      return value;
    })
  );
}

function present<T>(values: (T | null)[]): { records: T[]; missing: number } {
  const records = values.filter((v): v is T => v !== null);
  return { records, missing: values.length - records.length };
}

async function list<T>(ctx: KindContext, read: () => Promise<T[]>): Promise<{ records: T[]; missing: number }> {
  const records = await read();
  ctx.fetched(records.length, records.length);
  return { records, missing: 0 };
}

/** How each kind is fetched from VTEX and written through the repositories (the importer's mappers first). */
export const KINDS: Record<SyncKind, (ctx: KindContext) => Promise<FetchedKind>> = {
  'sales-channels': async (ctx) => ({
    ...(await list(ctx, () => readSalesChannels(ctx.http, ctx.signal))),
    apply: (db, r) => upsertTradePolicy(db, mapSalesChannel(r))
  }),
  affiliates: async (ctx) => ({
    ...(await list(ctx, () => readAffiliates(ctx.http, ctx.signal))),
    apply: (db, r) => upsertAffiliate(db, mapAffiliate(r))
  }),
  docks: async (ctx) => ({
    ...(await list(ctx, () => readDocks(ctx.http, ctx.signal))),
    apply: (db, r) => upsertDock(db, mapDock(r))
  }),
  warehouses: async (ctx) => ({
    ...(await list(ctx, () => readWarehouses(ctx.http, ctx.signal))),
    apply: (db, r) => upsertWarehouse(db, mapWarehouse(r))
  }),
  'shipping-policies': async (ctx) => ({
    ...(await list(ctx, () => readShippingPolicies(ctx.http, ctx.signal))),
    apply: (db, r) => upsertShippingPolicy(db, mapShippingPolicy(r))
  }),
  'freight-values': async (ctx) => {
    // The policies as the mirror holds them now: the shipping-policies kind was applied just before.
    const pairs = mirrorShippingPolicies(ctx.db).flatMap((policy) =>
      ctx.targets.postalCodes.map((code) => `${policy.id}\u0000${code}`)
    );
    const rows = await perId(pairs, ctx, (pair) => {
      const [policyId, code] = pair.split('\u0000');
      return readFreightValues(ctx.http, policyId, code, ctx.signal);
    });
    return { records: rows.flat(), missing: 0, apply: (db, r) => upsertFreightValue(db, mapFreightValue(r)) };
  },
  skus: async (ctx) => ({
    ...present(await perId(ctx.targets.skuIds, ctx, (id) => readSku(ctx.http, id, ctx.signal))),
    apply: (db, r) => upsertSku(db, mapSku(r))
  }),
  inventory: async (ctx) => ({
    ...present(await perId(ctx.targets.skuIds, ctx, (id) => readInventory(ctx.http, id, ctx.signal))),
    apply: (db, r) => mapInventory(r).forEach((balance) => upsertBalance(db, balance))
  }),
  prices: async (ctx) => ({
    ...present(await perId(ctx.targets.skuIds, ctx, (id) => readPrice(ctx.http, id, ctx.signal))),
    apply: (db, r) => upsertPrice(db, mapPrice(r))
  }),
  'oms-orders': async (ctx) => {
    const found = await perId(ctx.targets.marketplaceOrderIds, ctx, (id) =>
      findOrdersByMarketplaceId(ctx.http, id, ctx.targets.searchWindow, ctx.signal)
    );
    const orderIds = [...new Set(found.flat().map((item) => item.orderId))];
    const orders = await Promise.all(orderIds.map((id) => readOmsOrder(ctx.http, id, ctx.signal)));
    return { ...present(orders), apply: (db, r) => upsertOmsOrder(db, mapOmsOrder(r)) };
  }
};
