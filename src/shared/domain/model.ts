/**
 * The mirror's normalised model: money in integer cents, ids as strings, dates as ISO 8601
 * UTC strings. Repositories read and write these; the rules engine and the UI consume them.
 */

export type IntegrationStatus = 'error' | 'success' | 'pending';

export interface OrderItem {
  /** The SKU id exactly as the marketplace sent it (may be non-numeric or unknown). */
  skuId: string;
  quantity: number;
  priceCents: number;
}

export interface OrderAddress {
  addressType: string | null;
  receiverName: string | null;
  postalCode: string | null;
  city: string | null;
  state: string | null;
  /** ISO 3166-1 alpha-3 */
  country: string | null;
  street: string | null;
  number: string | null;
  complement: string | null;
  neighborhood: string | null;
  /** [longitude, latitude] */
  geoCoordinates: [number, number] | null;
}

export interface OrderLogistics {
  itemIndex: number;
  selectedSla: string | null;
  deliveryChannel: string | null;
  priceCents: number;
  lockTtl: string | null;
  shippingEstimate: string | null;
  courierName: string | null;
  warehouseId: string | null;
  dockId: string | null;
}

export interface CustomerProfile {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  document: string | null;
  documentType: string | null;
  isCorporate: boolean;
  corporateDocument: string | null;
  /**
   * Present when the mirror keeps personal data minimised (LGPD, the default): the document, phone
   * and e-mail above are masked, so the customer checks' verdicts were taken at import, from the
   * clear values, and are read from here.
   */
  verdicts?: CustomerVerdicts;
}

/** The customer checks' verdicts taken at import; null where the value passed. */
export interface CustomerVerdicts {
  document: { documentType: 'cpf' | 'cnpj' | 'other'; reason: 'empty' | 'length' | 'check_digits' | 'repeated_digits' } | null;
  phone: 'empty' | 'length' | 'area_code' | null;
}

export interface IntegrationAttempt {
  attempt: number;
  status: IntegrationStatus;
  message: string | null;
  processedAt: string | null;
  /**
   * Where the attempt came from: an imported snapshot, an Admin export, VTEX's answer after a
   * reprocess (a re-send, an order OMS showed), or the desk's own replay on the local copy (worded
   * as VTEX would, but VTEX saw nothing).
   */
  source: 'import' | 'admin-export' | 'reprocess' | 'desk-replay';
  vtexOrderId: string | null;
}

/** A marketplace order as the mirror holds it, with its latest integration outcome. */
export interface MarketplaceOrder {
  id: number;
  marketplaceOrderId: string;
  affiliateId: string;
  connectorName: string | null;
  marketplaceOrderStatus: string | null;
  paymentValueCents: number | null;
  priceDivergenceAllowanceRate: number | null;
  createdAt: string | null;
  items: OrderItem[];
  customer: CustomerProfile;
  address: OrderAddress | null;
  logistics: OrderLogistics[];
  isFob: boolean;
  invoiceKey: string | null;
  integrationStatus: IntegrationStatus;
  integrationMessage: string | null;
  processedAt: string | null;
  attempts: number;
  vtexOrderId: string | null;
  /** True for stubs created from an Admin export row, until the full order arrives. */
  incomplete: boolean;
}

export interface OmsOrder {
  orderId: string;
  marketplaceOrderId: string;
  affiliateId: string | null;
  salesChannel: string | null;
  status: string;
  creationDate: string;
  valueCents: number;
  authorizationStatus: string | null;
  items: { skuId: string; quantity: number; priceCents: number; sellingPriceCents: number | null }[];
}

export interface Affiliate {
  id: string;
  name: string;
  salesChannel: string;
  followUpEmail: string | null;
  minimumValueCents: number | null;
}

export interface TradePolicy {
  id: string;
  name: string;
  isActive: boolean;
  /** Collection restriction: only products in this collection are sold. */
  productClusterId: string | null;
  countryCode: string | null;
  currencyCode: string | null;
}

export interface Sku {
  id: string;
  productId: string;
  name: string;
  isActive: boolean;
  isProductActive: boolean;
  productIsVisible: boolean;
  showIfNotAvailable: boolean;
  refId: string | null;
  ean: string | null;
  brandName: string | null;
  hasDescription: boolean | null;
  weightGrams: number | null;
  heightCm: number | null;
  widthCm: number | null;
  lengthCm: number | null;
  tradePolicyIds: string[];
  /** collection id → collection name */
  collections: Record<string, string>;
}

export interface InventoryBalance {
  skuId: string;
  warehouseId: string;
  warehouseName: string | null;
  totalQuantity: number;
  reservedQuantity: number;
  hasUnlimitedQuantity: boolean;
}

export interface FixedPrice {
  tradePolicyId: string;
  valueCents: number;
  listPriceCents: number | null;
  minQuantity: number;
  dateFrom: string | null;
  dateTo: string | null;
}

export interface Price {
  skuId: string;
  basePriceCents: number | null;
  listPriceCents: number | null;
  fixedPrices: FixedPrice[];
}

export interface Dock {
  id: string;
  name: string;
  isActive: boolean;
  priority: number | null;
  tradePolicyIds: string[];
  shippingPolicyIds: string[];
  dockTimeFake: string | null;
}

export interface Warehouse {
  id: string;
  name: string;
  isActive: boolean;
  docks: { dockId: string; time: string | null; costCents: number | null }[];
}

export interface ShippingPolicy {
  id: string;
  name: string;
  shippingMethod: string | null;
  isActive: boolean;
  deliveryChannel: string | null;
  largestMeasure: number | null;
  maxMeasureSum: number | null;
  minimumValueCents: number | null;
  maximumValueCents: number | null;
  carrierName: string | null;
}

export interface FreightValue {
  shippingPolicyId: string;
  zipCodeStart: string;
  zipCodeEnd: string;
  weightStart: number;
  weightEnd: number;
  costCents: number;
  /** VTEX's "d.hh:mm:ss" time cost, kept as sent. */
  timeCost: string | null;
  country: string | null;
}

export type PriceDivergenceAction = 'authorize' | 'deny' | 'approval';

export interface StoreSettings {
  priceDivergenceRules: { from: number; to: number; action: PriceDivergenceAction }[];
  erpCarriers: string[];
  xmlIntegrations: { name: string; salesChannel: string; showUnavailableSkus: boolean }[];
  sellOutOfStock: Record<string, boolean>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  orderRef: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
}
