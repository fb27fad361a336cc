import type {
  SnapshotDock,
  SnapshotInventory,
  SnapshotPrice,
  SnapshotShippingPolicy,
  SnapshotSku
} from '../../../shared/domain/snapshot';
import { mapDock } from '../import/store-mappers';
import type { VtexHttp } from './http';
import type { VtexEndpoint } from './permissions';
import { readInventory, readPrice, readShippingPolicy, readSku } from './readers';
import { invalid, isObject, listOf, validated } from './validate';

/*
 * The documented writes a connected fix makes (Logistics, Catalog, Pricing), each followed by a read
 * of the object it changed: the desk shows, audits and mirrors what the store holds afterwards,
 * never what it sent. Paths and bodies as in VTEX's API reference (vtex/openapi-schemas).
 */

/** One call as the audit records it: never a header or a query. */
export interface WriteCall {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  status: number | null;
}

/** A write that VTEX accepted, and the object as VTEX returns it afterwards. */
export interface WriteOutcome<T> {
  call: WriteCall;
  readBack: T;
}

const seg = (value: string): string => encodeURIComponent(value);

/** The path each write is sent to: one place, so a preview names the call the write makes. */
export const WRITE_PATHS = {
  inventory: (skuId: string, warehouseId: string) =>
    `/api/logistics/pvt/inventory/skus/${seg(skuId)}/warehouses/${seg(warehouseId)}`,
  sku: (skuId: string) => `/api/catalog/pvt/stockkeepingunit/${seg(skuId)}`,
  product: (productId: string) => `/api/catalog/pvt/product/${seg(productId)}`,
  productTradePolicy: (productId: string, tradePolicyId: string) =>
    `/api/catalog/pvt/product/${seg(productId)}/salespolicy/${seg(tradePolicyId)}`,
  collectionGroups: (collectionId: string) => `/api/catalog/pvt/collection/${seg(collectionId)}/subcollection`,
  groupSkus: (subCollectionId: string) => `/api/catalog/pvt/subcollection/${seg(subCollectionId)}/stockkeepingunit`,
  price: (skuId: string) => `/pricing/prices/${seg(skuId)}`,
  fixedPrices: (skuId: string, tradePolicyId: string) => `/pricing/prices/${seg(skuId)}/fixed/${seg(tradePolicyId)}`,
  docks: () => '/api/logistics/pvt/configuration/docks',
  dockActivation: (dockId: string) => `/api/logistics/pvt/configuration/docks/${seg(dockId)}/activation`,
  shippingPolicy: (id: string) => `/api/logistics/pvt/shipping-policies/${seg(id)}`
};

async function send(
  http: VtexHttp,
  endpoint: VtexEndpoint,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown
): Promise<WriteCall> {
  const { status } = await http.exchange<unknown>(endpoint, { method, path, body });
  return { method, path, status };
}

function required<T>(http: VtexHttp, endpoint: VtexEndpoint, path: string, value: T | null): T {
  if (value === null) throw invalid(http, endpoint, path, 'the object is gone right after the write');
  return value;
}

/**
 * `PUT /api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}` with the count and the
 * infinite-inventory flag, then `GET /api/logistics/pvt/inventory/skus/{skuId}`.
 */
export async function writeInventory(
  http: VtexHttp,
  change: { skuId: string; warehouseId: string; quantity: number; unlimited: boolean; at: Date }
): Promise<WriteOutcome<SnapshotInventory>> {
  const path = WRITE_PATHS.inventory(change.skuId, change.warehouseId);
  const call = await send(http, 'logistics.inventoryWrite', 'PUT', path, {
    quantity: change.quantity,
    unlimitedQuantity: change.unlimited,
    dateUtcOnBalanceSystem: change.at.toISOString()
  });
  return { call, readBack: required(http, 'logistics.inventory', path, await readInventory(http, change.skuId)) };
}

/**
 * SKU activation: `GET /api/catalog/pvt/stockkeepingunit/{skuId}` (the registration), `PUT` of the
 * same body with `IsActive: true` (VTEX replaces the whole SKU), then the SKU with its context.
 */
export async function activateSku(http: VtexHttp, skuId: string): Promise<WriteOutcome<SnapshotSku>> {
  const path = WRITE_PATHS.sku(skuId);
  const current = await http.json<unknown>('catalog.skuWrite', { method: 'GET', path });
  if (!isObject(current)) throw invalid(http, 'catalog.skuWrite', path, 'expected the SKU registration');
  const call = await send(http, 'catalog.skuWrite', 'PUT', path, { ...current, IsActive: true });
  return { call, readBack: required(http, 'catalog.sku', path, await readSku(http, skuId)) };
}

/** A product as VTEX holds it afterwards: its registration, and its SKUs with their context (what the mirror keeps). */
export interface ProductReadBack {
  product: Record<string, unknown>;
  skus: SnapshotSku[];
}

/** `GET /api/catalog/pvt/product/{productId}`: the registration, kept whole to be sent back by the update. */
async function readProductBody(http: VtexHttp, productId: string): Promise<Record<string, unknown>> {
  const path = WRITE_PATHS.product(productId);
  const body = required(
    http,
    'catalog.product',
    path,
    await http.json<unknown>('catalog.product', { method: 'GET', path }, true)
  );
  if (!isObject(body)) throw invalid(http, 'catalog.product', path, 'expected the product registration');
  return body;
}

/**
 * Product activation: `GET /api/catalog/pvt/product/{productId}`, `PUT` of the same body with
 * `IsActive: true` (VTEX's update clears every field left out and turns a missing boolean false, so
 * the whole product goes back), then the product and each of its SKUs with their context.
 */
export async function activateProduct(
  http: VtexHttp,
  productId: string,
  skuIds: readonly string[]
): Promise<WriteOutcome<ProductReadBack>> {
  const path = WRITE_PATHS.product(productId);
  const current = await readProductBody(http, productId);
  const call = await send(http, 'catalog.product', 'PUT', path, { ...current, IsActive: true });
  const product = await readProductBody(http, productId);
  const skus = await Promise.all(
    skuIds.map(async (skuId) => required(http, 'catalog.sku', WRITE_PATHS.sku(skuId), await readSku(http, skuId)))
  );
  return { call, readBack: { product, skus } };
}

/**
 * Product ↔ trade policy: `POST /api/catalog/pvt/product/{productId}/salespolicy/{tradePolicyId}`
 * (idempotent), then the SKU with its context (its `SalesChannels` are the product's).
 */
export async function linkProductTradePolicy(
  http: VtexHttp,
  productId: string,
  tradePolicyId: string,
  skuId: string
): Promise<WriteOutcome<SnapshotSku>> {
  const call = await send(
    http,
    'catalog.productWrite',
    'POST',
    WRITE_PATHS.productTradePolicy(productId, tradePolicyId),
    undefined
  );
  return {
    call,
    readBack: required(
      http,
      'catalog.sku',
      `/api/catalog_system/pvt/sku/stockkeepingunitbyid/${skuId}`,
      await readSku(http, skuId)
    )
  };
}

/** A fixed price for one trade policy, in cents (VTEX's Pricing API speaks in currency units). */
export interface FixedPriceChange {
  skuId: string;
  tradePolicyId: string;
  valueCents: number;
  dateFrom: string | null;
  dateTo: string | null;
}

/**
 * `PUT /pricing/prices/{itemId}` with the SKU's price as read, its fixed price for the trade policy
 * (minimum quantity 1) replaced; then `GET /pricing/prices/{itemId}`.
 */
export async function writeFixedPrice(http: VtexHttp, change: FixedPriceChange): Promise<WriteOutcome<SnapshotPrice>> {
  const path = WRITE_PATHS.price(change.skuId);
  const current = required(http, 'pricing.price', path, await readPrice(http, change.skuId));
  const value = change.valueCents / 100;
  const dateRange =
    change.dateFrom || change.dateTo ? { from: change.dateFrom ?? undefined, to: change.dateTo ?? undefined } : undefined;
  const kept = (current.fixedPrices ?? []).filter(
    (f) => !(String(f.tradePolicyId) === change.tradePolicyId && (f.minQuantity ?? 1) === 1)
  );
  const call = await send(http, 'pricing.priceWrite', 'PUT', path, {
    ...current,
    fixedPrices: [
      ...kept,
      { tradePolicyId: change.tradePolicyId, value, listPrice: null, minQuantity: 1, ...(dateRange ? { dateRange } : {}) }
    ]
  });
  return { call, readBack: required(http, 'pricing.price', path, await readPrice(http, change.skuId)) };
}

/**
 * The call that adds a SKU to a collection, as a preview names it: the collection's group
 * (subcollection) it goes into is read when the fix is applied.
 */
export const GROUP_SKUS_TEMPLATE = '/api/catalog/pvt/subcollection/{subCollectionId}/stockkeepingunit';

/**
 * `GET /api/catalog/pvt/collection/{collectionId}/subcollection`: the first Inclusive group. A SKU is
 * in a collection through one of its groups, and one in an Exclusive group is left out of it.
 */
async function inclusiveGroup(http: VtexHttp, collectionId: string): Promise<string> {
  const path = WRITE_PATHS.collectionGroups(collectionId);
  const body = await http.json<unknown>('catalog.collectionRead', { method: 'GET', path });
  const group = listOf(http, 'catalog.collectionRead', path, body).find(
    (g): g is Record<string, unknown> =>
      isObject(g) && g.Type === 'Inclusive' && (typeof g.Id === 'number' || typeof g.Id === 'string')
  );
  if (!group)
    throw invalid(http, 'catalog.collectionRead', path, `collection ${collectionId} has no Inclusive group to add a SKU to`);
  return String(group.Id);
}

/**
 * Adding a SKU to a collection: its Inclusive group, `POST
 * /api/catalog/pvt/subcollection/{subCollectionId}/stockkeepingunit` with the SKU (idempotent), then
 * the SKU with its context (its `ProductClusterNames` are the collections it is in).
 */
export async function addSkuToCollection(
  http: VtexHttp,
  collectionId: string,
  skuId: string
): Promise<WriteOutcome<SnapshotSku>> {
  const group = await inclusiveGroup(http, collectionId);
  const call = await send(http, 'catalog.subcollectionWrite', 'POST', WRITE_PATHS.groupSkus(group), { SkuId: Number(skuId) });
  return { call, readBack: required(http, 'catalog.sku', WRITE_PATHS.sku(skuId), await readSku(http, skuId)) };
}

type FixedPrice = NonNullable<SnapshotPrice['fixedPrices']>[number];

/** The trade policy's fixed price that ends last: the one the store last sold at, as the mirror's renewal picks it. */
export function latestDatedFixedPrice(price: SnapshotPrice, tradePolicyId: string): FixedPrice | null {
  const dated = (price.fixedPrices ?? []).filter((f) => String(f.tradePolicyId) === tradePolicyId && f.dateRange?.to);
  return dated.sort((a, b) => String(a.dateRange?.to).localeCompare(String(b.dateRange?.to))).at(-1) ?? null;
}

/**
 * Renewal of a dated fixed price: `GET /pricing/prices/{itemId}`, then `POST
 * /pricing/prices/{itemId}/fixed/{priceTableId}` with the trade policy's fixed prices as read, the one
 * that ends last given the new end date (the others go back unchanged, so neither an upsert nor a
 * replacement of the list loses one); then the price as VTEX holds it. VTEX's `dateRange` needs both
 * ends: a price read without a start starts at `at`.
 */
export async function renewFixedPrice(
  http: VtexHttp,
  change: { skuId: string; tradePolicyId: string; dateTo: string; at: Date }
): Promise<WriteOutcome<SnapshotPrice>> {
  const readPath = WRITE_PATHS.price(change.skuId);
  const current = required(http, 'pricing.price', readPath, await readPrice(http, change.skuId));
  const latest = latestDatedFixedPrice(current, change.tradePolicyId);
  if (!latest)
    throw invalid(http, 'pricing.price', readPath, `no fixed price with an end date for trade policy ${change.tradePolicyId}`);
  const body = (current.fixedPrices ?? [])
    .filter((f) => String(f.tradePolicyId) === change.tradePolicyId)
    .map((f) => ({
      value: f.value,
      ...(typeof f.listPrice === 'number' ? { listPrice: f.listPrice } : {}),
      minQuantity: f.minQuantity ?? 1,
      ...(f === latest
        ? { dateRange: { from: f.dateRange?.from ?? change.at.toISOString(), to: change.dateTo } }
        : f.dateRange
          ? { dateRange: f.dateRange }
          : {})
    }));
  const call = await send(http, 'pricing.priceWrite', 'POST', WRITE_PATHS.fixedPrices(change.skuId, change.tradePolicyId), body);
  return { call, readBack: required(http, 'pricing.price', readPath, await readPrice(http, change.skuId)) };
}

/** `GET /api/logistics/pvt/configuration/docks/{dockId}`, as VTEX returns it (kept whole for an upsert). */
async function readDockBody(http: VtexHttp, dockId: string): Promise<Record<string, unknown> | null> {
  const path = `/api/logistics/pvt/configuration/docks/${seg(dockId)}`;
  const body = await http.json<unknown>('logistics.docks', { method: 'GET', path }, true);
  if (body === null) return null;
  if (!isObject(body)) throw invalid(http, 'logistics.docks', path, 'expected a dock');
  return body;
}

async function readDock(http: VtexHttp, dockId: string): Promise<SnapshotDock> {
  const path = `/api/logistics/pvt/configuration/docks/${seg(dockId)}`;
  return validated<SnapshotDock>(
    http,
    'logistics.docks',
    path,
    required(http, 'logistics.docks', path, await readDockBody(http, dockId)),
    mapDock
  );
}

/** Dock ↔ trade policy: the dock as read, its `salesChannels` with the policy added, `POST …/docks` (upsert). */
export async function linkDockTradePolicy(
  http: VtexHttp,
  dockId: string,
  tradePolicyId: string
): Promise<WriteOutcome<SnapshotDock>> {
  const path = WRITE_PATHS.docks();
  const current = required(http, 'logistics.docks', `${path}/${dockId}`, await readDockBody(http, dockId));
  const channels = Array.isArray(current.salesChannels) ? current.salesChannels.map(String) : [];
  const call = await send(http, 'logistics.dockWrite', 'POST', path, {
    ...current,
    salesChannels: [...new Set([...channels, tradePolicyId])]
  });
  return { call, readBack: await readDock(http, dockId) };
}

/** `POST /api/logistics/pvt/configuration/docks/{dockId}/activation`. */
export async function activateDock(http: VtexHttp, dockId: string): Promise<WriteOutcome<SnapshotDock>> {
  const call = await send(http, 'logistics.dockWrite', 'POST', WRITE_PATHS.dockActivation(dockId), undefined);
  return { call, readBack: await readDock(http, dockId) };
}

/**
 * Shipping policy activation: `GET /api/logistics/pvt/shipping-policies/{id}`, `PUT` of the same body
 * with `isActive: true` (the update replaces the policy), then the policy as VTEX holds it.
 */
export async function activateShippingPolicy(http: VtexHttp, id: string): Promise<WriteOutcome<SnapshotShippingPolicy>> {
  const path = WRITE_PATHS.shippingPolicy(id);
  const current = await http.json<unknown>('logistics.shippingPolicyWrite', { method: 'GET', path });
  if (!isObject(current)) throw invalid(http, 'logistics.shippingPolicyWrite', path, 'expected the shipping policy');
  const call = await send(http, 'logistics.shippingPolicyWrite', 'PUT', path, { ...current, isActive: true });
  return { call, readBack: required(http, 'logistics.shippingPolicies', path, await readShippingPolicy(http, id)) };
}
