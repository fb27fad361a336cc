import type {
  SnapshotAffiliate,
  SnapshotSalesChannel,
  SnapshotSku,
  SnapshotStoreSettings
} from '../../../shared/domain/snapshot';
import type { GenSku } from './catalog-gen';
import { POLICIES } from './logistics-gen';
import { MAIN_TRADE_POLICY, MARKETPLACES, RESTRICTED_COLLECTION, STORE_ACCOUNT } from './marketplaces';
import type { Random } from './random';

/** Trade policies as the sales-channel list returns them (numeric ids, as VTEX sends them there). */
export function salesChannelRecords(): SnapshotSalesChannel[] {
  const policies = [MAIN_TRADE_POLICY, ...MARKETPLACES.map((m) => ({ id: m.tradePolicyId, name: m.tradePolicyName }))];
  return policies.map((p) => ({
    Id: Number(p.id),
    Name: p.name,
    IsActive: true,
    ProductClusterId: p.id === RESTRICTED_COLLECTION.tradePolicyId ? Number(RESTRICTED_COLLECTION.id) : null,
    CountryCode: 'BRA',
    CurrencyCode: 'BRL'
  }));
}

export function affiliateRecords(): SnapshotAffiliate[] {
  return MARKETPLACES.map((m) => ({
    id: m.affiliateId,
    name: m.affiliateName,
    salesChannel: m.salesChannelAs,
    followUpEmail: `marketplaces@${STORE_ACCOUNT}.com.br`,
    ...(m.minimumValueCents === null ? {} : { minimumValueAccumulated: m.minimumValueCents })
  }));
}

/** The catalog API's SKU record. */
export function skuRecord(sku: GenSku): SnapshotSku {
  const [length, width, height] = sku.dims;
  return {
    Id: Number(sku.id),
    ProductId: Number(sku.productId),
    NameComplete: `${sku.productName} ${sku.skuName}`,
    SkuName: sku.skuName,
    ProductName: sku.productName,
    IsActive: sku.isActive,
    IsProductActive: sku.isProductActive,
    ProductIsVisible: sku.isProductActive,
    ShowIfNotAvailable: sku.showIfNotAvailable,
    SalesChannels: sku.tradePolicyIds.map(Number),
    ProductClusterNames: sku.collections,
    AlternateIds: { RefId: sku.refId, Ean: sku.ean },
    Dimension: { weight: sku.weightGrams, height, width, length },
    BrandName: sku.brand,
    ProductDescription: `${sku.productName} da ${sku.brand}: conforto e durabilidade para o dia a dia.`
  };
}

/**
 * Settings no public API returns. The ERP knows the store's carriers by their service names, so an
 * order whose connector sends just "Correios" is one it cannot map. A Google Shopping feed hides
 * unavailable SKUs; a few SKUs sell when out of stock.
 */
export function storeSettings(rng: Random, skus: readonly GenSku[]): SnapshotStoreSettings {
  const healthy = skus.filter((s) => s.role === 'healthy');
  const overrides = rng.shuffled(healthy).slice(0, 3 + Math.floor(skus.length / 500));
  return {
    priceDivergenceRules: [
      { from: 0, to: 2.5, action: 'authorize' },
      { from: 2.5, to: 5, action: 'approval' }
    ],
    erpCarriers: POLICIES.filter((p) => p.isActive).map((p) => p.name),
    xmlIntegrations: [
      { name: 'Google Shopping', salesChannel: MAIN_TRADE_POLICY.id, showUnavailableSkus: false },
      { name: 'Zoom', salesChannel: Number(MAIN_TRADE_POLICY.id), showUnavailableSkus: true },
      { name: 'Buscapé', salesChannel: MAIN_TRADE_POLICY.id, showUnavailableSkus: true }
    ],
    sellOutOfStock: Object.fromEntries(overrides.map((s) => [s.id, true]))
  };
}
