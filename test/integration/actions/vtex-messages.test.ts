import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vtexMessageFor } from '../../../src/main/core/gateway/vtex-messages';
import { classify } from '../../../src/main/core/rules/classify';
import type { Cause } from '../../../src/shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../src/shared/domain/error-types';
import type { MarketplaceOrder } from '../../../src/shared/domain/model';

const ORDER = {
  marketplaceOrderId: '702-1',
  affiliateId: 'AMZ',
  items: [{ skuId: '1003', quantity: 1, priceCents: 100 }]
} as MarketplaceOrder;
const causeOf = (code: CauseCode, evidence: unknown = {}) =>
  ({ code, skuId: '1003', evidence, fix: { kind: 'none', appliesInMirror: false } }) as unknown as Cause;

const catalogTexts = new Set(
  (
    JSON.parse(readFileSync('resources/catalog/error-catalog.json', 'utf8')) as { entries: { messages: { text: string }[] }[] }
  ).entries.flatMap((entry) => entry.messages.map((message) => message.text))
);

// A replayed order's new message must read as an error type whose checks find the same cause again.
const TABLE: [CauseCode, ErrorType, ErrorType][] = [
  ['sku_inactive', 'sku_unavailable', 'sku_unavailable'],
  ['sku_not_in_trade_policy', 'sla_unavailable', 'sku_unavailable'],
  ['insufficient_stock', 'out_of_stock', 'out_of_stock'],
  ['insufficient_stock', 'sla_unavailable', 'sla_unavailable'],
  ['postal_code_not_covered', 'sla_unavailable', 'sla_unavailable'],
  ['sku_id_not_numeric', 'unknown_sku', 'unknown_sku'],
  ['price_divergence_rule_missing', 'price_divergence', 'price_divergence'],
  ['price_expired_for_trade_policy', 'price_missing', 'price_missing'],
  ['customer_document_invalid', 'customer_data_invalid', 'customer_data_invalid'],
  ['payment_value_missing', 'payment_data_invalid', 'payment_data_invalid'],
  ['order_canceled_at_marketplace', 'marketplace_status', 'marketplace_status'],
  ['trade_policy_not_bound_to_store', 'catalog_access_denied', 'catalog_access_denied']
];

describe('VTEX messages for a replay that still fails', () => {
  it.each(TABLE)('%s (order read as %s) is answered in words read as %s', (code, errorType, expected) => {
    const message = vtexMessageFor(causeOf(code), ORDER, errorType);
    expect(message).not.toBeNull();
    expect(classify(message ?? '').errorType).toBe(expected);
  });

  it('quotes the catalog, filling its placeholders', () => {
    expect(catalogTexts.has(vtexMessageFor(causeOf('sku_inactive'), ORDER, 'sku_unavailable') ?? '')).toBe(true);
    expect(vtexMessageFor(causeOf('price_missing_for_trade_policy'), ORDER, 'price_missing')).toBe('Item 1003 is unavailable');
    expect(catalogTexts.has('Item {0} is unavailable')).toBe(true);
    expect(vtexMessageFor(causeOf('address_incomplete', { missingFields: ['street'] }), ORDER, 'shipping_data_invalid')).toBe(
      'The street field in the shipping attachment is invalid'
    );
  });

  it('keeps the current message where VTEX has no words of its own', () => {
    expect(vtexMessageFor(causeOf('carrier_not_mapped_in_erp'), ORDER, 'carrier_not_in_erp')).toBeNull();
    expect(vtexMessageFor(causeOf('connector_credentials_invalid'), ORDER, 'connector_account')).toBeNull();
  });
});
