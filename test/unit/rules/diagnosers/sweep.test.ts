import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import { CAUSE_PRECEDENCE, ERROR_TYPE_OF_CAUSE } from '../../../../src/main/core/rules/ranking';
import { CAUSE_CODES, type CauseCode, type ErrorType } from '../../../../src/shared/domain/error-types';
import type { MarketplaceOrder, OmsOrder } from '../../../../src/shared/domain/model';
import { AS_OF, balance, codes, dock, makeOrder, makeStore, sku, warehouse, type StoreParts } from './store-builder';

type Scenario = { store?: (p: StoreParts) => void; order?: Partial<MarketplaceOrder> };

const base = makeOrder();
const oms = (status: string): OmsOrder => ({
  orderId: 'v-1001-01',
  marketplaceOrderId: 'MLB-1001',
  affiliateId: 'MLB',
  salesChannel: '1',
  status,
  creationDate: AS_OF,
  valueCents: 11_600,
  authorizationStatus: null,
  items: []
});
/** Items sent at R$ 110 (the store's price is R$ 100), the payment adding up: an 8.6% divergence. */
const overpriced: Partial<MarketplaceOrder> = {
  items: [{ skuId: '101', quantity: 1, priceCents: 11_000 }],
  paymentValueCents: 12_600
};
const storefrontOutOfStock = (p: StoreParts) => (p.inventory[0] = balance('101', 'W1', 0));

/** One small-store change per cause code, each making the data show that cause. */
const SCENARIOS: Partial<Record<CauseCode, Scenario>> = {
  sku_not_found: { order: { items: [{ skuId: '555', quantity: 1, priceCents: 10_000 }] } },
  sku_id_not_numeric: { order: { items: [{ skuId: 'ABC-1', quantity: 1, priceCents: 10_000 }] } },
  sku_ref_id_matches_other_sku: { order: { items: [{ skuId: 'REF-101', quantity: 1, priceCents: 10_000 }] } },
  sku_inactive: { store: (p) => (p.skus[0] = sku('101', { isActive: false })) },
  product_inactive: { store: (p) => (p.skus[0] = sku('101', { isProductActive: false })) },
  sku_not_in_trade_policy: { store: (p) => (p.skus[0] = sku('101', { tradePolicyIds: [] })) },
  sku_not_in_collection: { store: (p) => (p.tradePolicies[0] = { ...p.tradePolicies[0], productClusterId: '77' }) },
  insufficient_stock: { store: (p) => (p.inventory[0] = balance('101', 'W1', 0)) },
  negative_inventory: { store: (p) => (p.inventory[0] = balance('101', 'W1', 1, 4)) },
  stock_outside_trade_policy: {
    store: (p) => {
      p.docks = [dock('D1'), dock('D2', { isActive: false })];
      p.warehouses = [warehouse('W1', ['D1']), warehouse('W2', ['D2'])];
      p.inventory = [balance('101', 'W2', 6), balance('102', 'W1', 5)];
    }
  },
  no_dock_for_trade_policy: { store: (p) => (p.docks = [dock('D1', { isActive: false })]) },
  postal_code_not_covered: { order: { address: { ...base.address!, postalCode: '20040-020' } } },
  package_exceeds_carrier_limits: { store: (p) => (p.freightValues[0] = { ...p.freightValues[0], weightEnd: 100 }) },
  selected_sla_not_offered: { order: { logistics: [{ ...base.logistics[0], selectedSla: 'Expressa' }] } },
  price_missing_for_trade_policy: { store: (p) => (p.prices[0] = { ...p.prices[0], basePriceCents: null }) },
  price_expired_for_trade_policy: {
    store: (p) =>
      (p.prices[0] = {
        skuId: '101',
        basePriceCents: null,
        listPriceCents: null,
        fixedPrices: [
          {
            tradePolicyId: '1',
            valueCents: 9_000,
            listPriceCents: null,
            minQuantity: 1,
            dateFrom: null,
            dateTo: '2026-11-01T00:00:00.000Z'
          }
        ]
      })
  },
  price_divergence_rule_missing: { order: overpriced, store: (p) => (p.settings = { ...p.settings, priceDivergenceRules: [] }) },
  price_divergence_over_allowance: { order: overpriced },
  price_divergence_awaiting_approval: { store: (p) => (p.omsOrders = [oms('waiting-for-manual-authorization')]) },
  item_price_differs: { order: overpriced },
  freight_price_differs: { order: { logistics: [{ ...base.logistics[0], priceCents: 2_900 }], paymentValueCents: 12_900 } },
  address_incomplete: { order: { address: { ...base.address!, street: ' ' } } },
  postal_code_malformed: { order: { address: { ...base.address!, postalCode: '0131-100' } } },
  fob_not_configured: { order: { isFob: true } },
  carrier_not_mapped_in_erp: { order: { logistics: [{ ...base.logistics[0], courierName: 'Jadlog' }] } },
  order_canceled_at_marketplace: { order: { marketplaceOrderStatus: 'canceled' } },
  order_status_not_integrable: { order: { marketplaceOrderStatus: 'shipped' } },
  retry_window_expired: { order: { affiliateId: 'MGZ', createdAt: '2026-09-01T10:00:00.000Z' } },
  marketplace_blocked_item: { order: { marketplaceOrderStatus: 'unavailable' } },
  customer_document_invalid: { order: { customer: { ...base.customer, document: '123.456.789-00' } } },
  customer_phone_invalid: { order: { customer: { ...base.customer, phone: '12' } } },
  invoice_key_invalid: { order: { invoiceKey: '3520' } },
  payment_value_missing: { order: { paymentValueCents: null } },
  payment_value_differs_from_items: { order: { paymentValueCents: 11_500 } },
  cart_below_minimum: { store: (p) => (p.affiliates[0] = { ...p.affiliates[0], minimumValueCents: 50_000 }) },
  order_already_in_oms: { store: (p) => (p.omsOrders = [oms('ready-for-handling')]) },
  listing_attribute_missing: { store: (p) => (p.skus[0] = sku('101', { ean: null })) },
  out_of_stock_not_sellable: { order: { connectorName: 'Loja' }, store: storefrontOutOfStock },
  xml_hides_out_of_stock: {
    order: { connectorName: 'Loja' },
    store: (p) => {
      storefrontOutOfStock(p);
      p.skus[0] = sku('101', { showIfNotAvailable: true });
      p.settings = {
        ...p.settings,
        xmlIntegrations: [{ name: 'Google Shopping', salesChannel: '1', showUnavailableSkus: false }]
      };
    }
  }
};

/** Causes only a message can tell: the mirror holds no record of them, so the sweep never invents them. */
const MESSAGE_ONLY: CauseCode[] = [
  'trade_policy_not_bound_to_store',
  'connector_credentials_invalid',
  'marketplace_listing_locked',
  'transient_platform_error'
];

function run(scenario: Scenario, reading: { errorType: ErrorType; confidence: number }) {
  return diagnose(makeOrder(scenario.order), reading, makeStore(scenario.store));
}

/** A type whose own checks do not look for the code (its message is about something else). */
function unrelatedType(code: CauseCode): ErrorType {
  return code === 'invoice_key_invalid' ? 'carrier_not_in_erp' : 'invoice_invalid';
}

describe('the sweep finds every cause whatever the message says', () => {
  const dataCodes = CAUSE_CODES.filter((code) => !MESSAGE_ONLY.includes(code));

  it('has a scenario for every cause code the data can show', () => {
    expect(dataCodes.filter((code) => !SCENARIOS[code])).toEqual([]);
  });

  it.each(dataCodes)('%s: found as a cause of an unrecognised message, with the type it points to inferred', (code) => {
    const d = run(SCENARIOS[code]!, { errorType: 'unclassified', confidence: 0 });
    expect(codes(d)).toContain(code);
    expect(d.outcome).toBe('causes');
    expect(d.inferredErrorType).toBe(ERROR_TYPE_OF_CAUSE[d.causes[0].code]);
  });

  it.each(dataCodes)('%s: found under a message the classifier is unsure of', (code) => {
    const d = run(SCENARIOS[code]!, { errorType: ERROR_TYPE_OF_CAUSE[code], confidence: 0.3 });
    expect(codes(d)).toContain(code);
  });

  it.each(dataCodes)('%s: found beside a recognised message about something else', (code) => {
    const d = run(SCENARIOS[code]!, { errorType: unrelatedType(code), confidence: 1 });
    expect([...codes(d), ...(d.alsoFound ?? []).map((c) => c.code)]).toContain(code);
  });

  it('never invents a cause only a message can tell', () => {
    const d = diagnose(makeOrder(), { errorType: 'unclassified', confidence: 0 }, makeStore());
    expect(d.outcome).toBe('unexplained');
    expect(d.causes.filter((c) => MESSAGE_ONLY.includes(c.code))).toEqual([]);
  });

  it('ranks every cause code once', () => {
    expect([...CAUSE_PRECEDENCE].sort()).toEqual([...CAUSE_CODES].sort());
  });
});

describe('outcomes when the message is not understood', () => {
  it('an ended fixed price under an unrecognised message: price_expired_for_trade_policy, inferred price_missing', () => {
    const d = run(SCENARIOS.price_expired_for_trade_policy!, { errorType: 'unclassified', confidence: 0 });
    expect(d).toMatchObject({ outcome: 'causes', inferredErrorType: 'price_missing' });
    expect(codes(d)).toEqual(['price_expired_for_trade_policy']);
  });

  it('a shipped marketplace order under an unrecognised message: inferred marketplace_status', () => {
    const d = run(SCENARIOS.order_status_not_integrable!, { errorType: 'unclassified', confidence: 0 });
    expect(d).toMatchObject({ outcome: 'causes', inferredErrorType: 'marketplace_status' });
  });

  it('order-level blockers outrank the rest: a duplicate comes before an inactive SKU', () => {
    const d = run(
      { store: (p) => ((p.omsOrders = [oms('ready-for-handling')]), (p.skus[0] = sku('101', { isActive: false }))) },
      { errorType: 'unclassified', confidence: 0 }
    );
    expect(codes(d)).toEqual(['order_already_in_oms', 'sku_inactive']);
    expect(d.inferredErrorType).toBe('duplicate_order');
  });

  it('unexplained (never no_cause_found) when nothing is found, also for an uncertain reading; missing data is listed', () => {
    expect(diagnose(makeOrder(), { errorType: 'sla_unavailable', confidence: 0.2 }, makeStore()).outcome).toBe('unexplained');
    const d = diagnose(
      makeOrder(),
      { errorType: 'unclassified', confidence: 0 },
      makeStore((p) => (p.prices = []))
    );
    expect(d).toMatchObject({ outcome: 'unexplained', missing: ['prices'] });
    expect(d.checked).not.toContain('price');
  });

  it('a recognised message whose own checks pass takes the other findings as its causes, inferred', () => {
    const d = run(SCENARIOS.sku_inactive!, { errorType: 'price_missing', confidence: 1 });
    expect(d).toMatchObject({ outcome: 'causes', inferredErrorType: 'sku_unavailable' });
    expect(codes(d)).toEqual(['sku_inactive']);
  });

  it('keeps the type’s causes as the verdict and the rest as also found', () => {
    const d = run(
      { store: (p) => (p.skus[0] = sku('101', { isActive: false })), order: { customer: { ...base.customer, phone: '12' } } },
      { errorType: 'sku_unavailable', confidence: 1 }
    );
    expect(codes(d)).toEqual(['sku_inactive']);
    expect(d.alsoFound?.map((c) => c.code)).toEqual(['customer_phone_invalid']);
    expect(d.inferredErrorType).toBeUndefined();
  });
});
