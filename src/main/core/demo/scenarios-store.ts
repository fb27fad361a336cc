import {
  fail,
  healthyOrder,
  MARKETPLACE_CHANNELS,
  order,
  reais,
  roleSku,
  withPlanted,
  type Kit,
  type Scenario
} from './failure-kit';
import { DOCKS, POLICIES } from './logistics-gen';
import { MARKETPLACES, STORE_ACCOUNT } from './marketplaces';
import { lineFor, omsRecord, vtexOrderId, type BuiltOrder, type Line } from './orders-gen';

/** Marketplaces whose trade policy the Extrema dock (the only one of the Extrema warehouse) does not serve. */
const EXTREMA_SERVES = (DOCKS.find((d) => d.id === 'doca-extrema')?.salesChannels ?? []).map(String);
const EXTREMA_BLIND = MARKETPLACES.filter((m) => !EXTREMA_SERVES.includes(m.tradePolicyId)).map((m) => m.affiliateId);
const JADLOG_REGIONS = POLICIES.find((p) => p.id === 'jadlog-expresso')?.regions ?? [];

function firstSku(built: BuiltOrder): string {
  return built.order.items[0].id;
}

/** Lowers the unit price of the order's only line so the paid total diverges by `rate` of the expected one. */
function underprice(kit: Kit, rate: [number, number]): { built: BuiltOrder; expectedCents: number } | null {
  const sku = roleSku(kit, 'healthy');
  if (!sku) return null;
  const built = order(kit, [lineFor(sku)]);
  const expectedCents = built.itemsCents + built.freightCents;
  const cut = Math.ceil(expectedCents * (rate[0] + kit.rng.next() * (rate[1] - rate[0])));
  const item = built.order.items[0];
  if (cut >= item.price * 0.6) return null;
  item.price -= cut;
  built.order.marketplacePaymentValue = expectedCents - cut;
  return { built, expectedCents };
}

/** Scenarios whose cause lives in the catalog, inventory, logistics or price table. */
export const STORE_SCENARIOS: Scenario[] = [
  {
    key: 'sla-postal-code-not-covered',
    errorType: 'sla_unavailable',
    causes: ['postal_code_not_covered'],
    weight: 6,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit, {
        uncovered: true,
        sla: { name: 'Correios PAC', cents: kit.rng.int(3490, 5990), days: 12 }
      });
      return { order: fail(kit, built, 'sla', [firstSku(built), '1']) };
    }
  },
  {
    key: 'sla-stock-outside-trade-policy',
    errorType: 'sla_unavailable',
    causes: ['stock_outside_trade_policy'],
    weight: 4,
    channels: EXTREMA_BLIND,
    build: (kit) => {
      const sku = roleSku(kit, 'stockOutside');
      return sku && { order: fail(kit, order(kit, withPlanted(kit, sku)), 'sla', [sku.id, '1']), skuId: sku.id };
    }
  },
  {
    key: 'sla-package-exceeds-limits',
    errorType: 'sla_unavailable',
    causes: ['package_exceeds_carrier_limits'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(kit, 'heavy');
      if (!sku) return null;
      const built = order(kit, [lineFor(sku)], {
        accept: (c) => c.region !== 'SP_CAPITAL',
        sla: { name: 'Correios PAC', cents: kit.rng.int(8990, 15990), days: 9 }
      });
      return { order: fail(kit, built, 'sla', [sku.id, '1']), skuId: sku.id };
    }
  },
  {
    key: 'sla-selected-not-offered',
    errorType: 'sla_unavailable',
    causes: ['selected_sla_not_offered'],
    weight: 3,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const built = healthyOrder(kit, { accept: (c) => !JADLOG_REGIONS.includes(c.region) });
      // The marketplace kept offering an SLA the store no longer has for this region.
      for (const entry of built.order.shippingData?.logisticsInfo ?? []) {
        entry.selectedSla = 'Jadlog Expresso';
        entry.deliveryIds = (entry.deliveryIds ?? []).map((d) => ({
          ...d,
          courierId: 'jadlog-expresso',
          courierName: 'Jadlog Expresso'
        }));
      }
      return { order: fail(kit, built, 'sla', [firstSku(built), '1']) };
    }
  },
  ...(['insufficient_stock', 'negative_inventory', 'stock_outside_trade_policy'] as const).map((cause, index): Scenario => ({
    key: `oos-${cause.replace(/_/g, '-')}`,
    errorType: 'out_of_stock',
    causes: [cause],
    weight: [6, 4, 2][index],
    channels: cause === 'stock_outside_trade_policy' ? EXTREMA_BLIND : MARKETPLACE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(
        kit,
        cause === 'insufficient_stock' ? 'lowStock' : cause === 'negative_inventory' ? 'negativeStock' : 'stockOutside'
      );
      return (
        sku && {
          order: fail(
            kit,
            order(kit, withPlanted(kit, sku, cause === 'insufficient_stock' ? kit.rng.int(2, 3) : 1)),
            'outOfStock',
            [sku.id, '1']
          ),
          skuId: sku.id
        }
      );
    }
  })),
  ...(
    [
      ['sku_inactive', 'inactive', 3],
      ['product_inactive', 'productInactive', 2],
      ['sku_not_in_trade_policy', 'unlisted', 3],
      ['sku_not_in_collection', 'notInCollection', 1]
    ] as const
  ).map(([cause, role, weight]): Scenario => ({
    key: `unavailable-${cause.replace(/_/g, '-')}`,
    errorType: 'sku_unavailable',
    causes: [cause],
    weight,
    channels: cause === 'sku_not_in_collection' ? ['NSH'] : MARKETPLACE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(kit, role);
      const group = cause === 'sku_inactive' || cause === 'product_inactive' ? 'skuInactive' : 'skuOutsidePolicy';
      return sku && { order: fail(kit, order(kit, withPlanted(kit, sku)), group), skuId: sku.id };
    }
  })),
  {
    key: 'unknown-sku-not-numeric',
    errorType: 'unknown_sku',
    causes: ['sku_id_not_numeric'],
    weight: 2,
    channels: ['AMZ'],
    build: (kit) => {
      const asin = `B0${kit.rng.digits(1)}${kit.rng.hex(7).toUpperCase()}`;
      return {
        order: fail(
          kit,
          order(kit, [{ sku: null, id: asin, quantity: 1, priceCents: kit.rng.int(40, 300) * 100 - 10 }]),
          'skuNotInteger'
        )
      };
    }
  },
  {
    key: 'unknown-sku-not-found',
    errorType: 'unknown_sku',
    causes: ['sku_not_found'],
    weight: 2,
    channels: ['VIA', 'DFT'],
    build: (kit) => {
      const id = String(900_000 + kit.rng.int(0, 99_999));
      return {
        order: fail(kit, order(kit, [{ sku: null, id, quantity: 1, priceCents: kit.rng.int(40, 300) * 100 - 10 }]), 'skuUnknown')
      };
    }
  },
  {
    key: 'unknown-sku-ref-id',
    errorType: 'unknown_sku',
    causes: ['sku_ref_id_matches_other_sku'],
    weight: 1,
    channels: ['NSH', 'VIA'],
    build: (kit) => {
      const sku = roleSku(kit, 'healthy');
      const line: Line | null = sku && { sku, id: sku.refId, quantity: 1 };
      return sku && line && { order: fail(kit, order(kit, [line]), 'skuNotInVtex'), skuId: sku.id };
    }
  },
  {
    key: 'catalog-access-denied',
    errorType: 'catalog_access_denied',
    causes: ['trade_policy_not_bound_to_store'],
    weight: 1,
    channels: ['AMZ'],
    build: (kit) => ({ order: fail(kit, healthyOrder(kit), 'catalogAccess', [STORE_ACCOUNT, kit.mp.tradePolicyId]) })
  },
  {
    key: 'price-over-allowance',
    errorType: 'price_divergence',
    causes: ['price_divergence_over_allowance', 'item_price_differs'],
    weight: 3,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const priced = underprice(kit, [0.07, 0.14]);
      if (!priced) return null;
      const { built, expectedCents } = priced;
      return {
        order: fail(kit, built, 'priceDivergence', [reais(built.order.marketplacePaymentValue ?? 0), reais(expectedCents)]),
        skuId: firstSku(built)
      };
    }
  },
  {
    key: 'price-awaiting-approval',
    errorType: 'price_divergence',
    causes: ['price_divergence_awaiting_approval', 'item_price_differs'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const priced = underprice(kit, [0.03, 0.045]);
      if (!priced) return null;
      const authorization = { status: 'waiting-for-manual-authorization', rule: 'Divergência de valores 2,5% a 5%' };
      const oms = omsRecord(
        priced.built.order,
        vtexOrderId(kit.serial),
        kit.mp.tradePolicyId,
        'waiting-for-manual-authorization',
        authorization
      );
      return { order: fail(kit, priced.built, 'awaitingAuthorization'), skuId: firstSku(priced.built), oms: [oms] };
    }
  },
  {
    key: 'price-freight-differs',
    errorType: 'price_divergence',
    causes: ['price_divergence_over_allowance', 'freight_price_differs'],
    weight: 2,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(kit, 'healthy');
      if (!sku) return null;
      const built = order(kit, [lineFor(sku)]);
      const expectedCents = built.itemsCents + built.freightCents;
      const extra = Math.ceil(expectedCents * (0.07 + kit.rng.next() * 0.07));
      const [entry] = built.order.shippingData?.logisticsInfo ?? [];
      entry.price = (entry.price ?? 0) + extra;
      built.order.marketplacePaymentValue = expectedCents + extra;
      return { order: fail(kit, built, 'priceDivergence', [reais(expectedCents + extra), reais(expectedCents)]) };
    }
  },
  ...(
    [
      ['price_missing_for_trade_policy', 'noPrice', 2],
      ['price_expired_for_trade_policy', 'expiredPrice', 2]
    ] as const
  ).map(([cause, role, weight]): Scenario => ({
    key: `price-${cause === 'price_missing_for_trade_policy' ? 'missing' : 'expired'}`,
    errorType: 'price_missing',
    causes: [cause],
    weight,
    channels: MARKETPLACE_CHANNELS,
    build: (kit) => {
      const sku = roleSku(kit, role);
      return sku && { order: fail(kit, order(kit, withPlanted(kit, sku)), 'priceMissing', [sku.id]), skuId: sku.id };
    }
  })),
  ...(
    [
      ['insufficient_stock', 'lowStock', 2],
      ['out_of_stock_not_sellable', 'zeroStockHidden', 2],
      ['xml_hides_out_of_stock', 'zeroStockShown', 1]
    ] as const
  ).map(([cause, role, weight]): Scenario => ({
    key: `storefront-${cause.replace(/_/g, '-')}`,
    errorType: 'store_order_not_created',
    causes: [cause],
    weight,
    channels: ['LOJ'],
    build: (kit) => {
      const sku = roleSku(kit, role);
      if (!sku) return null;
      const built = order(kit, withPlanted(kit, sku, role === 'lowStock' ? kit.rng.int(2, 3) : 1));
      built.order.marketplaceOrderStatus = 'new';
      return { order: fail(kit, built, 'storefrontNoStock', [sku.id]), skuId: sku.id };
    }
  }))
];
