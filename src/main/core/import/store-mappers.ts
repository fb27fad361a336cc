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
import { FieldError } from './import-error';
import { Fields } from './fields';

/**
 * An object whose keys are data (collection ids, SKU ids), copied key by key with Object.fromEntries:
 * `map[key] = value` on a plain object silently drops the key "__proto__" (it sets the prototype
 * instead), so a collection or SKU of that id vanished from the mirror.
 */
function dataMap<T>(raw: unknown, value: (key: string, raw: unknown) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([key, item]) => [key, value(key, item)]));
}

export function mapAffiliate(record: unknown): Affiliate {
  const f = Fields.of(record);
  return {
    id: f.string('id').trim(),
    name: f.string('name'),
    salesChannel: f.id('salesChannel'),
    followUpEmail: f.optString('followUpEmail'),
    minimumValueCents: f.optCents('minimumValueAccumulated')
  };
}

export function mapSalesChannel(record: unknown): TradePolicy {
  const f = Fields.of(record);
  return {
    id: f.id('Id'),
    name: f.string('Name'),
    isActive: f.bool('IsActive'),
    productClusterId: f.optId('ProductClusterId'),
    countryCode: f.optString('CountryCode'),
    currencyCode: f.optString('CurrencyCode')
  };
}

export function mapSku(record: unknown): Sku {
  const f = Fields.of(record);
  const name =
    f.optString('NameComplete') ?? ([f.optString('ProductName'), f.optString('SkuName')].filter(Boolean).join(' ') || null);
  if (!name) throw new FieldError('NameComplete', 'a name (NameComplete, or SkuName and ProductName)', undefined);
  const alternate = f.optObject('AlternateIds');
  const dimension = f.optObject('Dimension');
  const clusters = f.optObject('ProductClusterNames');
  const collections = dataMap(clusters ? f.raw('ProductClusterNames') : {}, (id, value) => {
    if (typeof value !== 'string') throw new FieldError(`ProductClusterNames.${id}`, 'a collection name', value);
    return value;
  });
  return {
    id: f.id('Id'),
    productId: f.id('ProductId'),
    name,
    isActive: f.bool('IsActive'),
    isProductActive: f.bool('IsProductActive'),
    productIsVisible: f.optBool('ProductIsVisible', true),
    showIfNotAvailable: f.optBool('ShowIfNotAvailable', false),
    refId: alternate?.optString('RefId') ?? null,
    ean: alternate?.optString('Ean') ?? null,
    // A record without the field says nothing of the brand (the snapshot format does not ask for it):
    // null is unknown, as for the description; an empty or null BrandName is no brand.
    brandName: f.raw('BrandName') === undefined ? null : (f.optString('BrandName') ?? ''),
    hasDescription: f.has('ProductDescription') ? (f.optString('ProductDescription') ?? '').trim() !== '' : null,
    weightGrams: dimension?.optNumber('weight', { min: 0 }) ?? null,
    heightCm: dimension?.optNumber('height', { min: 0 }) ?? null,
    widthCm: dimension?.optNumber('width', { min: 0 }) ?? null,
    lengthCm: dimension?.optNumber('length', { min: 0 }) ?? null,
    tradePolicyIds: f.ids('SalesChannels'),
    collections
  };
}

/** One inventory record holds a SKU's balance in every warehouse. */
export function mapInventory(record: unknown): InventoryBalance[] {
  const f = Fields.of(record);
  const skuId = f.id('skuId');
  return f.objects('balance').map((b) => ({
    skuId,
    warehouseId: b.id('warehouseId'),
    warehouseName: b.optString('warehouseName'),
    // Negative totals do not exist in VTEX; a reserved count above the total is negative inventory.
    totalQuantity: b.int('totalQuantity', { min: 0 }),
    reservedQuantity: b.int('reservedQuantity', { min: 0 }),
    hasUnlimitedQuantity: b.optBool('hasUnlimitedQuantity', false)
  }));
}

export function mapPrice(record: unknown): Price {
  const f = Fields.of(record);
  return {
    skuId: f.id('itemId'),
    basePriceCents: f.optDecimalCents('basePrice'),
    listPriceCents: f.optDecimalCents('listPrice'),
    fixedPrices: f.objects('fixedPrices', { optional: true }).map((p) => {
      const range = p.optObject('dateRange');
      return {
        tradePolicyId: p.id('tradePolicyId'),
        valueCents: p.decimalCents('value'),
        listPriceCents: p.optDecimalCents('listPrice'),
        minQuantity: p.optInt('minQuantity', { min: 0 }) ?? 1,
        dateFrom: range?.optDate('from') ?? null,
        dateTo: range?.optDate('to') ?? null
      };
    })
  };
}

export function mapDock(record: unknown): Dock {
  const f = Fields.of(record);
  return {
    id: f.id('id'),
    name: f.string('name'),
    isActive: f.bool('isActive'),
    priority: f.optInt('priority'),
    tradePolicyIds: f.ids('salesChannels'),
    shippingPolicyIds: f.ids('freightTableIds'),
    dockTimeFake: f.optString('dockTimeFake')
  };
}

export function mapWarehouse(record: unknown): Warehouse {
  const f = Fields.of(record);
  return {
    id: f.id('id'),
    name: f.string('name'),
    isActive: f.optBool('isActive', true),
    docks: f
      .objects('warehouseDocks', { optional: true })
      .map((d) => ({ dockId: d.id('dockId'), time: d.optString('time'), costCents: d.optDecimalCents('cost') }))
  };
}

export function mapShippingPolicy(record: unknown): ShippingPolicy {
  const f = Fields.of(record);
  const max = f.optObject('maxDimension');
  return {
    id: f.id('id'),
    name: f.string('name'),
    shippingMethod: f.optString('shippingMethod'),
    isActive: f.bool('isActive'),
    deliveryChannel: f.optString('deliveryChannel'),
    largestMeasure: max?.optNumber('largestMeasure', { min: 0 }) ?? null,
    maxMeasureSum: max?.optNumber('maxMeasureSum', { min: 0 }) ?? null,
    minimumValueCents: f.optDecimalCents('minimumValueAceptable'),
    maximumValueCents: f.optDecimalCents('maximumValueAceptable'),
    carrierName: f.optObject('carrierInfo')?.optString('name') ?? null
  };
}

const CEP = /^\d{5}-?\d{3}$|^\d{1,10}$/;

export function mapFreightValue(record: unknown): FreightValue {
  const f = Fields.of(record);
  const zip = (key: string) => {
    const value = f.id(key);
    if (!CEP.test(value)) throw new FieldError(key, 'a postal code of digits (e.g. 01000000)', value);
    return value.replace('-', '');
  };
  return {
    shippingPolicyId: f.id('shippingPolicyId'),
    zipCodeStart: zip('zipCodeStart'),
    zipCodeEnd: zip('zipCodeEnd'),
    weightStart: f.number('weightStart', { min: 0 }),
    weightEnd: f.number('weightEnd', { min: 0 }),
    costCents: f.decimalCents('absoluteMoneyCost'),
    timeCost: f.optString('timeCost'),
    country: f.optString('country')
  };
}

function authorizationStatus(value: unknown): string | null {
  const entries = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  const statuses = entries
    .map((entry) => (entry && typeof entry === 'object' ? (entry as { status?: unknown }).status : undefined))
    .filter((s): s is string => typeof s === 'string');
  return statuses.includes('pending') ? 'pending' : statuses.includes('denied') ? 'denied' : (statuses[0] ?? null);
}

export function mapOmsOrder(record: unknown): OmsOrder {
  const f = Fields.of(record);
  return {
    orderId: f.string('orderId'),
    marketplaceOrderId: f.id('marketplaceOrderId'),
    affiliateId: f.optString('affiliateId'),
    salesChannel: f.optId('salesChannel'),
    status: f.string('status'),
    creationDate: f.date('creationDate'),
    valueCents: f.cents('value'),
    authorizationStatus: authorizationStatus(f.raw('authorizationPolicyData')),
    items: f.objects('items', { optional: true }).map((item) => ({
      skuId: item.id('id'),
      quantity: item.int('quantity', { min: 1 }),
      priceCents: item.cents('price'),
      sellingPriceCents: item.optCents('sellingPrice')
    }))
  };
}

export function mapStoreSettings(record: unknown): StoreSettings {
  const f = Fields.of(record);
  const sell = dataMap(f.optObject('sellOutOfStock') ? f.raw('sellOutOfStock') : {}, (skuId, value) => {
    if (typeof value !== 'boolean') throw new FieldError(`sellOutOfStock.${skuId}`, 'true or false', value);
    return value;
  });
  return {
    priceDivergenceRules: f.objects('priceDivergenceRules', { optional: true }).map((rule) => {
      const from = rule.number('from', { min: 0 });
      const to = rule.number('to', { min: 0 });
      if (to < from || to > 100) throw new FieldError('priceDivergenceRules.to', `a percentage between ${from} and 100`, to);
      return { from, to, action: rule.oneOf('action', ['authorize', 'deny', 'approval'] as const) };
    }),
    erpCarriers: f.has('erpCarriers')
      ? f.array('erpCarriers').map((name, index) => {
          if (typeof name !== 'string' || !name.trim()) throw new FieldError(`erpCarriers[${index}]`, 'a carrier name', name);
          return name.trim();
        })
      : [],
    xmlIntegrations: f.objects('xmlIntegrations', { optional: true }).map((x) => ({
      name: x.string('name'),
      salesChannel: x.id('salesChannel'),
      showUnavailableSkus: x.bool('showUnavailableSkus')
    })),
    sellOutOfStock: sell
  };
}
