/**
 * A small, healthy store and an order that integrates against it; tests break one thing at a time.
 * Trade policy 1 (affiliate MLB) reaches dock D1 → warehouse W1 → policy SP1 "Normal", which covers
 * CEPs 01000-000..09999-999 in Brazil up to 30 kg for R$ 15.00 in 3 days (+ R$ 1.00 and 1 day from
 * W1 to D1). SKUs 101 (0.5 kg) and 102 (1 kg) are active, priced and stocked.
 */
import type { Dock, FreightValue, MarketplaceOrder, ShippingPolicy, Sku, Warehouse } from '../../../../src/shared/domain/model';
import type { ErrorType } from '../../../../src/shared/domain/error-types';
import {
  buildStoreData,
  STORE_KINDS,
  type StoreData,
  type StoreDataParts,
  type StoreKind
} from '../../../../src/main/core/model/store-data';
import type { CheckFamily } from '../../../../src/shared/domain/diagnosis';

export const AS_OF = '2026-11-20T14:00:00.000Z';
export const VALID_CPF = '529.982.247-25';

export function sku(id: string, overrides: Partial<Sku> = {}): Sku {
  return {
    id,
    productId: `p${id}`,
    name: `SKU ${id}`,
    isActive: true,
    isProductActive: true,
    productIsVisible: true,
    showIfNotAvailable: false,
    refId: `REF-${id}`,
    ean: `789000000${id}`,
    brandName: 'Acme',
    hasDescription: true,
    weightGrams: 500,
    heightCm: 10,
    widthCm: 10,
    lengthCm: 10,
    tradePolicyIds: ['1'],
    collections: {},
    ...overrides
  };
}

export function dock(id: string, overrides: Partial<Dock> = {}): Dock {
  return {
    id,
    name: `Dock ${id}`,
    isActive: true,
    priority: 0,
    tradePolicyIds: ['1'],
    shippingPolicyIds: ['SP1'],
    dockTimeFake: null,
    ...overrides
  };
}

export function warehouse(id: string, dockIds: string[], overrides: Partial<Warehouse> = {}): Warehouse {
  return {
    id,
    name: `Warehouse ${id}`,
    isActive: true,
    docks: dockIds.map((dockId) => ({ dockId, time: '1.00:00:00', costCents: 100 })),
    ...overrides
  };
}

export function policy(id: string, name: string, overrides: Partial<ShippingPolicy> = {}): ShippingPolicy {
  return {
    id,
    name,
    shippingMethod: name,
    isActive: true,
    deliveryChannel: 'delivery',
    largestMeasure: 100,
    maxMeasureSum: 200,
    minimumValueCents: null,
    maximumValueCents: null,
    carrierName: 'Correios',
    ...overrides
  };
}

export function freight(shippingPolicyId: string, overrides: Partial<FreightValue> = {}): FreightValue {
  return {
    shippingPolicyId,
    zipCodeStart: '01000000',
    zipCodeEnd: '09999999',
    weightStart: 0,
    weightEnd: 30_000,
    costCents: 1500,
    timeCost: '3.00:00:00',
    country: 'BRA',
    ...overrides
  };
}

export function balance(
  skuId: string,
  warehouseId: string,
  totalQuantity: number,
  reservedQuantity = 0,
  hasUnlimitedQuantity = false
) {
  return { skuId, warehouseId, warehouseName: `Warehouse ${warehouseId}`, totalQuantity, reservedQuantity, hasUnlimitedQuantity };
}

export type StoreParts = StoreDataParts &
  Required<
    Pick<
      StoreDataParts,
      | 'skus'
      | 'inventory'
      | 'prices'
      | 'docks'
      | 'warehouses'
      | 'shippingPolicies'
      | 'freightValues'
      | 'affiliates'
      | 'tradePolicies'
      | 'omsOrders'
    >
  >;

/** Fresh parts of the healthy store, for a test to change before building. */
export function storeParts(): StoreParts {
  return {
    asOf: AS_OF,
    affiliates: [
      { id: 'MLB', name: 'Mercado Livre', salesChannel: '1', followUpEmail: null, minimumValueCents: null },
      { id: 'MGZ', name: 'Magazine Luiza', salesChannel: '1', followUpEmail: null, minimumValueCents: null }
    ],
    tradePolicies: [
      { id: '1', name: 'Marketplaces', isActive: true, productClusterId: null, countryCode: 'BRA', currencyCode: 'BRL' }
    ],
    skus: [sku('101'), sku('102', { weightGrams: 1000, heightCm: 20, widthCm: 20, lengthCm: 20 })],
    inventory: [balance('101', 'W1', 10), balance('102', 'W1', 5)],
    prices: [
      { skuId: '101', basePriceCents: 10_000, listPriceCents: null, fixedPrices: [] },
      { skuId: '102', basePriceCents: 5_000, listPriceCents: null, fixedPrices: [] }
    ],
    docks: [dock('D1')],
    warehouses: [warehouse('W1', ['D1'])],
    shippingPolicies: [policy('SP1', 'Normal')],
    freightValues: [freight('SP1')],
    settings: {
      priceDivergenceRules: [{ from: 0, to: 5, action: 'authorize' }],
      erpCarriers: ['Correios'],
      xmlIntegrations: [],
      sellOutOfStock: {}
    },
    omsOrders: [],
    // The healthy store's OMS import holds no order of this marketplace: no duplicate, proven.
    hasOmsOrders: true
  };
}

export function makeStore(change: (parts: StoreParts) => void = () => undefined): StoreData {
  const parts = storeParts();
  change(parts);
  return buildStoreData(parts);
}

/** The order that integrates against the healthy store: one SKU 101 for R$ 100 + R$ 16 freight. */
export function makeOrder(overrides: Partial<MarketplaceOrder> = {}): MarketplaceOrder {
  return {
    id: 1,
    marketplaceOrderId: 'MLB-1001',
    affiliateId: 'MLB',
    connectorName: 'Mercado Livre',
    marketplaceOrderStatus: 'approved',
    paymentValueCents: 11_600,
    priceDivergenceAllowanceRate: null,
    createdAt: '2026-11-18T10:00:00.000Z',
    items: [{ skuId: '101', quantity: 1, priceCents: 10_000 }],
    customer: {
      email: 'buyer@example.com',
      firstName: 'Ana',
      lastName: 'Silva',
      phone: '+55 11 98765-4321',
      document: VALID_CPF,
      documentType: 'cpf',
      isCorporate: false,
      corporateDocument: null
    },
    address: {
      addressType: 'residential',
      receiverName: 'Ana Silva',
      postalCode: '01310-100',
      city: 'São Paulo',
      state: 'SP',
      country: 'BRA',
      street: 'Avenida Paulista',
      number: '1000',
      complement: null,
      neighborhood: 'Bela Vista',
      geoCoordinates: null
    },
    logistics: [
      {
        itemIndex: 0,
        selectedSla: 'Normal',
        deliveryChannel: 'delivery',
        priceCents: 1_600,
        lockTtl: null,
        shippingEstimate: '4bd',
        courierName: 'Correios',
        warehouseId: 'W1',
        dockId: 'D1'
      }
    ],
    isFob: false,
    invoiceKey: null,
    integrationStatus: 'error',
    integrationMessage: null,
    processedAt: '2026-11-18T10:05:00.000Z',
    attempts: 1,
    vtexOrderId: null,
    incomplete: false,
    ...overrides
  };
}

/** A two-SKU order (101 × 1, 102 × 2) with its freight on each line. */
export function twoItemOrder(overrides: Partial<MarketplaceOrder> = {}): MarketplaceOrder {
  const base = makeOrder();
  return makeOrder({
    items: [
      { skuId: '101', quantity: 1, priceCents: 10_000 },
      { skuId: '102', quantity: 2, priceCents: 5_000 }
    ],
    logistics: [base.logistics[0], { ...base.logistics[0], itemIndex: 1, priceCents: 0 }],
    paymentValueCents: 21_600,
    ...overrides
  });
}

/** Every kind imported whole except those named (as a manifest declaring them partial would leave it). */
export function completeExcept(...kinds: StoreKind[]): StoreKind[] {
  return STORE_KINDS.filter((kind) => !kinds.includes(kind));
}

/** The families the sweep runs on a marketplace order without an invoice key, in the order it runs them. */
export const EVERY_MARKETPLACE_FAMILY: CheckFamily[] = [
  'catalog',
  'trade_policy',
  'stock',
  'delivery',
  'price',
  'price_divergence',
  'duplicate',
  'marketplace_status',
  'shipping_data',
  'customer_data',
  'payment',
  'listing'
];

/** A message the classifier read with full confidence as `errorType`. */
export function read(errorType: ErrorType): { errorType: ErrorType; confidence: number } {
  return { errorType, confidence: 1 };
}

/** The codes of a diagnosis's causes, in order. */
export function codes(diagnosis: { causes: { code: string }[] }): string[] {
  return diagnosis.causes.map((c) => c.code);
}
