import type {
  Affiliate,
  Dock,
  FreightValue,
  InventoryBalance,
  OmsOrder,
  Price,
  ShippingPolicy,
  Sku,
  StoreSettings,
  TradePolicy,
  Warehouse
} from '../../../shared/domain/model';
import { holdsBySku, type HeldUnits } from './planned-holds';

/**
 * Kinds of store record a snapshot brings, named as its files (and as MissingData). When a kind is
 * complete (imported, and not declared partial by the manifest) a record missing from it is a
 * finding — no price record means no price — not missing data.
 */
export const STORE_KINDS = [
  'affiliates',
  'sales-channels',
  'skus',
  'inventory',
  'prices',
  'docks',
  'warehouses',
  'shipping-policies',
  'freight-values',
  'store-settings',
  'oms-orders'
] as const;

export type StoreKind = (typeof STORE_KINDS)[number];

/**
 * The store as the rules engine sees it: every table of the mirror that a check needs, indexed in
 * memory once so that diagnosing a million orders costs map look-ups, not queries.
 */
export interface StoreData {
  /** The moment time-dependent checks are judged at: the snapshot's exportedAt, else now. */
  asOf: string;
  affiliates: Map<string, Affiliate>;
  tradePolicies: Map<string, TradePolicy>;
  skus: Map<string, Sku>;
  /** SKU by its RefId (for ids that a marketplace sent as a RefId). */
  skusByRefId: Map<string, Sku>;
  /** Balances per SKU id, one per warehouse. */
  inventory: Map<string, InventoryBalance[]>;
  prices: Map<string, Price>;
  docks: Map<string, Dock>;
  warehouses: Map<string, Warehouse>;
  shippingPolicies: Map<string, ShippingPolicy>;
  /** Freight rows per shipping policy id. */
  freightValues: Map<string, FreightValue[]>;
  settings: StoreSettings;
  /** OMS orders per marketplace order id (the mirror reads those of its failed orders). */
  omsOrdersByMarketplaceOrderId: Map<string, OmsOrder[]>;
  /** Whether the mirror holds any OMS order: without them a duplicate cannot be ruled out. */
  hasOmsOrders: boolean;
  /** The kinds imported whole: a record absent from one of them is absent from the store. */
  complete: ReadonlySet<StoreKind>;
  /** Units planned reprocesses hold per SKU id, taken from the stock like reservations (migration 0012). */
  held: Map<string, HeldUnits[]>;
  /** The orders holding units. */
  holders: ReadonlySet<number>;
}

export interface StoreDataParts {
  asOf: string;
  affiliates?: Affiliate[];
  tradePolicies?: TradePolicy[];
  skus?: Sku[];
  inventory?: InventoryBalance[];
  prices?: Price[];
  docks?: Dock[];
  warehouses?: Warehouse[];
  shippingPolicies?: ShippingPolicy[];
  freightValues?: FreightValue[];
  settings?: Partial<StoreSettings>;
  omsOrders?: OmsOrder[];
  /** Defaults to whether `omsOrders` holds any. */
  hasOmsOrders?: boolean;
  /**
   * The kinds imported whole. Defaults to every kind with records (settings: any setting; OMS
   * orders: `hasOmsOrders`), which is how a mirror written before kinds were recorded is read.
   */
  complete?: readonly StoreKind[];
  held?: HeldUnits[];
}

/** The kinds holding records, the default reading of completeness (see StoreDataParts.complete). */
export function kindsWithRecords(parts: StoreDataParts, hasOmsOrders: boolean): StoreKind[] {
  const settings = parts.settings;
  const counts: Record<StoreKind, number> = {
    affiliates: parts.affiliates?.length ?? 0,
    'sales-channels': parts.tradePolicies?.length ?? 0,
    skus: parts.skus?.length ?? 0,
    inventory: parts.inventory?.length ?? 0,
    prices: parts.prices?.length ?? 0,
    docks: parts.docks?.length ?? 0,
    warehouses: parts.warehouses?.length ?? 0,
    'shipping-policies': parts.shippingPolicies?.length ?? 0,
    'freight-values': parts.freightValues?.length ?? 0,
    'store-settings':
      (settings?.priceDivergenceRules?.length ?? 0) +
      (settings?.erpCarriers?.length ?? 0) +
      (settings?.xmlIntegrations?.length ?? 0) +
      Object.keys(settings?.sellOutOfStock ?? {}).length,
    'oms-orders': hasOmsOrders ? 1 : 0
  };
  return STORE_KINDS.filter((kind) => counts[kind] > 0);
}

function byKey<T>(rows: T[] | undefined, key: (row: T) => string): Map<string, T> {
  return new Map((rows ?? []).map((row) => [key(row), row]));
}

function groupBy<T>(rows: T[] | undefined, key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows ?? []) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Indexes plain lists of mirror records (from the repositories, or a test's small store). */
export function buildStoreData(parts: StoreDataParts): StoreData {
  const skusByRefId = new Map<string, Sku>();
  for (const sku of parts.skus ?? []) if (sku.refId) skusByRefId.set(sku.refId, sku);
  const hasOmsOrders = parts.hasOmsOrders ?? (parts.omsOrders ?? []).length > 0;
  return {
    asOf: parts.asOf,
    affiliates: byKey(parts.affiliates, (a) => a.id),
    tradePolicies: byKey(parts.tradePolicies, (t) => t.id),
    skus: byKey(parts.skus, (s) => s.id),
    skusByRefId,
    inventory: groupBy(parts.inventory, (b) => b.skuId),
    prices: byKey(parts.prices, (p) => p.skuId),
    docks: byKey(parts.docks, (d) => d.id),
    warehouses: byKey(parts.warehouses, (w) => w.id),
    shippingPolicies: byKey(parts.shippingPolicies, (p) => p.id),
    freightValues: groupBy(parts.freightValues, (f) => f.shippingPolicyId),
    settings: {
      priceDivergenceRules: parts.settings?.priceDivergenceRules ?? [],
      erpCarriers: parts.settings?.erpCarriers ?? [],
      xmlIntegrations: parts.settings?.xmlIntegrations ?? [],
      sellOutOfStock: parts.settings?.sellOutOfStock ?? {}
    },
    omsOrdersByMarketplaceOrderId: groupBy(parts.omsOrders, (o) => o.marketplaceOrderId),
    hasOmsOrders,
    complete: new Set(parts.complete ?? kindsWithRecords(parts, hasOmsOrders)),
    held: holdsBySku(parts.held),
    holders: new Set((parts.held ?? []).map((hold) => hold.orderId))
  };
}
