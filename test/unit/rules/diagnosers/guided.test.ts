import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../src/main/core/rules/diagnose';
import { DIAGNOSERS } from '../../../../src/main/core/rules/diagnosers';
import { ERROR_TYPES } from '../../../../src/shared/domain/error-types';
import { EVERY_MARKETPLACE_FAMILY, makeOrder, makeStore, read, sku, twoItemOrder } from './store-builder';

describe('guided error types', () => {
  it('catalog_access_denied → trade_policy_not_bound_to_store with the affiliate and trade policy', () => {
    expect(diagnose(makeOrder(), read('catalog_access_denied'), makeStore()).causes).toEqual([
      {
        code: 'trade_policy_not_bound_to_store',
        tradePolicyId: '1',
        evidence: { affiliateId: 'MLB', tradePolicyId: '1', tradePolicyName: 'Marketplaces' },
        fix: { kind: 'act_in_admin', appliesInMirror: false }
      }
    ]);
  });

  it('connector_account → connector_credentials_invalid, fixed at the marketplace', () => {
    const d = diagnose(makeOrder(), read('connector_account'), makeStore());
    expect(d.causes).toEqual([
      {
        code: 'connector_credentials_invalid',
        evidence: { connectorName: 'Mercado Livre', affiliateId: 'MLB' },
        fix: { kind: 'act_at_marketplace', appliesInMirror: false }
      }
    ]);
  });

  it('listing_locked → marketplace_listing_locked', () => {
    expect(diagnose(makeOrder(), read('listing_locked'), makeStore()).causes[0]).toMatchObject({
      code: 'marketplace_listing_locked',
      evidence: { status: 'approved' }
    });
  });

  it('platform_error → transient_platform_error, reprocess later', () => {
    expect(diagnose(makeOrder({ attempts: 3 }), read('platform_error'), makeStore()).causes[0]).toMatchObject({
      code: 'transient_platform_error',
      evidence: { attempts: 3 },
      fix: { kind: 'reprocess_later' }
    });
  });

  it('listing_rejected → listing_attribute_missing per SKU with what the mirror shows missing', () => {
    const store = makeStore(
      (p) => (p.skus[1] = sku('102', { ean: null, weightGrams: 0.5, brandName: '', hasDescription: false }))
    );
    const d = diagnose(twoItemOrder(), read('listing_rejected'), store);
    expect(d.causes).toEqual([
      expect.objectContaining({
        code: 'listing_attribute_missing',
        skuId: '102',
        evidence: { skuId: '102', attributes: ['ean', 'weight', 'brand', 'description'] }
      })
    ]);
  });

  it('listing_rejected with nothing missing in the mirror points at the marketplace mapping', () => {
    expect(diagnose(makeOrder(), read('listing_rejected'), makeStore()).causes).toEqual([
      {
        code: 'listing_attribute_missing',
        evidence: { skuId: null, attributes: [] },
        fix: { kind: 'act_at_marketplace', appliesInMirror: false }
      }
    ]);
  });

  it('unclassified with nothing found is unexplained, never no_cause_found, and says what was checked', () => {
    expect(diagnose(makeOrder(), read('unclassified'), makeStore())).toEqual({
      errorType: 'unclassified',
      outcome: 'unexplained',
      causes: [],
      checked: EVERY_MARKETPLACE_FAMILY
    });
  });

  it('has a diagnoser for every error type, each returning JSON-serialisable results', () => {
    expect(Object.keys(DIAGNOSERS).sort()).toEqual([...ERROR_TYPES].sort());
    for (const errorType of ERROR_TYPES) {
      const d = diagnose(makeOrder(), read(errorType), makeStore());
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    }
  });
});
