import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import { readStoreData } from '../../../src/main/core/db/repositories/store-data-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { buildStoreData, type StoreData } from '../../../src/main/core/model/store-data';
import { checkStorefront } from '../../../src/main/core/rules/storefront/check-storefront';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
const CEP_COVERED = '01310100';
// Acre: no shipping policy of the demo store covers it.
const CEP_NOT_COVERED = '69900000';

describe('"Why can\'t customers buy this?" on the demo store', () => {
  let store: StoreData;
  beforeAll(async () => {
    const db = openMirror(':memory:');
    await importSnapshot(db, DEMO);
    store = readStoreData(db, '2026-11-22T12:00:00Z');
  });

  const check = (skuId: string, tradePolicyId: string, postalCode: string | undefined = CEP_COVERED, quantity = 1) =>
    checkStorefront(store, { skuId, tradePolicyId, postalCode, quantity });
  const codes = (skuId: string, tradePolicyId: string, postalCode?: string, quantity?: number) =>
    check(skuId, tradePolicyId, postalCode, quantity).causes.map((c) => c.code);

  it('passes only when every check ran and passed', () => {
    const verdict = check('10008', '1');
    expect(verdict.outcome).toBe('all_pass');
    expect(verdict.checked).toEqual(['catalog', 'trade_policy', 'stock', 'storefront', 'delivery', 'price']);
    expect(verdict.notChecked).toEqual([]);
    expect(verdict.simulation?.items[0].availability).toBe('available');
  });

  it('without a CEP it never says every check passed: delivery is named as not checked', () => {
    const verdict = check('10008', '1', '');
    expect(verdict.outcome).toBe('no_postal_code');
    expect(verdict.notChecked).toEqual([{ family: 'delivery', why: 'no_postal_code' }]);
    expect(verdict.simulation).toBeNull();
  });

  it('names an inactive SKU and an inactive product, and stops there', () => {
    expect(codes('10125', '1')).toEqual(['sku_inactive']);
    const product = check('10000', '1');
    expect(product.causes.map((c) => c.code)).toEqual(['product_inactive']);
    expect(product.notChecked.map((n) => n.why)).toEqual([
      'after_cause',
      'after_cause',
      'after_cause',
      'after_cause',
      'after_cause'
    ]);
  });

  it('names a SKU outside the trade policy and outside its collection', () => {
    expect(codes('10008', '9')).toEqual(['sku_not_in_trade_policy']);
    expect(codes('10044', '7')).toContain('sku_not_in_collection');
  });

  it('names no stock with neither infinite inventory nor "sell when out of stock"', () => {
    const verdict = check('10025', '1');
    expect(verdict.causes.map((c) => c.code)).toEqual(['out_of_stock_not_sellable']);
    const cause = verdict.causes[0];
    expect(cause.code === 'out_of_stock_not_sellable' && cause.evidence).toMatchObject({
      skuId: '10025',
      available: 0,
      sellOutOfStock: false
    });
    expect(cause.fix.kind).toBe('set_infinite_inventory');
  });

  it('names the XML feed of the trade policy that hides unavailable SKUs', () => {
    const verdict = check('10018', '1');
    expect(verdict.causes.map((c) => c.code)).toEqual(['xml_hides_out_of_stock']);
    expect(verdict.causes[0].code === 'xml_hides_out_of_stock' && verdict.causes[0].evidence.integrations).toEqual([
      'Google Shopping'
    ]);
  });

  it('names the precise stock cause: too few units, reservations above the count, stock outside the trade policy', () => {
    expect(codes('10008', '1', CEP_COVERED, 5000)).toEqual(['insufficient_stock']);
    expect(codes('10018', '2')).toEqual(['negative_inventory']);
    expect(codes('10207', '3')).toEqual(['stock_outside_trade_policy']);
  });

  it('names a missing and an expired price for the trade policy', () => {
    expect(codes('10154', '1')).toEqual(['price_missing_for_trade_policy']);
    expect(codes('10058', '2')).toEqual(['price_expired_for_trade_policy']);
  });

  it('names a CEP no shipping policy covers (no SLA), with the simulation behind it', () => {
    const verdict = check('10008', '1', CEP_NOT_COVERED);
    expect(verdict.causes.map((c) => c.code)).toEqual(['postal_code_not_covered']);
    expect(verdict.simulation?.items[0].availability).toBe('cannotBeDelivered');
  });
});

describe('a storefront check on a mirror missing a kind', () => {
  it('says insufficient data and names the kind, never that every check passed', () => {
    const store = buildStoreData({
      asOf: '2026-11-22T12:00:00Z',
      tradePolicies: [{ id: '1', name: 'Loja', isActive: true, productClusterId: null, countryCode: 'BRA', currencyCode: 'BRL' }],
      skus: [
        {
          id: '1',
          productId: '1',
          name: 'Camiseta',
          isActive: true,
          isProductActive: true,
          productIsVisible: true,
          showIfNotAvailable: false,
          refId: null,
          ean: null,
          brandName: null,
          hasDescription: true,
          weightGrams: 100,
          heightCm: 1,
          widthCm: 1,
          lengthCm: 1,
          tradePolicyIds: ['1'],
          collections: {}
        }
      ],
      prices: [{ skuId: '1', basePriceCents: 1000, listPriceCents: null, fixedPrices: [] }],
      docks: [
        { id: 'D1', name: 'Doca', isActive: true, priority: 0, tradePolicyIds: ['1'], shippingPolicyIds: [], dockTimeFake: null }
      ]
    });
    const verdict = checkStorefront(store, { skuId: '1', tradePolicyId: '1', postalCode: CEP_COVERED, quantity: 1 });
    expect(verdict.outcome).toBe('insufficient_data');
    expect(verdict.missing).toContain('inventory');
    expect(verdict.notChecked.map((n) => n.family)).toEqual(['stock', 'storefront', 'delivery']);
  });
});
