import type { GenSku } from './catalog-gen';
import { fail, healthyOrder, MARKETPLACE_CHANNELS, order, roleSku, type Scenario } from './failure-kit';
import { DOCKS } from './logistics-gen';
import { MARKETPLACES } from './marketplaces';
import { lineFor } from './orders-gen';

/** Marketplaces whose trade policy the inactive Recife dock lists: activating it would serve them. */
const RECIFE_LISTS = (DOCKS.find((d) => d.id === 'doca-recife')?.salesChannels ?? []).map(String);
const RECIFE_CHANNELS = MARKETPLACES.filter((m) => RECIFE_LISTS.includes(m.tradePolicyId)).map((m) => m.affiliateId);

/**
 * Failures the full sweep finds whatever the message says: an unrecognised message over an ended
 * fixed price (→ inferred price_missing) and over an order the marketplace already shipped (→
 * inferred marketplace_status), and stock held only behind an inactive dock (the blocker is named
 * with the units it would free). The unrecognised message over a sound order (→ unexplained) is
 * the 'unclassified' scenario. They are planted apart from SCENARIOS, in the batch's last orders and
 * from their own random stream, so that adding them left every earlier order of a seed unchanged.
 */
export const SWEEP_SCENARIOS: Scenario[] = [
  {
    key: 'sweep-unrecognised-expired-price',
    errorType: 'unclassified',
    causes: ['price_expired_for_trade_policy'],
    weight: 1,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(kit, 'expiredPrice');
      return sku && { order: fail(kit, order(kit, [lineFor(sku)]), 'unrecognised'), skuId: sku.id };
    }
  },
  {
    key: 'sweep-unrecognised-shipped',
    errorType: 'unclassified',
    causes: ['order_status_not_integrable'],
    weight: 1,
    channels: ['B2W', 'VIA', 'CRF'],
    build: (kit) => {
      const built = healthyOrder(kit);
      built.order.marketplaceOrderStatus = 'shipped';
      return { order: fail(kit, built, 'unrecognised') };
    }
  },
  {
    key: 'sweep-stock-behind-inactive-dock',
    errorType: 'out_of_stock',
    causes: ['stock_outside_trade_policy'],
    weight: 1,
    channels: RECIFE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(kit, 'stockBehindInactiveDock');
      return sku && { order: fail(kit, order(kit, [lineFor(sku)]), 'outOfStock', [sku.id, '1']), skuId: sku.id };
    }
  }
];

/**
 * The SKU whose stock sits only in CD Recife: a copy of the first healthy SKU listed on every
 * marketplace the Recife dock lists, under a new SKU and product id. Built without the random
 * streams, and appended to the catalog, so the SKUs before it stay as the seed made them.
 */
export function sweepSkus(skus: readonly GenSku[]): GenSku[] {
  const model = skus.find((s) => s.role === 'healthy' && RECIFE_LISTS.every((id) => id === '1' || s.tradePolicyIds.includes(id)));
  if (!model) return [];
  const nextId = (values: string[]) => String(Math.max(...values.map(Number).filter(Number.isFinite)) + 1);
  const id = nextId(skus.map((s) => s.id));
  return [
    {
      ...model,
      id,
      productId: nextId(skus.map((s) => s.productId)),
      skuName: `${model.skuName} (CD Recife)`,
      refId: `${model.refId}-REC`,
      collections: { ...model.collections },
      tradePolicyIds: [...model.tradePolicyIds],
      role: 'stockBehindInactiveDock'
    }
  ];
}
