/**
 * Raw record shapes of a store snapshot, as VTEX's public APIs return them
 * (see the snapshot format). Keys keep VTEX's spelling; ids of trade policies may be
 * numbers or strings. The importer validates these and maps them to the mirror's model.
 */
export type IdLike = string | number;

export interface SnapshotManifest {
  account?: string;
  exportedAt?: string;
  source?: string;
  note?: string;
}

export interface SnapshotAddress {
  addressType?: string;
  receiverName?: string;
  postalCode?: string | null;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  street?: string | null;
  number?: string | null;
  complement?: string | null;
  neighborhood?: string | null;
  geoCoordinates?: number[] | null;
}

export interface SnapshotDeliveryId {
  courierId?: string;
  courierName?: string;
  warehouseId?: string;
  dockId?: string;
}

export interface SnapshotLogisticsInfo {
  itemIndex: number;
  selectedSla?: string | null;
  selectedDeliveryChannel?: string | null;
  price?: number;
  lockTTL?: string | null;
  shippingEstimate?: string | null;
  deliveryIds?: SnapshotDeliveryId[];
}

export interface SnapshotOrder {
  marketplaceOrderId: string;
  affiliateId: string;
  connectorName?: string;
  marketplaceOrderStatus?: string;
  marketplacePaymentValue?: number | null;
  priceDivergenceAllowanceRate?: number | null;
  createdAt: string;
  items: { id: string; quantity: number; price: number }[];
  clientProfileData?: {
    email?: string | null;
    firstName?: string | null;
    lastName?: string | null;
    phone?: string | null;
    document?: string | null;
    documentType?: string | null;
    isCorporate?: boolean | null;
    corporateDocument?: string | null;
  };
  shippingData?: {
    selectedAddresses?: SnapshotAddress[];
    logisticsInfo?: SnapshotLogisticsInfo[];
    isFob?: boolean | null;
  };
  invoiceKey?: string | null;
  integration: {
    status: string;
    message?: string | null;
    processedAt?: string | null;
    attempts?: number | null;
    orderId?: string | null;
  };
}

export interface SnapshotOmsOrder {
  orderId: string;
  marketplaceOrderId: string;
  affiliateId?: string | null;
  salesChannel?: IdLike | null;
  status: string;
  creationDate: string;
  value: number;
  items?: { id: IdLike; quantity: number; price: number; sellingPrice?: number }[];
  authorizationPolicyData?: { status?: string; [key: string]: unknown }[] | Record<string, unknown> | null;
}

export interface SnapshotAffiliate {
  id: string;
  name: string;
  salesChannel: IdLike;
  followUpEmail?: string | null;
  minimumValueAccumulated?: number | null;
}

export interface SnapshotSalesChannel {
  Id: IdLike;
  Name: string;
  IsActive: boolean;
  ProductClusterId?: IdLike | null;
  CountryCode?: string | null;
  CurrencyCode?: string | null;
}

export interface SnapshotSku {
  Id: IdLike;
  ProductId: IdLike;
  NameComplete?: string | null;
  SkuName?: string | null;
  ProductName?: string | null;
  IsActive: boolean;
  IsProductActive: boolean;
  ProductIsVisible?: boolean | null;
  ShowIfNotAvailable?: boolean | null;
  SalesChannels?: IdLike[] | null;
  ProductClusterNames?: Record<string, string> | null;
  AlternateIds?: { RefId?: string | null; Ean?: string | null } | null;
  Dimension?: { weight?: number | null; height?: number | null; width?: number | null; length?: number | null } | null;
  BrandName?: string | null;
  ProductDescription?: string | null;
}

export interface SnapshotInventory {
  skuId: IdLike;
  balance: {
    warehouseId: string;
    warehouseName?: string | null;
    totalQuantity: number;
    reservedQuantity: number;
    hasUnlimitedQuantity?: boolean | null;
  }[];
}

export interface SnapshotPrice {
  itemId: IdLike;
  basePrice?: number | null;
  listPrice?: number | null;
  fixedPrices?: {
    tradePolicyId: IdLike;
    value: number;
    listPrice?: number | null;
    minQuantity?: number | null;
    dateRange?: { from?: string | null; to?: string | null } | null;
  }[];
}

export interface SnapshotDock {
  id: string;
  name: string;
  isActive: boolean;
  priority?: number | null;
  salesChannels?: IdLike[] | null;
  freightTableIds?: string[] | null;
  dockTimeFake?: string | null;
}

export interface SnapshotWarehouse {
  id: string;
  name: string;
  isActive?: boolean | null;
  warehouseDocks?: { dockId: string; time?: string | null; cost?: number | null }[];
}

export interface SnapshotShippingPolicy {
  id: string;
  name: string;
  shippingMethod?: string | null;
  isActive: boolean;
  deliveryChannel?: string | null;
  maxDimension?: { largestMeasure?: number | null; maxMeasureSum?: number | null } | null;
  minimumValueAceptable?: number | null;
  maximumValueAceptable?: number | null;
  carrierInfo?: { name?: string | null } | null;
}

export interface SnapshotFreightValue {
  shippingPolicyId: string;
  zipCodeStart: string;
  zipCodeEnd: string;
  weightStart: number;
  weightEnd: number;
  absoluteMoneyCost: number;
  timeCost?: string | null;
  country?: string | null;
  polygon?: string | null;
}

export interface SnapshotStoreSettings {
  priceDivergenceRules?: { from: number; to: number; action: 'authorize' | 'deny' | 'approval' }[];
  erpCarriers?: string[];
  xmlIntegrations?: { name: string; salesChannel: IdLike; showUnavailableSkus: boolean }[];
  sellOutOfStock?: Record<string, boolean>;
}

/** The record files of a snapshot, named as the files are (without extension). */
export const SNAPSHOT_KINDS = [
  'orders',
  'oms-orders',
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
  'connections-orders'
] as const;

export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** Counts per kind, keyed by the snapshot file names (used by the CLI's --json output). */
export type KindCounts = Record<SnapshotKind, number>;
