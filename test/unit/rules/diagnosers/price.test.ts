import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import type { FixedPrice, OmsOrder } from '../../../../src/shared/domain/model';
import { AS_OF, codes, completeExcept, makeOrder, makeStore, read, twoItemOrder } from './store-builder';

const fixedPrice = (overrides: Partial<FixedPrice> = {}): FixedPrice => ({
  tradePolicyId: '1',
  valueCents: 9_000,
  listPriceCents: null,
  minQuantity: 1,
  dateFrom: null,
  dateTo: null,
  ...overrides
});

const oms = (overrides: Partial<OmsOrder> = {}): OmsOrder => ({
  orderId: 'v-1001-01',
  marketplaceOrderId: 'MLB-1001',
  affiliateId: 'MLB',
  salesChannel: '1',
  status: 'waiting-for-manual-authorization',
  creationDate: AS_OF,
  valueCents: 11_600,
  authorizationStatus: null,
  items: [],
  ...overrides
});

/** Paid 3.4% under the store's price, its items sent at the price paid (so its payment adds up). */
const authorized = makeOrder({ paymentValueCents: 11_200, items: [{ skuId: '101', quantity: 1, priceCents: 9_600 }] });

describe('price_divergence', () => {
  const run = (store = makeStore(), order = makeOrder()) => diagnose(order, read('price_divergence'), store);

  it('finds no cause when paid = Σ valid price × quantity + simulated freight', () => {
    expect(run().outcome).toBe('no_cause_found');
    expect(run(makeStore(), twoItemOrder()).outcome).toBe('no_cause_found');
  });

  it('price_divergence_rule_missing with paid, expected, difference and percent', () => {
    const store = makeStore((p) => (p.settings = { priceDivergenceRules: [] }));
    const d = run(store, makeOrder({ paymentValueCents: 11_000, items: [{ skuId: '101', quantity: 1, priceCents: 9_400 }] }));
    expect(codes(d)).toEqual(['price_divergence_rule_missing', 'item_price_differs']);
    expect(d.causes[0].evidence).toEqual({
      paidCents: 11_000,
      expectedCents: 11_600,
      differenceCents: -600,
      percent: 5.17,
      rules: [],
      connectorAllowancePercent: null
    });
    expect(d.causes[0].fix).toEqual({
      kind: 'add_divergence_rule',
      appliesInMirror: true,
      request: { action: 'authorize' }
    });
    expect(d.causes[1]).toMatchObject({
      skuId: '101',
      evidence: { skuId: '101', quantity: 1, sentCents: 9_400, expectedCents: 10_000 }
    });
  });

  it('price_divergence_over_allowance outside every authorize range; none inside one', () => {
    const over = run(makeStore(), makeOrder({ paymentValueCents: 10_600 }));
    expect(codes(over)).toEqual(['price_divergence_over_allowance']);
    expect(over.causes[0].evidence).toMatchObject({ percent: 8.62, rules: [{ from: 0, to: 5, action: 'authorize' }] });
    expect(run(makeStore(), authorized).outcome).toBe('no_cause_found');
  });

  it('names no item difference once a rule authorizes the divergence (VTEX integrates the order)', () => {
    const ended = makeStore((p) => (p.prices[0].fixedPrices = [fixedPrice({ dateTo: '2026-11-01T00:00:00.000Z' })]));
    const order = makeOrder({ paymentValueCents: 10_600, items: [{ skuId: '101', quantity: 1, priceCents: 9_000 }] });
    expect(codes(run(ended, order))).toEqual(['price_divergence_over_allowance', 'item_price_differs']);
    const widened = makeStore((p) => {
      p.prices[0].fixedPrices = [fixedPrice({ dateTo: '2026-11-01T00:00:00.000Z' })];
      p.settings = {
        priceDivergenceRules: [
          { from: 0, to: 5, action: 'authorize' },
          { from: 5, to: 12, action: 'authorize' }
        ]
      };
    });
    expect(run(widened, order).outcome).toBe('no_cause_found');
  });

  it('price_divergence_awaiting_approval inside an approval range', () => {
    const store = makeStore(
      (p) =>
        (p.settings = {
          priceDivergenceRules: [
            { from: 0, to: 2, action: 'authorize' },
            { from: 2, to: 10, action: 'approval' }
          ]
        })
    );
    const d = run(store, makeOrder({ paymentValueCents: 11_200, priceDivergenceAllowanceRate: 0.05 }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'price_divergence_awaiting_approval',
        evidence: expect.objectContaining({
          percent: 3.45,
          matchedRule: { from: 2, to: 10, action: 'approval' },
          vtexOrderId: null,
          connectorAllowancePercent: 5
        }),
        fix: { kind: 'approve_in_oms', appliesInMirror: false }
      })
    ]);
  });

  it('price_divergence_awaiting_approval when OMS holds the order for manual authorization', () => {
    const store = makeStore((p) => (p.omsOrders = [oms()]));
    const d = run(store, makeOrder({ paymentValueCents: 11_200 }));
    expect(d.causes[0]).toMatchObject({
      code: 'price_divergence_awaiting_approval',
      evidence: { vtexOrderId: 'v-1001-01' },
      fix: { kind: 'approve_in_oms', appliesInMirror: false }
    });
    const otherAffiliate = makeStore((p) => (p.omsOrders = [oms({ affiliateId: 'AMZ' })]));
    expect(run(otherAffiliate, authorized).outcome).toBe('no_cause_found');
  });

  it('uses a fixed price valid at asOf for the trade policy and quantity, else the base price', () => {
    const valid = makeStore(
      (p) =>
        (p.prices[0].fixedPrices = [fixedPrice({ dateFrom: '2026-11-01T00:00:00.000Z', dateTo: '2026-12-01T00:00:00.000Z' })])
    );
    expect(
      run(valid, makeOrder({ paymentValueCents: 10_600, items: [{ skuId: '101', quantity: 1, priceCents: 9_000 }] })).outcome
    ).toBe('no_cause_found');
    const ended = makeStore((p) => (p.prices[0].fixedPrices = [fixedPrice({ dateTo: '2026-11-01T00:00:00.000Z' })]));
    expect(
      codes(run(ended, makeOrder({ paymentValueCents: 10_600, items: [{ skuId: '101', quantity: 1, priceCents: 9_000 }] })))
    ).toEqual(['price_divergence_over_allowance', 'item_price_differs']);
    const tier = makeStore((p) => (p.prices[0].fixedPrices = [fixedPrice({ minQuantity: 3 })]));
    expect(
      run(tier, makeOrder({ paymentValueCents: 28_600, items: [{ skuId: '101', quantity: 3, priceCents: 9_000 }] })).outcome
    ).toBe('no_cause_found');
  });

  it('freight_price_differs when the freight paid differs from the simulated SLA price', () => {
    const base = makeOrder();
    const d = run(
      makeStore(),
      makeOrder({ paymentValueCents: 12_900, logistics: [{ ...base.logistics[0], priceCents: 2_900 }] })
    );
    expect(codes(d)).toEqual(['price_divergence_over_allowance', 'freight_price_differs']);
    expect(d.causes[1].evidence).toEqual({ sentCents: 2_900, simulatedCents: 1_600 });
  });

  it('falls back to the freight sent when the selected SLA is not offered', () => {
    const base = makeOrder();
    const order = makeOrder({
      paymentValueCents: 12_900,
      logistics: [{ ...base.logistics[0], selectedSla: 'Retira', priceCents: 2_900 }]
    });
    // No divergence cause: the freight sent stands in. The sweep finds the SLA itself not offered.
    const d = run(makeStore(), order);
    expect(codes(d)).toEqual(['selected_sla_not_offered']);
    expect(d.inferredErrorType).toBe('sla_unavailable');
  });

  it('names the missing price instead of a divergence it cannot compute', () => {
    const store = makeStore((p) => (p.prices[1] = { skuId: '102', basePriceCents: null, listPriceCents: null, fixedPrices: [] }));
    expect(codes(run(store, twoItemOrder()))).toEqual(['price_missing_for_trade_policy']);
  });

  it('insufficient_data without prices, affiliate or payment value', () => {
    expect(run(makeStore((p) => (p.prices = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['prices'] });
    expect(run(makeStore((p) => (p.affiliates = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['affiliates'] });
    expect(run(makeStore(), makeOrder({ paymentValueCents: null }))).toMatchObject({
      missing: ['order.marketplacePaymentValue']
    });
  });
});

describe('price_missing', () => {
  const run = (store = makeStore(), order = makeOrder()) => diagnose(order, read('price_missing'), store);

  it('finds no cause with a base price or a valid fixed price', () => {
    expect(run().outcome).toBe('no_cause_found');
    const fixedOnly = makeStore(
      (p) =>
        (p.prices[0] = {
          skuId: '101',
          basePriceCents: null,
          listPriceCents: null,
          fixedPrices: [fixedPrice({ valueCents: 10_000 })]
        })
    );
    expect(run(fixedOnly).outcome).toBe('no_cause_found');
  });

  it('price_missing_for_trade_policy: no base price and no fixed price for the trade policy', () => {
    const store = makeStore(
      (p) =>
        (p.prices[1] = {
          skuId: '102',
          basePriceCents: null,
          listPriceCents: null,
          fixedPrices: [fixedPrice({ tradePolicyId: '2' })]
        })
    );
    const d = run(store, twoItemOrder());
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'price_missing_for_trade_policy',
        skuId: '102',
        evidence: { skuId: '102', tradePolicyId: '1', basePriceCents: null, fixedPrices: [] },
        fix: { kind: 'set_price', appliesInMirror: true, request: { skuId: '102', tradePolicyId: '1' } }
      })
    ]);
  });

  it('price_expired_for_trade_policy: the only fixed prices have ended, with their dates', () => {
    const store = makeStore(
      (p) =>
        (p.prices[0] = {
          skuId: '101',
          basePriceCents: null,
          listPriceCents: null,
          fixedPrices: [fixedPrice({ dateFrom: '2026-10-01T00:00:00.000Z', dateTo: '2026-10-31T23:59:59.000Z' })]
        })
    );
    expect(run(store).causes).toEqual([
      expect.objectContaining({
        code: 'price_expired_for_trade_policy',
        evidence: {
          skuId: '101',
          tradePolicyId: '1',
          asOf: AS_OF,
          expired: [
            { valueCents: 9_000, minQuantity: 1, dateFrom: '2026-10-01T00:00:00.000Z', dateTo: '2026-10-31T23:59:59.000Z' }
          ]
        },
        fix: { kind: 'renew_price', appliesInMirror: true, request: { skuId: '101', tradePolicyId: '1' } }
      })
    ]);
  });

  it('a fixed price not yet started is missing, not expired', () => {
    const store = makeStore(
      (p) =>
        (p.prices[0] = {
          skuId: '101',
          basePriceCents: null,
          listPriceCents: null,
          fixedPrices: [fixedPrice({ dateFrom: '2027-01-01T00:00:00.000Z' })]
        })
    );
    expect(codes(run(store))).toEqual(['price_missing_for_trade_policy']);
  });

  it('a SKU missing from a complete prices import has no price: a finding, with the records imported', () => {
    const d = run(makeStore((p) => (p.prices = p.prices.slice(1))));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'price_missing_for_trade_policy',
        evidence: expect.objectContaining({ skuId: '101', basePriceCents: null, priceRecordsImported: 1 })
      })
    ]);
  });

  it('insufficient_data when prices were never imported, or the manifest declared them partial', () => {
    expect(run(makeStore((p) => (p.prices = [])))).toMatchObject({ outcome: 'insufficient_data', missing: ['prices'] });
    const partial = makeStore((p) => ((p.prices = p.prices.slice(1)), (p.complete = completeExcept('prices'))));
    expect(run(partial)).toMatchObject({ outcome: 'insufficient_data', causes: [], missing: ['prices'] });
  });
});
