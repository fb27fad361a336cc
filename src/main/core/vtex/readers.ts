import type {
  SnapshotAffiliate,
  SnapshotDock,
  SnapshotFreightValue,
  SnapshotInventory,
  SnapshotPrice,
  SnapshotSalesChannel,
  SnapshotShippingPolicy,
  SnapshotSku,
  SnapshotWarehouse
} from '../../../shared/domain/snapshot';
import {
  mapAffiliate,
  mapDock,
  mapFreightValue,
  mapInventory,
  mapPrice,
  mapSalesChannel,
  mapShippingPolicy,
  mapSku,
  mapWarehouse
} from '../import/store-mappers';
import type { VtexHttp } from './http';
import { invalid, isObject, listOf, validated } from './validate';

/*
 * Readers of the store's configuration, each returning records in the snapshot's shapes (which are
 * VTEX's own response shapes), checked by the importer's mappers. Paths and fields as in VTEX's
 * API reference (vtex/openapi-schemas: Catalog, Logistics, Pricing, Marketplace APIs).
 */

const seg = (value: string): string => encodeURIComponent(value);

/** `GET /api/catalog_system/pvt/sku/stockkeepingunitbyid/{skuId}`; null when the SKU does not exist. */
export async function readSku(http: VtexHttp, skuId: string, signal?: AbortSignal): Promise<SnapshotSku | null> {
  const path = `/api/catalog_system/pvt/sku/stockkeepingunitbyid/${seg(skuId)}`;
  const body = await http.json<unknown>('catalog.sku', { method: 'GET', path, signal }, true);
  return body === null ? null : validated<SnapshotSku>(http, 'catalog.sku', path, body, mapSku);
}

/** `GET /api/logistics/pvt/inventory/skus/{skuId}`: the SKU's balance in every warehouse. */
export async function readInventory(http: VtexHttp, skuId: string, signal?: AbortSignal): Promise<SnapshotInventory | null> {
  const path = `/api/logistics/pvt/inventory/skus/${seg(skuId)}`;
  const body = await http.json<unknown>('logistics.inventory', { method: 'GET', path, signal }, true);
  if (body === null) return null;
  if (!isObject(body)) throw invalid(http, 'logistics.inventory', path, 'expected an object with skuId and balance');
  // The id the desk asked for is the key, whatever spelling the answer uses.
  return validated<SnapshotInventory>(http, 'logistics.inventory', path, { ...body, skuId: body.skuId ?? skuId }, mapInventory);
}

/** `GET /pricing/prices/{itemId}` on the Pricing host; null (404) when the SKU has no price. */
export async function readPrice(http: VtexHttp, skuId: string, signal?: AbortSignal): Promise<SnapshotPrice | null> {
  const path = `/pricing/prices/${seg(skuId)}`;
  const body = await http.json<unknown>('pricing.price', { method: 'GET', path, signal }, true);
  return body === null ? null : validated<SnapshotPrice>(http, 'pricing.price', path, body, mapPrice);
}

/** `GET /api/catalog_system/pvt/saleschannel/list`: the trade policies. */
export async function readSalesChannels(http: VtexHttp, signal?: AbortSignal): Promise<SnapshotSalesChannel[]> {
  const path = '/api/catalog_system/pvt/saleschannel/list';
  const body = await http.json<unknown>('catalog.salesChannels', { method: 'GET', path, signal });
  return listOf(http, 'catalog.salesChannels', path, body).map((r) =>
    validated<SnapshotSalesChannel>(http, 'catalog.salesChannels', path, r, mapSalesChannel)
  );
}

/** `GET /api/fulfillment/pvt/affiliates`: marketplace ↔ trade policy. */
export async function readAffiliates(http: VtexHttp, signal?: AbortSignal): Promise<SnapshotAffiliate[]> {
  const path = '/api/fulfillment/pvt/affiliates';
  const body = await http.json<unknown>('fulfillment.affiliates', { method: 'GET', path, signal });
  return listOf(http, 'fulfillment.affiliates', path, body).map((r) =>
    validated<SnapshotAffiliate>(http, 'fulfillment.affiliates', path, r, mapAffiliate)
  );
}

/** `GET /api/logistics/pvt/configuration/docks`. */
export async function readDocks(http: VtexHttp, signal?: AbortSignal): Promise<SnapshotDock[]> {
  const path = '/api/logistics/pvt/configuration/docks';
  const body = await http.json<unknown>('logistics.docks', { method: 'GET', path, signal });
  return listOf(http, 'logistics.docks', path, body).map((r) =>
    validated<SnapshotDock>(http, 'logistics.docks', path, r, mapDock)
  );
}

/** `GET /api/logistics/pvt/configuration/warehouses`. */
export async function readWarehouses(http: VtexHttp, signal?: AbortSignal): Promise<SnapshotWarehouse[]> {
  const path = '/api/logistics/pvt/configuration/warehouses';
  const body = await http.json<unknown>('logistics.warehouses', { method: 'GET', path, signal });
  return listOf(http, 'logistics.warehouses', path, body).map((r) =>
    validated<SnapshotWarehouse>(http, 'logistics.warehouses', path, r, mapWarehouse)
  );
}

const POLICY_PAGE = 100;

/** `GET /api/logistics/pvt/shipping-policies?page=&perPage=`, every page (`{ items, paging }`). */
export async function readShippingPolicies(http: VtexHttp, signal?: AbortSignal): Promise<SnapshotShippingPolicy[]> {
  const path = '/api/logistics/pvt/shipping-policies';
  const all: SnapshotShippingPolicy[] = [];
  for (let page = 1; ; page++) {
    const body = await http.json<unknown>('logistics.shippingPolicies', {
      method: 'GET',
      path,
      query: { page, perPage: POLICY_PAGE },
      signal
    });
    if (!isObject(body) || !Array.isArray(body.items))
      throw invalid(http, 'logistics.shippingPolicies', path, 'expected { items, paging }');
    all.push(
      ...body.items.map((r) => validated<SnapshotShippingPolicy>(http, 'logistics.shippingPolicies', path, r, mapShippingPolicy))
    );
    const pages = isObject(body.paging) && typeof body.paging.pages === 'number' ? body.paging.pages : page;
    if (page >= pages || body.items.length === 0) return all;
  }
}

/** `GET /api/logistics/pvt/shipping-policies/{id}`; null when it does not exist. */
export async function readShippingPolicy(
  http: VtexHttp,
  id: string,
  signal?: AbortSignal
): Promise<SnapshotShippingPolicy | null> {
  const path = `/api/logistics/pvt/shipping-policies/${seg(id)}`;
  const body = await http.json<unknown>('logistics.shippingPolicies', { method: 'GET', path, signal }, true);
  return body === null
    ? null
    : validated<SnapshotShippingPolicy>(http, 'logistics.shippingPolicies', path, body, mapShippingPolicy);
}

/**
 * `GET /api/logistics/pvt/configuration/freights/{carrierId}/{postalcode}/values`: the rows of a
 * shipping policy (the carrier id is the policy id) that cover a postal code, with the policy id
 * added as the snapshot's freight-values file carries it. Empty means the code is not covered.
 */
export async function readFreightValues(
  http: VtexHttp,
  shippingPolicyId: string,
  postalCode: string,
  signal?: AbortSignal
): Promise<SnapshotFreightValue[]> {
  const path = `/api/logistics/pvt/configuration/freights/${seg(shippingPolicyId)}/${seg(postalCode)}/values`;
  const body = await http.json<unknown>('logistics.freightValues', { method: 'GET', path, signal }, true);
  if (body === null) return [];
  return listOf(http, 'logistics.freightValues', path, body).map((r) =>
    validated<SnapshotFreightValue>(
      http,
      'logistics.freightValues',
      path,
      isObject(r) ? { ...r, shippingPolicyId } : r,
      mapFreightValue
    )
  );
}

/**
 * `GET /api/catalog_system/pvt/sku/stockkeepingunitids?page=&pagesize=` (Catalog API, "List all SKU
 * IDs"): one page of the catalog's SKU ids, a bare JSON array of integers; a page past the last is empty.
 */
export async function readSkuIdPage(http: VtexHttp, page: number, pageSize: number, signal?: AbortSignal): Promise<string[]> {
  const path = '/api/catalog_system/pvt/sku/stockkeepingunitids';
  const body = await http.json<unknown>('catalog.skuIds', { method: 'GET', path, query: { page, pagesize: pageSize }, signal });
  return listOf(http, 'catalog.skuIds', path, body).map((id) => {
    if (!Number.isInteger(id) && !(typeof id === 'string' && /^\d+$/.test(id)))
      throw invalid(http, 'catalog.skuIds', path, `expected SKU ids (integers), got ${JSON.stringify(id)}`);
    return String(id);
  });
}
