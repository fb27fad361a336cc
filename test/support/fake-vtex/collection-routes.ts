import type { FakeAnswer } from './routes';
import type { FakeStore } from './store';

/*
 * Catalog collections' groups (subcollections), as VTEX's API reference shapes them: `GET
 * /api/catalog/pvt/collection/{collectionId}/subcollection` and `POST
 * /api/catalog/pvt/subcollection/{subCollectionId}/stockkeepingunit`. The demo store knows a collection
 * only by the SKUs in it (their `ProductClusterNames`): each such collection gets one Inclusive group
 * the first time it is read, kept from then on so a test may add or change groups.
 */

export interface FakeGroup {
  Id: number;
  CollectionId: number;
  Name: string;
  Type: 'Inclusive' | 'Exclusive';
  PreSale: boolean;
  Release: boolean;
}

const json = (body: unknown, status = 200): FakeAnswer => ({ status, body });
const notFound = (): FakeAnswer => ({ status: 404, body: { error: { code: '404', message: 'Not found' } } });
const badRequest = (message: string): FakeAnswer => ({ status: 400, body: { error: { message } } });

const groupsByStore = new WeakMap<FakeStore, Map<string, FakeGroup[]>>();

/** The collection's name as the SKUs in it record it; null when no SKU of the demo is in it. */
function collectionName(store: FakeStore, collectionId: string): string | null {
  for (const sku of store.skus.values()) {
    const name = sku.ProductClusterNames?.[collectionId];
    if (name !== undefined) return name;
  }
  return null;
}

/** The collection's groups as the fake holds them (null for a collection it does not know). */
export function fakeGroups(store: FakeStore, collectionId: string): FakeGroup[] | null {
  const known = groupsByStore.get(store) ?? new Map<string, FakeGroup[]>();
  groupsByStore.set(store, known);
  const held = known.get(collectionId);
  if (held) return held;
  if (collectionName(store, collectionId) === null) return null;
  const made: FakeGroup[] = [
    {
      Id: Number(collectionId) * 100 + 1,
      CollectionId: Number(collectionId),
      Name: 'group 1',
      Type: 'Inclusive',
      PreSale: false,
      Release: false
    }
  ];
  known.set(collectionId, made);
  return made;
}

/** Add SKU to subcollection: an Inclusive group puts the SKU in its collection (its context shows it). */
function addSku(store: FakeStore, subCollectionId: string, body: unknown): FakeAnswer {
  const group = [...(groupsByStore.get(store)?.values() ?? [])].flat().find((g) => String(g.Id) === subCollectionId);
  if (!group) return notFound();
  const skuId = typeof body === 'object' && body !== null ? (body as { SkuId?: unknown }).SkuId : undefined;
  if (!Number.isInteger(skuId)) return badRequest('SkuId must be an integer');
  const sku = store.skus.get(String(skuId));
  if (!sku) return notFound();
  const collectionId = String(group.CollectionId);
  if (group.Type === 'Inclusive')
    sku.ProductClusterNames = {
      ...(sku.ProductClusterNames ?? {}),
      [collectionId]: collectionName(store, collectionId) ?? group.Name
    };
  return json({ SubCollectionId: group.Id, SkuId: skuId });
}

type Route = [
  method: string,
  pattern: RegExp,
  handle: (store: FakeStore, match: string[], query: URLSearchParams, body: unknown) => FakeAnswer
];

export const COLLECTION_ROUTES: Route[] = [
  [
    'GET',
    /^\/api\/catalog\/pvt\/collection\/([^/]+)\/subcollection$/,
    (s, m) => {
      const groups = fakeGroups(s, m[1]);
      return groups ? json(groups) : notFound();
    }
  ],
  ['POST', /^\/api\/catalog\/pvt\/subcollection\/([^/]+)\/stockkeepingunit$/, (s, m, _q, b) => addSku(s, m[1], b)]
];
