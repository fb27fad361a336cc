import type { Cause } from '../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../shared/domain/error-types';
import { blocksReprocess, isPassingFault } from './passing-faults';

/**
 * The order in which findings explain a failure when the message did not say which one matters:
 * what ends the order's story (already in OMS, canceled, a status past integration) first, then the
 * catalog, the trade policy's reach, stock, delivery, price, and the order's own data last. Every
 * cause code appears once (a unit test checks it).
 */
export const CAUSE_PRECEDENCE: readonly CauseCode[] = [
  'order_already_in_oms',
  'order_canceled_at_marketplace',
  'order_status_not_integrable',
  'retry_window_expired',
  'marketplace_blocked_item',
  'connector_credentials_invalid',
  'trade_policy_not_bound_to_store',
  'sku_id_not_numeric',
  'sku_ref_id_matches_other_sku',
  'sku_not_found',
  'sku_inactive',
  'product_inactive',
  'sku_not_in_trade_policy',
  'sku_not_in_collection',
  'no_dock_for_trade_policy',
  'negative_inventory',
  'stock_outside_trade_policy',
  'insufficient_stock',
  'out_of_stock_not_sellable',
  'xml_hides_out_of_stock',
  'postal_code_not_covered',
  'package_exceeds_carrier_limits',
  'selected_sla_not_offered',
  'price_expired_for_trade_policy',
  'price_missing_for_trade_policy',
  'price_divergence_awaiting_approval',
  'price_divergence_rule_missing',
  'price_divergence_over_allowance',
  'item_price_differs',
  'freight_price_differs',
  'address_incomplete',
  'postal_code_malformed',
  'fob_not_configured',
  'customer_document_invalid',
  'customer_phone_invalid',
  'payment_value_missing',
  'payment_value_differs_from_items',
  'cart_below_minimum',
  'invoice_key_invalid',
  'carrier_not_mapped_in_erp',
  'listing_attribute_missing',
  'marketplace_listing_locked',
  'transient_platform_error'
];

/** The error type a cause points to, proposed (as inferred) when the message did not name one. */
export const ERROR_TYPE_OF_CAUSE: Record<CauseCode, ErrorType> = {
  sku_not_found: 'unknown_sku',
  sku_id_not_numeric: 'unknown_sku',
  sku_ref_id_matches_other_sku: 'unknown_sku',
  sku_inactive: 'sku_unavailable',
  product_inactive: 'sku_unavailable',
  sku_not_in_trade_policy: 'sku_unavailable',
  sku_not_in_collection: 'sku_unavailable',
  insufficient_stock: 'out_of_stock',
  negative_inventory: 'out_of_stock',
  stock_outside_trade_policy: 'out_of_stock',
  no_dock_for_trade_policy: 'sla_unavailable',
  postal_code_not_covered: 'sla_unavailable',
  package_exceeds_carrier_limits: 'sla_unavailable',
  selected_sla_not_offered: 'sla_unavailable',
  price_divergence_rule_missing: 'price_divergence',
  price_divergence_over_allowance: 'price_divergence',
  price_divergence_awaiting_approval: 'price_divergence',
  item_price_differs: 'price_divergence',
  freight_price_differs: 'price_divergence',
  price_missing_for_trade_policy: 'price_missing',
  price_expired_for_trade_policy: 'price_missing',
  address_incomplete: 'shipping_data_invalid',
  postal_code_malformed: 'shipping_data_invalid',
  fob_not_configured: 'shipping_data_invalid',
  carrier_not_mapped_in_erp: 'carrier_not_in_erp',
  order_canceled_at_marketplace: 'marketplace_status',
  order_status_not_integrable: 'marketplace_status',
  retry_window_expired: 'marketplace_status',
  marketplace_blocked_item: 'marketplace_status',
  customer_document_invalid: 'customer_data_invalid',
  customer_phone_invalid: 'customer_data_invalid',
  invoice_key_invalid: 'invoice_invalid',
  payment_value_missing: 'payment_data_invalid',
  payment_value_differs_from_items: 'payment_data_invalid',
  cart_below_minimum: 'invalid_cart',
  order_already_in_oms: 'duplicate_order',
  trade_policy_not_bound_to_store: 'catalog_access_denied',
  connector_credentials_invalid: 'connector_account',
  listing_attribute_missing: 'listing_rejected',
  marketplace_listing_locked: 'listing_locked',
  transient_platform_error: 'platform_error',
  out_of_stock_not_sellable: 'store_order_not_created',
  xml_hides_out_of_stock: 'store_order_not_created'
};

const RANK = new Map<CauseCode, number>(CAUSE_PRECEDENCE.map((code, index) => [code, index]));

/** Findings ranked by CAUSE_PRECEDENCE; equal codes keep the sweep's order (per line, as found). */
export function rankByPrecedence(causes: readonly Cause[]): Cause[] {
  return causes
    .map((c, index) => ({ c, index, rank: RANK.get(c.code) ?? CAUSE_PRECEDENCE.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.c);
}

/**
 * Whether the message's causes, passing faults only, give way to the sweep's other findings: one of
 * them would stop a reprocess, so it explains the failure rather than "reprocess later". Advice about
 * a listing does not (see passing-faults.ts): the order's integration does not check it.
 */
export function passingFaultGivesWay(causes: readonly Cause[], alsoFound: readonly Cause[]): boolean {
  return causes.length > 0 && causes.every(isPassingFault) && alsoFound.some(blocksReprocess);
}

/** Identity of a finding across the type's checks and the sweep: its code and the SKU it names. */
export function findingKey(c: Cause): string {
  return c.skuId === undefined ? c.code : `${c.code}|${c.skuId}`;
}
