/**
 * What a diagnosis and a shipping simulation return: the contract between the rules engine and the
 * UI. Money in integer cents, dates as ISO UTC strings, everything JSON-serialisable.
 */
import type { FixRequest } from '../api/fixes';
import type { CauseCode, ErrorType } from './error-types';

/**
 * The fix suggestions a set of fix requests gives: for each request kind the desk applies, the part of
 * the request a cause knows from its evidence (ids, and values the evidence implies); the wizard adds
 * the rest from the order and the agent's inputs. Generic in the request union so a test can show
 * that a kind added to it fails to compile until every table over the kinds handles it.
 */
export type DeskFixSuggestionOf<R extends { kind: string }> = {
  [K in R['kind']]: { kind: K; appliesInMirror: true; request: RequestDraft<R, K> };
}[R['kind']];

/** The part of a request of kind K a cause can suggest: any of its fields but the kind. */
export type RequestDraft<R extends { kind: string }, K extends R['kind']> = Partial<Omit<Extract<R, { kind: K }>, 'kind'>>;

/** A fix the desk applies itself: to the mirror's store data, or through a connected store's APIs. */
export type DeskFixSuggestion = DeskFixSuggestionOf<FixRequest>;

/** The fix request of one kind, and the part of it a cause suggests. */
export type FixRequestOf<K extends FixRequest['kind']> = Extract<FixRequest, { kind: K }>;
export type FixDraft<K extends FixRequest['kind']> = RequestDraft<FixRequest, K>;

/**
 * Fixes made outside the desk, which carry no request: in the VTEX Admin or OMS, at the marketplace,
 * by reprocessing later, or nothing to change (`none`). The cause's evidence names the records.
 */
export type OutsideFixKind = 'approve_in_oms' | 'act_at_marketplace' | 'act_in_admin' | 'reprocess_later' | 'none';
export type OutsideFixSuggestion = { kind: OutsideFixKind; appliesInMirror: false };

/** The fix a wizard offers for a cause; `appliesInMirror` tells the two families apart. */
export type FixSuggestion = DeskFixSuggestion | OutsideFixSuggestion;
export type FixKind = FixSuggestion['kind'];

/** One warehouse's balance for a SKU, as stock evidence shows it. */
export type StockRow = {
  warehouseId: string;
  warehouseName: string | null;
  totalQuantity: number;
  reservedQuantity: number;
  /** max(0, total − reserved − held); meaningless when `unlimited`. */
  availableQuantity: number;
  unlimited: boolean;
  /** null when the warehouse is not in the mirror's warehouses. */
  warehouseActive: boolean | null;
  dockIds: string[];
  /** Active, and linked to an active dock that lists the trade policy. */
  servesTradePolicy: boolean;
  /** Units other orders' planned reprocesses hold here (a snapshot copy); absent when none. */
  held?: StockHold[];
};

/** Units an order the replay found would integrate on a snapshot copy holds until its mark drops. */
export type StockHold = { orderId: number; marketplaceOrderId: string; units: number };

/**
 * Why a warehouse's stock cannot be sold through a trade policy, and the units unblocking it frees:
 * its dock is inactive, its dock does not list the trade policy, the warehouse is inactive, or it is
 * attached to no dock at all.
 */
export type StockBlocker = {
  kind: 'dock_inactive' | 'dock_not_linked' | 'warehouse_inactive' | 'warehouse_not_on_dock';
  warehouseId: string;
  warehouseName: string | null;
  dockId: string | null;
  dockName: string | null;
  /** Units this warehouse holds for the SKU (available; the order's need when unlimited). */
  unitsFreed: number;
};

export type PackageMeasure = { weightGrams: number; largestMeasureCm: number; measureSumCm: number };

export type PriceDivergenceRule = { from: number; to: number; action: 'authorize' | 'deny' | 'approval' };

export type DivergenceEvidence = {
  paidCents: number;
  expectedCents: number;
  differenceCents: number;
  /** |paid − expected| / expected × 100, rounded to 2 decimals. */
  percent: number;
  rules: PriceDivergenceRule[];
  /** The connector's own allowance (e.g. 0.05 → 5), when it sent one. */
  connectorAllowancePercent: number | null;
};

export type PolicyCheck = { shippingPolicyId: string; name: string | null; reason: RuledOutReason | 'covers' };

export type PolicyLimits = {
  shippingPolicyId: string;
  name: string;
  weightRanges: [number, number][];
  largestMeasure: number | null;
  maxMeasureSum: number | null;
  reason: 'weight_over_limit' | 'weight_under_limit' | 'size_over_limit';
};

export type FixedPriceEvidence = {
  valueCents: number;
  minQuantity: number;
  dateFrom: string | null;
  dateTo: string | null;
};

/** The evidence each cause code carries. */
export type CauseEvidence = {
  sku_not_found: { skuId: string };
  sku_id_not_numeric: { skuId: string };
  sku_ref_id_matches_other_sku: { sentId: string; skuId: string; skuName: string };
  sku_inactive: { skuId: string; skuName: string };
  product_inactive: { skuId: string; productId: string; skuName: string };
  sku_not_in_trade_policy: {
    skuId: string;
    productId: string;
    tradePolicyId: string;
    tradePolicyName: string | null;
    skuTradePolicyIds: string[];
  };
  sku_not_in_collection: {
    skuId: string;
    productId: string;
    tradePolicyId: string;
    collectionId: string;
    skuCollectionIds: string[];
  };
  insufficient_stock: { skuId: string; ordered: number; available: number; warehouses: StockRow[] };
  negative_inventory: { skuId: string; ordered: number; available: number; warehouses: StockRow[] };
  stock_outside_trade_policy: {
    skuId: string;
    tradePolicyId: string;
    ordered: number;
    warehouses: StockRow[];
    tradePolicyDockIds: string[];
    /** What keeps each stocked warehouse from the trade policy, with the units a fix would free. */
    blockers: StockBlocker[];
  };
  no_dock_for_trade_policy: { tradePolicyId: string; inactiveDockIds: string[]; dockCount: number };
  postal_code_not_covered: { postalCode: string; country: string; skuIds: string[]; policiesChecked: PolicyCheck[] };
  package_exceeds_carrier_limits: { postalCode: string; skuIds: string[]; package: PackageMeasure; limits: PolicyLimits[] };
  selected_sla_not_offered: { skuId: string; selectedSla: string | null; offeredSlas: string[] };
  price_divergence_rule_missing: DivergenceEvidence;
  price_divergence_over_allowance: DivergenceEvidence;
  price_divergence_awaiting_approval: DivergenceEvidence & {
    vtexOrderId: string | null;
    matchedRule: PriceDivergenceRule | null;
  };
  item_price_differs: { skuId: string; quantity: number; sentCents: number; expectedCents: number };
  freight_price_differs: { sentCents: number; simulatedCents: number };
  price_missing_for_trade_policy: {
    skuId: string;
    tradePolicyId: string;
    basePriceCents: number | null;
    fixedPrices: FixedPriceEvidence[];
    /** Present when the SKU has no price record at all: how many the (complete) prices import holds. */
    priceRecordsImported?: number;
  };
  price_expired_for_trade_policy: { skuId: string; tradePolicyId: string; asOf: string; expired: FixedPriceEvidence[] };
  address_incomplete: { missingFields: string[] };
  postal_code_malformed: { postalCode: string; country: string };
  fob_not_configured: { connectorName: string | null };
  carrier_not_mapped_in_erp: { courier: string; knownCarriers: string[] };
  order_canceled_at_marketplace: { status: string; source: 'marketplace' | 'oms'; vtexOrderId: string | null };
  order_status_not_integrable: { status: string; integrableStatuses: string[] };
  retry_window_expired: { createdAt: string; asOf: string; ageDays: number; windowDays: number; marketplace: string };
  marketplace_blocked_item: { status: string | null; scope: 'item' | 'seller'; skuIds: string[] };
  customer_document_invalid: {
    maskedDocument: string | null;
    documentType: 'cpf' | 'cnpj' | 'other';
    reason: 'empty' | 'length' | 'check_digits' | 'repeated_digits';
  };
  customer_phone_invalid: { maskedPhone: string | null; reason: 'empty' | 'length' | 'area_code' };
  invoice_key_invalid: { key: string; reason: 'length' | 'not_digits' | 'check_digit'; expectedCheckDigit: number | null };
  payment_value_missing: { valueCents: number | null };
  payment_value_differs_from_items: {
    paidCents: number;
    itemsCents: number;
    freightCents: number;
    expectedCents: number;
    differenceCents: number;
  };
  cart_below_minimum: { minimumCents: number; actualCents: number };
  order_already_in_oms: { vtexOrderId: string; status: string; otherVtexOrderIds: string[] };
  trade_policy_not_bound_to_store: { affiliateId: string; tradePolicyId: string | null; tradePolicyName: string | null };
  connector_credentials_invalid: { connectorName: string | null; affiliateId: string };
  listing_attribute_missing: { skuId: string | null; attributes: string[] };
  marketplace_listing_locked: { status: string | null };
  transient_platform_error: { attempts: number; processedAt: string | null };
  out_of_stock_not_sellable: {
    skuId: string;
    ordered: number;
    available: number;
    showIfNotAvailable: boolean;
    sellOutOfStock: boolean;
  };
  xml_hides_out_of_stock: { skuId: string; tradePolicyId: string | null; integrations: string[] };
};

/** The records a cause points at, for links in the UI. */
export interface CauseRefs {
  skuId?: string;
  warehouseId?: string;
  dockId?: string;
  shippingPolicyId?: string;
  tradePolicyId?: string;
}

/** A root cause with its evidence and the fix; `evidence` is typed by `code`. */
export type Cause = {
  [C in CauseCode]: CauseRefs & { code: C; evidence: CauseEvidence[C]; fix: FixSuggestion };
}[CauseCode];

/** `causes` when a cause was found; otherwise one of the no-cause codes (see NoCauseCode). */
export type DiagnosisOutcome = 'causes' | 'no_cause_found' | 'unexplained' | 'insufficient_data';

/**
 * The families of checks the sweep runs on every failed order, whatever its message says. A
 * diagnosis lists those that ran, so an unexplained order shows what was looked at.
 */
export type CheckFamily =
  | 'catalog'
  | 'trade_policy'
  | 'stock'
  | 'delivery'
  | 'price'
  | 'price_divergence'
  | 'shipping_data'
  | 'customer_data'
  | 'invoice'
  | 'payment'
  | 'marketplace_status'
  | 'duplicate'
  | 'connector'
  | 'listing'
  | 'storefront';

/**
 * Names of what the mirror lacks: snapshot file kinds ('skus', 'inventory', 'docks', 'warehouses',
 * 'shipping-policies', 'freight-values', 'prices', 'affiliates', 'sales-channels', 'store-settings',
 * 'oms-orders') or order fields ('order.address', 'order.marketplaceOrderStatus', …).
 */
export type MissingData = string;

export interface Diagnosis {
  /** What the message says, as classified (`unclassified` when it was not understood). */
  errorType: ErrorType;
  outcome: DiagnosisOutcome;
  /**
   * The causes that explain the failure, ranked: those the error type calls for first, in its order.
   * When the message was not understood (or the classifier was uncertain), or the type's own checks
   * all passed, these are the findings of the sweep and `inferredErrorType` names what they point to.
   */
  causes: Cause[];
  /** Findings outside the error type's causes, kept beside the verdict ("also found"). */
  alsoFound?: Cause[];
  /**
   * The error type the evidence points to when it was not read from the message (message not
   * recognised, classifier uncertain, or the message's own checks all passed): always shown as inferred.
   */
  inferredErrorType?: ErrorType;
  /** The check families the sweep ran on this order. */
  checked?: CheckFamily[];
  /** Present when some check could not run; the outcome is insufficient_data only if no cause was found. */
  missing?: MissingData[];
}

/** A shipping simulation from the mirror alone (what VTEX's fulfillment simulation would answer). */
export interface SimulationRequest {
  /** Trade policy id; used when no affiliate is given or the affiliate is unknown. */
  salesChannel?: string;
  affiliateId?: string;
  postalCode: string;
  /** ISO 3166-1 alpha-3 */
  country: string;
  items: { id: string; quantity: number }[];
}

export type ItemAvailability = 'available' | 'withoutStock' | 'cannotBeDelivered' | 'unknownSku' | 'inactive';

export type InactiveReason = 'sku_inactive' | 'product_inactive' | 'not_in_trade_policy' | 'not_in_collection';

export type RuledOutReason =
  | 'inactive'
  | 'not_linked_to_trade_policy'
  | 'no_stock'
  | 'postal_code_not_covered'
  | 'weight_over_limit'
  | 'weight_under_limit'
  | 'size_over_limit'
  /** A dock or warehouse names a shipping policy or dock the mirror does not hold. */
  | 'not_in_mirror';

export interface RuledOut {
  kind: 'dock' | 'warehouse' | 'shippingPolicy';
  id: string;
  reason: RuledOutReason;
}

export interface SimulatedSla {
  /** The shipping policy's name, as VTEX's simulation spells an SLA id. */
  id: string;
  shippingPolicyId: string;
  name: string;
  /** Freight row cost plus the warehouse→dock cost. */
  priceCents: number;
  /** Freight row time + warehouse→dock time + the dock's fake time, as "d.hh:mm:ss". */
  estimate: string;
  estimateSeconds: number;
  dockId: string;
  warehouseId: string;
}

export interface SimulatedItem {
  /** Position in the request. */
  index: number;
  id: string;
  quantity: number;
  availability: ItemAvailability;
  /** Why an `inactive` item is not sold in the trade policy. */
  inactiveReasons: InactiveReason[];
  /** Sum over reachable warehouses of max(0, total − reserved). */
  availableQuantity: number;
  unlimited: boolean;
  /** Cheapest first, then fastest; one per shipping policy. */
  slas: SimulatedSla[];
  ruledOut: RuledOut[];
}

export interface SimulationResult {
  tradePolicyId: string | null;
  postalCode: string;
  country: string;
  package: PackageMeasure;
  items: SimulatedItem[];
}
