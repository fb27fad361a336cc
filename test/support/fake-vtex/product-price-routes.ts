import type { SnapshotPrice } from '../../../src/shared/domain/snapshot';
import type { FakeAnswer } from './routes';
import type { FakeStore } from './store';

/*
 * The Catalog product registration (`GET`/`PUT /api/catalog/pvt/product/{productId}`) and the Pricing
 * fixed prices of one trade policy (`POST /pricing/prices/{itemId}/fixed/{priceTableId}`), as VTEX's
 * API reference shapes them. The demo store has no product records: a product's registration is made
 * from its SKUs the first time it is read and kept whole from then on, so a test sees what a PUT
 * replaced it with.
 */

const json = (body: unknown, status = 200): FakeAnswer => ({ status, body });
const notFound = (): FakeAnswer => ({ status: 404, body: { error: { code: '404', message: 'Not found' } } });
const badRequest = (message: string): FakeAnswer => ({ status: 400, body: { error: { message } } });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const registrations = new WeakMap<FakeStore, Map<string, Record<string, unknown>>>();

const skusOf = (store: FakeStore, productId: string) =>
  [...store.skus.values()].filter((sku) => String(sku.ProductId) === productId);

/** The product's registration as the fake holds it (null when no SKU of the demo belongs to it). */
export function fakeProduct(store: FakeStore, productId: string): Record<string, unknown> | null {
  const known = registrations.get(store) ?? new Map<string, Record<string, unknown>>();
  registrations.set(store, known);
  const held = known.get(productId);
  if (held) return held;
  const sku = skusOf(store, productId)[0];
  if (!sku) return null;
  const name = sku.ProductName ?? sku.NameComplete ?? `Product ${productId}`;
  const made: Record<string, unknown> = {
    Id: Number(productId),
    Name: name,
    DepartmentId: 1,
    CategoryId: 10,
    BrandId: 2000000,
    LinkId: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    RefId: `P${productId}`,
    IsVisible: sku.ProductIsVisible ?? true,
    Description: sku.ProductDescription ?? '',
    DescriptionShort: '',
    ReleaseDate: '2024-01-01T00:00:00',
    KeyWords: '',
    Title: name,
    IsActive: sku.IsProductActive,
    TaxCode: '',
    MetaTagDescription: '',
    SupplierId: null,
    ShowWithoutStock: sku.ShowIfNotAvailable ?? false,
    AdWordsRemarketingCode: null,
    LomadeeCampaignCode: null,
    Score: null
  };
  known.set(productId, made);
  return made;
}

/**
 * Update product: the body replaces the registration. As VTEX warns, a boolean left out turns false,
 * so a body that is not the whole product shows in the SKUs' context (visibility, activity).
 */
function putProduct(store: FakeStore, productId: string, body: unknown): FakeAnswer {
  const current = fakeProduct(store, productId);
  if (!current) return notFound();
  if (!isObject(body) || typeof body.Name !== 'string' || body.CategoryId == null || body.BrandId == null)
    return badRequest('Name, CategoryId and BrandId are required');
  const next: Record<string, unknown> = { ...body, Id: Number(productId) };
  registrations.get(store)?.set(productId, next);
  for (const sku of skusOf(store, productId)) {
    sku.IsProductActive = next.IsActive === true;
    sku.ProductIsVisible = next.IsVisible === true;
    sku.ShowIfNotAvailable = next.ShowWithoutStock === true;
  }
  return json(next);
}

type Fixed = NonNullable<SnapshotPrice['fixedPrices']>[number];

/**
 * Create or update fixed prices on a trade policy: each price sent replaces the one of that trade
 * policy with the same minimum quantity and start date, or is added.
 */
function postFixedPrices(store: FakeStore, itemId: string, tradePolicyId: string, body: unknown): FakeAnswer {
  const current = store.prices.get(itemId);
  if (!current) return notFound();
  if (!Array.isArray(body) || body.length === 0) return badRequest('expected a list of fixed prices');
  const sent: Fixed[] = [];
  for (const f of body) {
    if (!isObject(f) || typeof f.value !== 'number' || f.value <= 0 || !Number.isInteger(f.minQuantity))
      return badRequest('each fixed price needs a positive value and an integer minQuantity');
    if (
      f.dateRange !== undefined &&
      !(isObject(f.dateRange) && typeof f.dateRange.from === 'string' && typeof f.dateRange.to === 'string')
    )
      return badRequest('dateRange needs from and to');
    sent.push({
      tradePolicyId,
      value: f.value,
      listPrice: typeof f.listPrice === 'number' ? f.listPrice : null,
      minQuantity: f.minQuantity as number,
      ...(isObject(f.dateRange) ? { dateRange: { from: f.dateRange.from as string, to: f.dateRange.to as string } } : {})
    });
  }
  const key = (f: Fixed) => `${String(f.tradePolicyId)}|${f.minQuantity ?? 1}|${f.dateRange?.from ?? ''}`;
  const replaced = new Set(sent.map(key));
  current.fixedPrices = [...(current.fixedPrices ?? []).filter((f) => !replaced.has(key(f))), ...sent];
  return json(null);
}

type Route = [
  method: string,
  pattern: RegExp,
  handle: (store: FakeStore, match: string[], query: URLSearchParams, body: unknown) => FakeAnswer
];

export const PRODUCT_PRICE_ROUTES: Route[] = [
  [
    'GET',
    /^\/api\/catalog\/pvt\/product\/([^/]+)$/,
    (s, m) => {
      const product = fakeProduct(s, m[1]);
      return product ? json(product) : notFound();
    }
  ],
  ['PUT', /^\/api\/catalog\/pvt\/product\/([^/]+)$/, (s, m, _q, b) => putProduct(s, m[1], b)],
  ['POST', /^\/pricing\/prices\/([^/]+)\/fixed\/([^/]+)$/, (s, m, _q, b) => postFixedPrices(s, m[1], m[2], b)]
];
