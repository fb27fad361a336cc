import { describe, expect, it } from 'vitest';
import { judgeOrder } from '../../../src/main/core/gateway/mirror-replay';
import { diagnose } from '../../../src/main/core/rules/diagnose';
import { codes, makeOrder, makeStore, read, sku } from '../rules/diagnosers/store-builder';

/** VTEX's own wording for a failure of its services (error catalog, platform_error). */
const PLATFORM_MESSAGE =
  "An unexpected error occurred in one of VTEX's internal services. Please try to send the request again later, as it's possible one of our services is going through instabilities";

const noEan = makeStore((p) => (p.skus[0] = sku('101', { ean: null })));

/**
 * A SKU with no EAN is what a marketplace requires of a listing (the catalog files it under the
 * inventory integration): the marketplace already took the order, and VTEX's order integration does
 * not check it. Beside a platform error, or after a message whose own checks pass, it is advice, not
 * the cause; the judge reads it the same way.
 */
describe('listing advice is not what keeps an order failing', () => {
  it('a platform error stays the cause over a SKU with no EAN, which is kept as also found', () => {
    const d = diagnose(makeOrder(), read('platform_error'), noEan);
    expect(codes(d)).toEqual(['transient_platform_error']);
    expect(d.alsoFound?.map((c) => c.code)).toEqual(['listing_attribute_missing']);
    expect(d.inferredErrorType).toBeUndefined();
  });

  it('the judge lets that order through, as the ranking says: reprocess later', () => {
    const verdict = judgeOrder(noEan, makeOrder({ integrationMessage: PLATFORM_MESSAGE }));
    expect(verdict.diagnosis.diagnosis.errorType).toBe('platform_error');
    expect(verdict.integrates).toBe(true);
  });

  it('data a reprocess would meet again still outranks the platform error, the advice ranked among the causes', () => {
    const store = makeStore((p) => (p.skus[0] = sku('101', { ean: null, isActive: false })));
    const d = diagnose(makeOrder(), read('platform_error'), store);
    expect(codes(d)).toEqual(['sku_inactive', 'listing_attribute_missing']);
    expect(d.alsoFound?.map((c) => c.code)).toEqual(['transient_platform_error']);
    expect(judgeOrder(store, makeOrder({ integrationMessage: PLATFORM_MESSAGE })).integrates).toBe(false);
  });

  it('after a message about delivery whose checks pass, a SKU with no EAN alone is no cause: reprocess', () => {
    const d = diagnose(makeOrder(), read('sla_unavailable'), noEan);
    expect(d.outcome).toBe('no_cause_found');
    expect(d.alsoFound?.map((c) => c.code)).toEqual(['listing_attribute_missing']);
    expect(d.inferredErrorType).toBeUndefined();
    const verdict = judgeOrder(noEan, makeOrder({ integrationMessage: 'No available sla to deliver this order' }));
    expect(verdict.diagnosis.diagnosis.errorType).toBe('sla_unavailable');
    expect(verdict.integrates).toBe(true);
  });

  it('a message the desk did not understand may be the listing’s: the missing EAN is then the cause it infers', () => {
    const d = diagnose(makeOrder(), read('unclassified'), noEan);
    expect(codes(d)).toEqual(['listing_attribute_missing']);
    expect(d.inferredErrorType).toBe('listing_rejected');
  });

  it('when the message names the listing, the missing EAN is the cause and the order keeps failing', () => {
    const d = diagnose(makeOrder(), read('listing_rejected'), noEan);
    expect(codes(d)).toEqual(['listing_attribute_missing']);
    const verdict = judgeOrder(noEan, makeOrder({ integrationMessage: 'The attributes [GTIN] are required for category.' }));
    expect(verdict.diagnosis.diagnosis.errorType).toBe('listing_rejected');
    expect(verdict.integrates).toBe(false);
  });
});
