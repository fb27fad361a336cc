import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import type { ErrorType } from '../../../../src/shared/domain/error-types';
import type { MarketplaceOrder } from '../../../../src/shared/domain/model';
import { AS_OF, codes, makeOrder, makeStore, twoItemOrder, read } from './store-builder';

const run = (errorType: ErrorType, order: MarketplaceOrder = makeOrder(), store = makeStore()) =>
  diagnose(order, read(errorType), store);
const address = makeOrder().address!;
const customer = makeOrder().customer;
const logistics = makeOrder().logistics[0];

describe('shipping_data_invalid', () => {
  it('finds no cause for a complete Brazilian address', () => {
    expect(run('shipping_data_invalid').outcome).toBe('no_cause_found');
  });

  it('address_incomplete lists the empty required fields', () => {
    const d = run('shipping_data_invalid', makeOrder({ address: { ...address, street: ' ', city: null, postalCode: null } }));
    expect(d.causes).toEqual([
      expect.objectContaining({ code: 'address_incomplete', evidence: { missingFields: ['postalCode', 'street', 'city'] } })
    ]);
    expect(run('shipping_data_invalid', makeOrder({ address: null })).causes[0].evidence).toEqual({
      missingFields: ['postalCode', 'country', 'street', 'city', 'state']
    });
  });

  it('coordinates stand in for a missing postal code', () => {
    // The address is complete, but without a postal code the delivery simulation cannot run.
    const d = run(
      'shipping_data_invalid',
      makeOrder({ address: { ...address, postalCode: null, geoCoordinates: [-46.65, -23.56] } })
    );
    expect(d).toMatchObject({ outcome: 'insufficient_data', causes: [], missing: ['order.address'] });
  });

  it('postal_code_malformed for a Brazilian CEP that is not 8 digits; other countries are not judged', () => {
    const d = run('shipping_data_invalid', makeOrder({ address: { ...address, postalCode: '0131-100' } }));
    expect(d.causes).toEqual([
      expect.objectContaining({ code: 'postal_code_malformed', evidence: { postalCode: '0131-100', country: 'BRA' } })
    ]);
    // Not judged as malformed; the sweep then finds that the store (Brazil only) does not deliver there.
    const argentina = run('shipping_data_invalid', makeOrder({ address: { ...address, postalCode: 'C1000', country: 'ARG' } }));
    expect(codes(argentina)).toEqual(['postal_code_not_covered']);
    expect(argentina.inferredErrorType).toBe('sla_unavailable');
  });

  it('fob_not_configured for a FOB order', () => {
    expect(run('shipping_data_invalid', makeOrder({ isFob: true })).causes).toEqual([
      expect.objectContaining({ code: 'fob_not_configured', evidence: { connectorName: 'Mercado Livre' } })
    ]);
  });
});

describe('carrier_not_in_erp', () => {
  it('finds no cause when the courier is known, ignoring case and accents', () => {
    const store = makeStore((p) => (p.settings = { erpCarriers: ['CORREIOS', 'Jadlóg'] }));
    const order = makeOrder({ logistics: [{ ...logistics, courierName: 'jadlog' }] });
    expect(run('carrier_not_in_erp', order, store).outcome).toBe('no_cause_found');
    expect(run('carrier_not_in_erp', makeOrder(), store).outcome).toBe('no_cause_found');
  });

  it('carrier_not_mapped_in_erp names the courier and the known carriers', () => {
    const d = run('carrier_not_in_erp', makeOrder({ logistics: [{ ...logistics, courierName: 'Loggi' }] }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'carrier_not_mapped_in_erp',
        evidence: { courier: 'Loggi', knownCarriers: ['Correios'] },
        fix: { kind: 'register_erp_carrier', appliesInMirror: true, request: { name: 'Loggi' } }
      })
    ]);
  });

  it('without a courier name, uses the carrier of the selected SLA’s policy, else the SLA name', () => {
    const viaPolicy = makeOrder({ logistics: [{ ...logistics, courierName: null }] });
    expect(run('carrier_not_in_erp', viaPolicy).outcome).toBe('no_cause_found');
    const bySla = makeOrder({ logistics: [{ ...logistics, courierName: null, selectedSla: 'Total Express' }] });
    expect(run('carrier_not_in_erp', bySla).causes[0].evidence).toMatchObject({ courier: 'Total Express' });
  });

  it('insufficient_data without the ERP carrier list', () => {
    expect(
      run(
        'carrier_not_in_erp',
        makeOrder(),
        makeStore((p) => (p.settings = {}))
      )
    ).toMatchObject({ outcome: 'insufficient_data', missing: ['store-settings'] });
  });
});

describe('customer_data_invalid', () => {
  it('finds no cause for a valid CPF and phone, or a valid corporate CNPJ', () => {
    expect(run('customer_data_invalid').outcome).toBe('no_cause_found');
    const corporate = makeOrder({ customer: { ...customer, isCorporate: true, corporateDocument: '11.222.333/0001-81' } });
    expect(run('customer_data_invalid', corporate).outcome).toBe('no_cause_found');
  });

  it('customer_document_invalid with the document masked', () => {
    const d = run('customer_data_invalid', makeOrder({ customer: { ...customer, document: '123.456.789-00' } }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'customer_document_invalid',
        evidence: { maskedDocument: '***.456.789-**', documentType: 'cpf', reason: 'check_digits' }
      })
    ]);
    const cnpj = makeOrder({ customer: { ...customer, documentType: null, document: '11222333000182' } });
    expect(run('customer_data_invalid', cnpj).causes[0].evidence).toEqual({
      maskedDocument: '**.222.333/0001-**',
      documentType: 'cnpj',
      reason: 'check_digits'
    });
    const empty = makeOrder({ customer: { ...customer, document: null } });
    expect(run('customer_data_invalid', empty).causes[0].evidence).toEqual({
      maskedDocument: null,
      documentType: 'cpf',
      reason: 'empty'
    });
  });

  it('outside Brazil only an empty document is reported', () => {
    const argentina = { ...address, country: 'ARG', postalCode: 'C1000' };
    const d = run(
      'customer_data_invalid',
      makeOrder({ address: argentina, customer: { ...customer, document: '20-12345678-9', phone: '+54 11 4321 0000' } })
    );
    // No customer-data cause; the sweep's finding is that the store (Brazil only) does not deliver there.
    expect(codes(d)).toEqual(['postal_code_not_covered']);
    expect(d.inferredErrorType).toBe('sla_unavailable');
  });

  it('customer_phone_invalid with the phone masked', () => {
    const d = run('customer_data_invalid', makeOrder({ customer: { ...customer, phone: '98765-4321' } }));
    expect(d.causes).toEqual([
      expect.objectContaining({ code: 'customer_phone_invalid', evidence: { maskedPhone: '*****4321', reason: 'length' } })
    ]);
  });
});

describe('invoice_invalid', () => {
  it('finds no cause for a valid NF-e key', () => {
    expect(run('invoice_invalid', makeOrder({ invoiceKey: '35231111222333000181550010000123451123456782' })).outcome).toBe(
      'no_cause_found'
    );
  });

  it('invoice_key_invalid for a wrong check digit or length', () => {
    const d = run('invoice_invalid', makeOrder({ invoiceKey: '35231111222333000181550010000123451123456789' }));
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'invoice_key_invalid',
        evidence: expect.objectContaining({ reason: 'check_digit', expectedCheckDigit: 2 })
      })
    ]);
    expect(run('invoice_invalid', makeOrder({ invoiceKey: '3523' })).causes[0].evidence).toMatchObject({ reason: 'length' });
  });

  it('insufficient_data when the order has no invoice key', () => {
    expect(run('invoice_invalid')).toMatchObject({ outcome: 'insufficient_data', missing: ['order.invoiceKey'] });
  });
});

describe('payment_data_invalid', () => {
  it('finds no cause when payment = items + freight', () => {
    expect(run('payment_data_invalid').outcome).toBe('no_cause_found');
    expect(run('payment_data_invalid', twoItemOrder()).outcome).toBe('no_cause_found');
  });

  it('payment_value_missing for an absent or non-positive value', () => {
    expect(run('payment_data_invalid', makeOrder({ paymentValueCents: null })).causes).toEqual([
      expect.objectContaining({ code: 'payment_value_missing', evidence: { valueCents: null } })
    ]);
    expect(codes(run('payment_data_invalid', makeOrder({ paymentValueCents: 0 })))).toEqual(['payment_value_missing']);
  });

  it('payment_value_differs_from_items with both totals', () => {
    expect(run('payment_data_invalid', makeOrder({ paymentValueCents: 11_000 })).causes[0].evidence).toEqual({
      paidCents: 11_000,
      itemsCents: 10_000,
      freightCents: 1_600,
      expectedCents: 11_600,
      differenceCents: -600
    });
  });
});

describe('invalid_cart', () => {
  it('finds no cause for known SKUs above the minimum', () => {
    const store = makeStore((p) => (p.affiliates[0].minimumValueCents = 10_000));
    expect(run('invalid_cart', makeOrder(), store).outcome).toBe('no_cause_found');
  });

  it('sku_not_found names the unknown SKU', () => {
    const order = makeOrder({
      items: [
        { skuId: '101', quantity: 1, priceCents: 10_000 },
        { skuId: '77', quantity: 1, priceCents: 10 }
      ]
    });
    expect(run('invalid_cart', order).causes).toEqual([expect.objectContaining({ code: 'sku_not_found', skuId: '77' })]);
  });

  it('cart_below_minimum compares the items total with the affiliate minimum', () => {
    const store = makeStore((p) => (p.affiliates[0].minimumValueCents = 15_000));
    expect(run('invalid_cart', makeOrder(), store).causes).toEqual([
      expect.objectContaining({ code: 'cart_below_minimum', evidence: { minimumCents: 15_000, actualCents: 10_000 } })
    ]);
  });
});

describe('duplicate_order', () => {
  const omsOrder = {
    orderId: 'v-9-01',
    marketplaceOrderId: 'MLB-1001',
    affiliateId: 'MLB',
    salesChannel: '1',
    status: 'handling',
    creationDate: AS_OF,
    valueCents: 11_600,
    authorizationStatus: null,
    items: []
  };

  it('order_already_in_oms with the VTEX order id and a never-reprocess fix', () => {
    const d = run(
      'duplicate_order',
      makeOrder(),
      makeStore((p) => (p.omsOrders = [omsOrder]))
    );
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'order_already_in_oms',
        evidence: { vtexOrderId: 'v-9-01', status: 'handling', otherVtexOrderIds: [] },
        fix: { kind: 'none', appliesInMirror: false }
      })
    ]);
  });

  it('finds no cause when OMS holds the id only for another affiliate', () => {
    expect(
      run(
        'duplicate_order',
        makeOrder(),
        makeStore((p) => (p.omsOrders = [{ ...omsOrder, affiliateId: 'AMZ' }]))
      ).outcome
    ).toBe('no_cause_found');
  });

  it('insufficient_data when the mirror holds no OMS orders', () => {
    expect(
      run(
        'duplicate_order',
        makeOrder(),
        makeStore((p) => (p.hasOmsOrders = false))
      )
    ).toMatchObject({ outcome: 'insufficient_data', missing: ['oms-orders'] });
  });
});
