import type { FakeStore } from './store';

export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The OMS list refuses pages past the 30th, as VTEX documents its hard limit. */
export const OMS_PAGE_LIMIT = 30;

const json = (body: unknown, status = 200): FakeAnswer => ({ status, body });
const notFound = (): FakeAnswer => ({ status: 404, body: { error: { code: '404', message: 'Not found' } } });

function omsList(store: FakeStore, query: URLSearchParams): FakeAnswer {
  const perPage = Number(query.get('per_page') ?? '15');
  const page = Number(query.get('page') ?? '1');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
    return json({ error: { message: 'per_page must be between 1 and 100' } }, 400);
  if (!Number.isInteger(page) || page < 1 || page > OMS_PAGE_LIMIT)
    return json({ error: { message: `page must be between 1 and ${OMS_PAGE_LIMIT}` } }, 400);
  let orders = [...store.oms.values()];
  const window = /^creationDate:\[(.+) TO (.+)\]$/.exec(query.get('f_creationDate') ?? '');
  if (query.has('f_creationDate') && !window) return json({ error: { message: 'f_creationDate is malformed' } }, 400);
  if (window) {
    const [from, to] = [Date.parse(window[1]), Date.parse(window[2])];
    orders = orders.filter((o) => Date.parse(o.creationDate) >= from && Date.parse(o.creationDate) <= to);
  }
  const q = query.get('q');
  if (q) orders = orders.filter((o) => o.orderId === q || o.marketplaceOrderId === q);
  orders.sort((a, b) => Date.parse(a.creationDate) - Date.parse(b.creationDate) || a.orderId.localeCompare(b.orderId));
  const pages = Math.ceil(orders.length / perPage);
  const list = orders.slice((page - 1) * perPage, page * perPage).map((o) => ({
    orderId: o.orderId,
    creationDate: o.creationDate,
    clientName: 'Cliente',
    items: null,
    totalValue: o.value,
    status: o.status,
    statusDescription: o.status,
    marketPlaceOrderId: o.marketplaceOrderId,
    sequence: o.orderId.slice(0, 6),
    salesChannel: o.salesChannel === null || o.salesChannel === undefined ? null : String(o.salesChannel),
    affiliateId: o.affiliateId ?? '',
    origin: 'Marketplace',
    workflowInErrorState: false,
    workflowInRetry: false,
    orderIsComplete: true,
    authorizedDate: o.creationDate,
    totalItems: (o.items ?? []).reduce((sum, i) => sum + i.quantity, 0),
    currencyCode: 'BRL'
  }));
  return json({ list, facets: [], paging: { total: orders.length, pages, currentPage: page, perPage }, stats: { stats: {} } });
}

function freightValues(store: FakeStore, policyId: string, postalCode: string): FakeAnswer {
  if (!store.shippingPolicies.some((p) => p.id === policyId)) return notFound();
  const code = postalCode.replace('-', '');
  return json(
    store.freightValues
      .filter((f) => f.shippingPolicyId === policyId && f.zipCodeStart <= code && code <= f.zipCodeEnd)
      // VTEX's rows do not carry the policy id: the desk adds it.
      .map(({ shippingPolicyId: _omit, ...row }) => ({
        ...row,
        pricePercent: 0,
        pricePercentByWeight: 0,
        maxVolume: 1e9,
        operationType: 1,
        restrictedFreights: [],
        minimumValueInsurance: 0
      }))
  );
}

function shippingPolicies(store: FakeStore, query: URLSearchParams): FakeAnswer {
  const perPage = Number(query.get('perPage') ?? '10');
  const page = Number(query.get('page') ?? '1');
  const items = store.shippingPolicies.slice((page - 1) * perPage, page * perPage);
  return json({
    items,
    paging: { page, perPage, total: store.shippingPolicies.length, pages: Math.ceil(store.shippingPolicies.length / perPage) }
  });
}

/** Catalog's "List all SKU IDs": the store's ids as integers, in id order, a page at a time (past the last: []). */
function skuIds(store: FakeStore, query: URLSearchParams): FakeAnswer {
  const page = Number(query.get('page') ?? '1');
  const size = Number(query.get('pagesize') ?? '10');
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1)
    return json({ error: { message: 'page and pagesize must be positive integers' } }, 400);
  const ids = [...store.skus.keys()].map(Number).sort((x, y) => x - y);
  return json(ids.slice((page - 1) * size, page * size));
}

type Route = [RegExp, (store: FakeStore, match: string[], query: URLSearchParams, body: unknown) => FakeAnswer];

/** The documented read paths the desk uses, answered from the store (every module on one base URL). */
export const ROUTES: Route[] = [
  [/^\/api\/oms\/pvt\/orders$/, (s, _m, q) => omsList(s, q)],
  [
    /^\/api\/oms\/pvt\/orders\/([^/]+)$/,
    (s, m) => (s.oms.has(m[1]) ? json({ ...s.oms.get(m[1]), origin: 'Marketplace' }) : notFound())
  ],
  [
    /^\/api\/catalog_system\/pvt\/sku\/stockkeepingunitbyid\/([^/]+)$/,
    (s, m) => (s.skus.has(m[1]) ? json(s.skus.get(m[1])) : notFound())
  ],
  [/^\/api\/catalog_system\/pvt\/sku\/stockkeepingunitids$/, (s, _m, q) => skuIds(s, q)],
  [/^\/api\/catalog_system\/pvt\/saleschannel\/list$/, (s) => json(s.salesChannels)],
  [/^\/api\/logistics\/pvt\/inventory\/skus\/([^/]+)$/, (s, m) => json(s.inventory.get(m[1]) ?? { skuId: m[1], balance: [] })],
  [/^\/api\/logistics\/pvt\/configuration\/docks$/, (s) => json(s.docks)],
  [/^\/api\/logistics\/pvt\/configuration\/warehouses$/, (s) => json(s.warehouses)],
  [/^\/api\/logistics\/pvt\/shipping-policies$/, (s, _m, q) => shippingPolicies(s, q)],
  [
    /^\/api\/logistics\/pvt\/shipping-policies\/([^/]+)$/,
    (s, m) => {
      const policy = s.shippingPolicies.find((p) => p.id === m[1]);
      return policy ? json(policy) : notFound();
    }
  ],
  [/^\/api\/logistics\/pvt\/configuration\/freights\/([^/]+)\/([^/]+)\/values$/, (s, m) => freightValues(s, m[1], m[2])],
  [/^\/pricing\/prices\/([^/]+)$/, (s, m) => (s.prices.has(m[1]) ? json(s.prices.get(m[1])) : notFound())],
  [/^\/api\/fulfillment\/pvt\/affiliates$/, (s) => json(s.affiliates)]
];

export type FakeModule = 'oms' | 'catalog' | 'logistics' | 'pricing' | 'checkout' | 'fulfillment';

export function moduleOf(path: string): FakeModule | null {
  if (path.startsWith('/api/oms/')) return 'oms';
  if (path.startsWith('/api/catalog_system/') || path.startsWith('/api/catalog/')) return 'catalog';
  if (path.startsWith('/api/logistics/')) return 'logistics';
  if (path.startsWith('/pricing/')) return 'pricing';
  if (path.startsWith('/api/checkout/')) return 'checkout';
  if (path.startsWith('/api/fulfillment/') || path.startsWith('/api/order-integration/')) return 'fulfillment';
  return null;
}
