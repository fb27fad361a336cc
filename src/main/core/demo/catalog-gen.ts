import { MAIN_TRADE_POLICY, MARKETPLACES, RESTRICTED_COLLECTION } from './marketplaces';
import { HEAVY_TEMPLATE, MODEL_WORDS, PRODUCT_TEMPLATES, SIZE_CODES, type Category, type ProductTemplate } from './names';
import type { Random } from './random';
import { ean13 } from './tax-ids';

/**
 * What a SKU is in the demo: `healthy` SKUs sell everywhere their product is listed; every other
 * role plants exactly one store-side cause that a failed order can then hit.
 */
export type SkuRole =
  | 'healthy'
  | 'inactive'
  | 'productInactive'
  | 'notInCollection'
  | 'noPrice'
  | 'expiredPrice'
  | 'unpriced'
  | 'lowStock'
  | 'negativeStock'
  | 'stockOutside'
  | 'zeroStockHidden'
  | 'zeroStockShown'
  | 'heavy'
  | 'noEan'
  | 'noWeight'
  | 'stockBehindInactiveDock';

export interface GenSku {
  id: string;
  productId: string;
  productName: string;
  skuName: string;
  refId: string;
  ean: string | null;
  brand: string;
  category: Category;
  weightGrams: number;
  /** length, width, height in cm */
  dims: [number, number, number];
  tradePolicyIds: string[];
  collections: Record<string, string>;
  isActive: boolean;
  isProductActive: boolean;
  showIfNotAvailable: boolean;
  role: SkuRole;
  /** The catalog price a marketplace lists the SKU at, whatever the store's price table says. */
  listedCents: number;
}

const PRODUCT_ROLES: readonly SkuRole[] = ['productInactive', 'notInCollection'];
const SKU_ROLES: readonly SkuRole[] = [
  'inactive',
  'noPrice',
  'expiredPrice',
  'lowStock',
  'negativeStock',
  'stockOutside',
  'zeroStockHidden',
  'zeroStockShown',
  'noEan',
  'noWeight'
];
/** Roles whose failure only one marketplace reports need a SKU that marketplace lists (Netshoes: sports). */
const ROLE_CATEGORY: Partial<Record<SkuRole, Category>> = { noWeight: 'esporte', notInCollection: 'esporte' };
const OPTIONAL_COLLECTIONS = [
  { id: '152', name: 'Black Friday 2026', share: 0.3 },
  { id: '138', name: 'Lançamentos Verão', share: 0.2 },
  { id: '161', name: 'Mais Vendidos', share: 0.15 }
];

/** Initials of a multi-word name, else its first letters ("Verde" VERD, "Vermelho" VERM). */
function code(text: string, letters: number): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  return words.length > 1
    ? words
        .map((w) => w[0])
        .join('')
        .slice(0, letters)
    : (words[0] ?? 'X').slice(0, letters);
}

function tradePoliciesFor(category: Category): string[] {
  const marketplaces = MARKETPLACES.filter((m) => m.categories.includes(category)).map((m) => m.tradePolicyId);
  return [MAIN_TRADE_POLICY.id, ...marketplaces].sort((a, b) => Number(a) - Number(b));
}

interface ProductDraft {
  template: ProductTemplate;
  name: string;
  brand: string;
  variants: [string, string][];
}

function draftProduct(rng: Random, template: ProductTemplate): ProductDraft {
  const start = rng.int(0, Math.max(0, template.sizes.length - 3));
  const sizes = template.sizes.slice(start, start + rng.int(2, 5));
  const colors = rng.shuffled(template.colors).slice(0, rng.int(1, 2));
  const variants = sizes.flatMap((size) => colors.map((color) => [size, color] as [string, string])).slice(0, 8);
  return { template, name: `${template.name} ${rng.pick(MODEL_WORDS)}`, brand: rng.pick(template.brands), variants };
}

/**
 * The catalog: about `targetSkus` SKUs in products of several variants, plus the one heavy product.
 * A few products miss a marketplace's trade policy; roles are then planted on a handful of products
 * and SKUs (about 0.5% of the catalog each, at least two).
 */
export function generateCatalog(rng: Random, targetSkus: number): GenSku[] {
  const drafts: ProductDraft[] = [];
  let count = 0;
  for (let i = 0; count < targetSkus; i++) {
    const draft = draftProduct(rng, PRODUCT_TEMPLATES[i % PRODUCT_TEMPLATES.length]);
    drafts.push(draft);
    count += draft.variants.length;
  }
  drafts.push({
    template: HEAVY_TEMPLATE,
    name: HEAVY_TEMPLATE.name,
    brand: HEAVY_TEMPLATE.brands[0],
    variants: [
      ['110V', 'Preto'],
      ['220V', 'Preto']
    ]
  });

  const skus: GenSku[] = [];
  drafts.forEach((draft, index) => {
    const productId = String(1000 + index);
    const { template } = draft;
    const heavy = template === HEAVY_TEMPLATE;
    const policies = tradePoliciesFor(template.category);
    // Some products were never published to one marketplace.
    const missing = !heavy && rng.chance(0.12) ? rng.pick(policies.slice(1)) : null;
    const collections: Record<string, string> = {};
    if (template.category === 'esporte') collections[RESTRICTED_COLLECTION.id] = RESTRICTED_COLLECTION.name;
    for (const c of OPTIONAL_COLLECTIONS) if (rng.chance(c.share)) collections[c.id] = c.name;
    const price = Math.round(rng.int(template.price[0], template.price[1]) / 100) * 100 - 10;
    for (const [size, color] of draft.variants) {
      const serial = skus.length;
      skus.push({
        id: String(10000 + serial),
        productId,
        productName: draft.name,
        skuName: size === 'Único' ? color : `${size} ${color}`,
        refId: `${code(template.name, 3)}-${productId}-${SIZE_CODES[size] ?? size.replace(/\W/g, '')}-${code(color, 4)}`,
        ean: ean13(200_000_000 + serial),
        brand: draft.brand,
        category: template.category,
        weightGrams: template.weightGrams + rng.int(-20, 20),
        dims: template.dims,
        tradePolicyIds: policies.filter((p) => p !== missing),
        collections: { ...collections },
        isActive: true,
        isProductActive: true,
        showIfNotAvailable: rng.chance(0.3),
        role: heavy ? 'heavy' : 'healthy',
        listedCents: price
      });
    }
  });
  plantRoles(rng, skus);
  return skus;
}

function plantRoles(rng: Random, skus: GenSku[]): void {
  const perRole = Math.max(2, Math.round(skus.length * 0.005));
  const fullyListed = (sku: GenSku): boolean =>
    sku.role === 'healthy' && sku.tradePolicyIds.length === tradePoliciesFor(sku.category).length;
  const products = rng.shuffled([...new Set(skus.filter(fullyListed).map((s) => s.productId))]);
  for (const role of PRODUCT_ROLES) {
    for (let planted = 0; planted < perRole && products.length > 0;) {
      const productId = products.pop() as string;
      const members = skus.filter((s) => s.productId === productId);
      if (ROLE_CATEGORY[role] && members[0].category !== ROLE_CATEGORY[role]) continue;
      for (const sku of members) {
        sku.role = role;
        if (role === 'productInactive') sku.isProductActive = false;
        else delete sku.collections[RESTRICTED_COLLECTION.id];
      }
      planted++;
    }
  }
  const candidates = rng.shuffled(skus.filter(fullyListed));
  for (const role of [...SKU_ROLES, 'unpriced' as const]) {
    for (let planted = 0; planted < (role === 'unpriced' ? 1 : perRole); planted++) {
      const wanted = ROLE_CATEGORY[role];
      const at = candidates.findIndex((s) => s.role === 'healthy' && (!wanted || s.category === wanted));
      const [sku] = candidates.splice(at, 1);
      sku.role = role;
      if (role === 'inactive') sku.isActive = false;
      if (role === 'noEan') sku.ean = null;
      if (role === 'noWeight') sku.weightGrams = 0;
      if (role === 'zeroStockHidden') sku.showIfNotAvailable = false;
      if (role === 'zeroStockShown') sku.showIfNotAvailable = true;
    }
  }
  // Some listed product always misses Amazon's trade policy, whatever the seed drew above.
  const notInAmazon = skus.find((s) => s.role === 'healthy' && s.tradePolicyIds.includes('3') && s.category === 'casa');
  if (notInAmazon)
    for (const sku of skus.filter((s) => s.productId === notInAmazon.productId))
      sku.tradePolicyIds = sku.tradePolicyIds.filter((p) => p !== '3');
}

/**
 * Whether the SKU's product is published to the trade policy: in its list and, for the restricted
 * trade policy, in its collection (except the SKUs planted outside that collection on purpose).
 */
export function listedIn(sku: GenSku, tradePolicyId: string): boolean {
  if (!sku.tradePolicyIds.includes(tradePolicyId)) return false;
  return (
    tradePolicyId !== RESTRICTED_COLLECTION.tradePolicyId ||
    RESTRICTED_COLLECTION.id in sku.collections ||
    sku.role === 'notInCollection'
  );
}
