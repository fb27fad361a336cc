/**
 * The two vocabularies of Integration Desk, spelled exactly as in the domain guide:
 * an error type is what an integration message says; a cause code is what the mirror shows.
 */
export const ERROR_TYPES = [
  'sla_unavailable',
  'out_of_stock',
  'sku_unavailable',
  'unknown_sku',
  'catalog_access_denied',
  'price_divergence',
  'price_missing',
  'shipping_data_invalid',
  'carrier_not_in_erp',
  'marketplace_status',
  'customer_data_invalid',
  'invoice_invalid',
  'payment_data_invalid',
  'invalid_cart',
  'duplicate_order',
  'connector_account',
  'listing_rejected',
  'listing_locked',
  'platform_error',
  'store_order_not_created',
  'unclassified'
] as const;

/** What an integration message says (one wizard per error type). */
export type ErrorType = (typeof ERROR_TYPES)[number];

export const CAUSE_CODES = [
  'sku_not_found',
  'sku_id_not_numeric',
  'sku_ref_id_matches_other_sku',
  'sku_inactive',
  'product_inactive',
  'sku_not_in_trade_policy',
  'sku_not_in_collection',
  'insufficient_stock',
  'negative_inventory',
  'stock_outside_trade_policy',
  'no_dock_for_trade_policy',
  'postal_code_not_covered',
  'package_exceeds_carrier_limits',
  'selected_sla_not_offered',
  'price_divergence_rule_missing',
  'price_divergence_over_allowance',
  'price_divergence_awaiting_approval',
  'item_price_differs',
  'freight_price_differs',
  'price_missing_for_trade_policy',
  'price_expired_for_trade_policy',
  'address_incomplete',
  'postal_code_malformed',
  'fob_not_configured',
  'carrier_not_mapped_in_erp',
  'order_canceled_at_marketplace',
  'order_status_not_integrable',
  'retry_window_expired',
  'marketplace_blocked_item',
  'customer_document_invalid',
  'customer_phone_invalid',
  'invoice_key_invalid',
  'payment_value_missing',
  'payment_value_differs_from_items',
  'cart_below_minimum',
  'order_already_in_oms',
  'trade_policy_not_bound_to_store',
  'connector_credentials_invalid',
  'listing_attribute_missing',
  'marketplace_listing_locked',
  'transient_platform_error',
  'out_of_stock_not_sellable',
  'xml_hides_out_of_stock'
] as const;

/** A root cause the mirror's data shows. */
export type CauseCode = (typeof CAUSE_CODES)[number];

/**
 * Outcome codes of a diagnosis that found no cause: `no_cause_found` (the message was understood and
 * every check ran and passed), `unexplained` (the message was not understood and no check found
 * anything: never green, never replayed as integrated), `insufficient_data` (a check could not run
 * because a kind of record was never imported, or was declared partial).
 */
export type NoCauseCode = 'no_cause_found' | 'unexplained' | 'insufficient_data';

/**
 * The causes each error type calls for, in the order its diagnosis ranks them (the domain guide's
 * table). A finding whose code is outside its order's list is reported as "also found".
 */
export const CAUSES_BY_ERROR_TYPE: Record<ErrorType, readonly CauseCode[]> = {
  sla_unavailable: [
    'sku_not_found',
    'sku_inactive',
    'product_inactive',
    'sku_not_in_trade_policy',
    'insufficient_stock',
    'negative_inventory',
    'stock_outside_trade_policy',
    'no_dock_for_trade_policy',
    'postal_code_not_covered',
    'package_exceeds_carrier_limits',
    'selected_sla_not_offered'
  ],
  out_of_stock: [
    'sku_not_found',
    'insufficient_stock',
    'negative_inventory',
    'stock_outside_trade_policy',
    'sku_inactive',
    'sku_not_in_trade_policy'
  ],
  sku_unavailable: ['sku_not_found', 'sku_inactive', 'product_inactive', 'sku_not_in_trade_policy', 'sku_not_in_collection'],
  unknown_sku: ['sku_id_not_numeric', 'sku_not_found', 'sku_ref_id_matches_other_sku'],
  catalog_access_denied: ['trade_policy_not_bound_to_store'],
  price_divergence: [
    'price_divergence_rule_missing',
    'price_divergence_over_allowance',
    'price_divergence_awaiting_approval',
    'item_price_differs',
    'freight_price_differs'
  ],
  price_missing: ['price_missing_for_trade_policy', 'price_expired_for_trade_policy'],
  shipping_data_invalid: ['address_incomplete', 'postal_code_malformed', 'fob_not_configured'],
  carrier_not_in_erp: ['carrier_not_mapped_in_erp'],
  marketplace_status: [
    'order_canceled_at_marketplace',
    'order_status_not_integrable',
    'retry_window_expired',
    'marketplace_blocked_item'
  ],
  customer_data_invalid: ['customer_document_invalid', 'customer_phone_invalid'],
  invoice_invalid: ['invoice_key_invalid'],
  payment_data_invalid: ['payment_value_missing', 'payment_value_differs_from_items'],
  invalid_cart: ['sku_not_found', 'cart_below_minimum'],
  duplicate_order: ['order_already_in_oms'],
  connector_account: ['connector_credentials_invalid'],
  listing_rejected: ['listing_attribute_missing'],
  listing_locked: ['marketplace_listing_locked'],
  platform_error: ['transient_platform_error'],
  store_order_not_created: ['insufficient_stock', 'out_of_stock_not_sellable', 'xml_hides_out_of_stock'],
  unclassified: []
};

export function isErrorType(value: string): value is ErrorType {
  return (ERROR_TYPES as readonly string[]).includes(value);
}

export function isCauseCode(value: string): value is CauseCode {
  return (CAUSE_CODES as readonly string[]).includes(value);
}
