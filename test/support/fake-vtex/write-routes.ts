import type { SnapshotOmsOrder, SnapshotShippingPolicy } from '../../../src/shared/domain/snapshot';
import { COLLECTION_ROUTES } from './collection-routes';
import { PRODUCT_PRICE_ROUTES } from './product-price-routes';
import type { FakeAnswer } from './routes';
import { simulate } from './simulation';
import type { FakeStore } from './store';

/*
 * The documented writes the desk's connected fixes and re-send use, applied to the fake's store so
 * a read afterwards shows them, plus the reads those writes start from (the SKU registration, one
 * dock). A malformed body is refused with 400, as VTEX does.
 */

const json = (body: unknown, status = 200): FakeAnswer => ({ status, body });
const notFound = (): FakeAnswer => ({ status: 404, body: { error: { code: '404', message: 'Not found' } } });
const badRequest = (message: string): FakeAnswer => ({ status: 400, body: { error: { message } } });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function putInventory(store: FakeStore, skuId: string, warehouseId: string, body: unknown): FakeAnswer {
  if (!isObject(body) || !Number.isInteger(body.quantity) || (body.quantity as number) < 0)
    return badRequest('quantity must be a non-negative integer');
  if (!store.skus.has(skuId)) return notFound();
  const warehouse = store.warehouses.find((w) => w.id === warehouseId);
  if (!warehouse) return notFound();
  const inventory = store.inventory.get(skuId) ?? { skuId, balance: [] };
  const balance = inventory.balance.find((b) => b.warehouseId === warehouseId);
  const next = { quantity: body.quantity as number, unlimited: body.unlimitedQuantity === true };
  if (balance) Object.assign(balance, { totalQuantity: next.quantity, hasUnlimitedQuantity: next.unlimited });
  else
    inventory.balance.push({
      warehouseId,
      warehouseName: warehouse.name,
      totalQuantity: next.quantity,
      reservedQuantity: 0,
      hasUnlimitedQuantity: next.unlimited
    });
  store.inventory.set(skuId, inventory);
  return json(true);
}

function skuRegistration(store: FakeStore, skuId: string): FakeAnswer {
  const sku = store.skus.get(skuId);
  return sku
    ? json({
        Id: Number(sku.Id),
        ProductId: Number(sku.ProductId),
        IsActive: sku.IsActive,
        Name: sku.SkuName ?? null,
        RefId: sku.AlternateIds?.RefId ?? null,
        ActivateIfPossible: true
      })
    : notFound();
}

function putSku(store: FakeStore, skuId: string, body: unknown): FakeAnswer {
  const sku = store.skus.get(skuId);
  if (!sku) return notFound();
  if (!isObject(body) || typeof body.IsActive !== 'boolean' || String(body.Id) !== skuId)
    return badRequest('the SKU body must carry its Id and IsActive');
  sku.IsActive = body.IsActive;
  return json(body);
}

function linkProduct(store: FakeStore, productId: string, tradePolicyId: string): FakeAnswer {
  const skus = [...store.skus.values()].filter((sku) => String(sku.ProductId) === productId);
  if (skus.length === 0) return notFound();
  if (!store.salesChannels.some((sc) => String(sc.Id) === tradePolicyId)) return badRequest('unknown trade policy');
  for (const sku of skus)
    if (!(sku.SalesChannels ?? []).map(String).includes(tradePolicyId))
      sku.SalesChannels = [...(sku.SalesChannels ?? []), Number(tradePolicyId)];
  return json(null);
}

function putPrice(store: FakeStore, itemId: string, body: unknown): FakeAnswer {
  if (!isObject(body) || !Array.isArray(body.fixedPrices)) return badRequest('a price needs fixedPrices');
  const fixed = body.fixedPrices.filter(isObject);
  if (fixed.some((f) => typeof f.value !== 'number' || f.value <= 0)) return badRequest('a fixed price must be a positive value');
  const current = store.prices.get(itemId);
  store.prices.set(itemId, {
    ...(current ?? { itemId }),
    basePrice: typeof body.basePrice === 'number' ? body.basePrice : (current?.basePrice ?? null),
    listPrice: typeof body.listPrice === 'number' ? body.listPrice : (current?.listPrice ?? null),
    fixedPrices: fixed.map((f) => ({
      tradePolicyId: String(f.tradePolicyId),
      value: f.value as number,
      listPrice: typeof f.listPrice === 'number' ? f.listPrice : null,
      minQuantity: typeof f.minQuantity === 'number' ? f.minQuantity : 1,
      ...(isObject(f.dateRange)
        ? {
            dateRange: {
              from: (f.dateRange.from as string | undefined) ?? null,
              to: (f.dateRange.to as string | undefined) ?? null
            }
          }
        : {})
    }))
  });
  return json(null);
}

function upsertDock(store: FakeStore, body: unknown): FakeAnswer {
  if (!isObject(body) || typeof body.id !== 'string' || typeof body.name !== 'string')
    return badRequest('a dock needs an id and a name');
  const index = store.docks.findIndex((d) => d.id === body.id);
  const dock = { ...(index >= 0 ? store.docks[index] : { isActive: true }), ...body } as FakeStore['docks'][number];
  if (index >= 0) store.docks[index] = dock;
  else store.docks.push(dock);
  return json(dock);
}

function activateDock(store: FakeStore, dockId: string): FakeAnswer {
  const dock = store.docks.find((d) => d.id === dockId);
  if (!dock) return notFound();
  dock.isActive = true;
  return json(null);
}

/** Update shipping policy by ID: the body replaces the policy (as VTEX's PUT does). */
function putShippingPolicy(store: FakeStore, id: string, body: unknown): FakeAnswer {
  const index = store.shippingPolicies.findIndex((p) => p.id === id);
  if (index < 0) return notFound();
  if (typeof body !== 'object' || body === null) return { status: 400, body: { error: { message: 'expected a policy' } } };
  store.shippingPolicies[index] = { ...(body as SnapshotShippingPolicy), id };
  return json(null);
}

/**
 * New Order Integration: a duplicate answers EOI007; an order VTEX would not sell or deliver (the
 * fake's simulation) EOI002; otherwise an OMS order is created and the answer is SOI001.
 */
function integrateOrder(store: FakeStore, query: URLSearchParams, body: unknown): FakeAnswer {
  if (!isObject(body) || typeof body.marketplaceOrderId !== 'string' || !Array.isArray(body.items))
    return badRequest('marketplaceOrderId and items are required');
  const affiliateId = query.get('affiliateId') ?? '';
  const base = { accountName: store.account, flow: 'PlaceOrder', marketplaceOrderId: body.marketplaceOrderId };
  if ([...store.oms.values()].some((o) => o.marketplaceOrderId === body.marketplaceOrderId)) {
    return json({ ...base, success: false, code: 'EOI007', message: 'Order already exists', errors: [] });
  }
  // VTEX validates the customer's fields (EOI005): a masked value ("***.456.789-**") is no document.
  const client = isObject(body.clientProfileData) ? body.clientProfileData : {};
  const masked = ['email', 'phone', 'document', 'corporateDocument'].find((f) => String(client[f] ?? '').includes('*'));
  if (masked)
    return json({
      ...base,
      success: false,
      code: 'EOI005',
      message: 'Validation error',
      errors: [{ source: 'Order Integration', code: 'FMT001', description: `clientProfileData.${masked} is invalid` }]
    });
  const sc = store.affiliates.find((a) => a.id === affiliateId)?.salesChannel ?? '1';
  const shipping = isObject(body.shippingData) ? body.shippingData : {};
  const address =
    Array.isArray(shipping.selectedAddresses) && isObject(shipping.selectedAddresses[0]) ? shipping.selectedAddresses[0] : {};
  const items = body.items
    .filter(isObject)
    .map((i) => ({ id: String(i.id), quantity: Number(i.quantity), price: Number(i.price) }));
  const simulated = simulate(store, new URLSearchParams({ sc: String(sc) }), {
    items,
    postalCode: address.postalCode,
    country: address.country
  }).body as {
    items: { availability: string }[];
    logisticsInfo: { slas: unknown[] }[];
  };
  if (simulated.items.some((i, index) => i.availability !== 'available' || simulated.logisticsInfo[index].slas.length === 0)) {
    return json({
      ...base,
      success: false,
      code: 'EOI002',
      message: 'No SLA or items available',
      errors: [{ source: 'Fulfillment', code: 'FMT005', description: 'Item unavailable' }]
    });
  }
  const orderId = `${String(1_500_000_000_000 + store.oms.size)}-01`;
  const template = [...store.oms.values()][0];
  const created: SnapshotOmsOrder = {
    ...template,
    orderId,
    marketplaceOrderId: body.marketplaceOrderId,
    affiliateId,
    salesChannel: String(sc),
    creationDate: new Date().toISOString(),
    status: 'ready-for-handling',
    items: items.map((i) => ({
      ...(template?.items?.[0] ?? {}),
      id: i.id,
      quantity: i.quantity,
      price: i.price,
      sellingPrice: i.price
    }))
  };
  store.oms.set(orderId, created);
  return json({
    ...base,
    success: true,
    code: 'SOI001',
    message: 'Order integrated',
    errors: [],
    fields: { mainOrderId: orderId, franchiseOrderId: null }
  });
}

type WriteRoute = [
  method: string,
  pattern: RegExp,
  handle: (store: FakeStore, match: string[], query: URLSearchParams, body: unknown) => FakeAnswer
];

export const WRITE_ROUTES: WriteRoute[] = [
  [
    'PUT',
    /^\/api\/logistics\/pvt\/inventory\/skus\/([^/]+)\/warehouses\/([^/]+)$/,
    (s, m, _q, b) => putInventory(s, m[1], m[2], b)
  ],
  ['GET', /^\/api\/catalog\/pvt\/stockkeepingunit\/([^/]+)$/, (s, m) => skuRegistration(s, m[1])],
  ['PUT', /^\/api\/catalog\/pvt\/stockkeepingunit\/([^/]+)$/, (s, m, _q, b) => putSku(s, m[1], b)],
  ['POST', /^\/api\/catalog\/pvt\/product\/([^/]+)\/salespolicy\/([^/]+)$/, (s, m) => linkProduct(s, m[1], m[2])],
  ['PUT', /^\/pricing\/prices\/([^/]+)$/, (s, m, _q, b) => putPrice(s, m[1], b)],
  [
    'GET',
    /^\/api\/logistics\/pvt\/configuration\/docks\/([^/]+)$/,
    (s, m) => {
      const dock = s.docks.find((d) => d.id === m[1]);
      return dock ? json(dock) : notFound();
    }
  ],
  ['POST', /^\/api\/logistics\/pvt\/configuration\/docks$/, (s, _m, _q, b) => upsertDock(s, b)],
  ['POST', /^\/api\/logistics\/pvt\/configuration\/docks\/([^/]+)\/activation$/, (s, m) => activateDock(s, m[1])],
  ['PUT', /^\/api\/logistics\/pvt\/shipping-policies\/([^/]+)$/, (s, m, _q, b) => putShippingPolicy(s, m[1], b)],
  ['POST', /^\/api\/order-integration\/orders$/, (s, _m, q, b) => integrateOrder(s, q, b)],
  ...PRODUCT_PRICE_ROUTES,
  ...COLLECTION_ROUTES
];
