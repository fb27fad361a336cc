import type { Cause } from '../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../shared/domain/error-types';
import type { MarketplaceOrder } from '../../../shared/domain/model';

/*
 * What VTEX answers when an order still fails, in VTEX's own wording: the strings are quoted
 * exactly from the error catalog (resources/catalog/error-catalog.json), placeholders {0}, {1}
 * as the catalog writes them. Causes the catalog has no VTEX string for (a marketplace's or an ERP's
 * own message) keep the order's current message: a new attempt would be answered the same way.
 */
const NO_SLA = 'No available sla to deliver this order';
const OUT_OF_STOCK = 'Order with SKU out of stock';
const SKU_INACTIVE = 'Order with SKU inactive or out of sales channel';
const SKU_NOT_FOUND = 'Item {0} not found or unavailable';
const SKU_NOT_INTEGER = "Sku in order don't belong to a VTEX Store, sku id it's not an integer";
const SKU_NOT_IN_STORE = 'Não é possível integrar um pedido composto por skus inexistentes na loja';
const PRICE_DIVERGENCE =
  'The order price in the marketplace is different from the price determined by VTEX. To automatically integrate orders with price divergence in the OMS, go to Orders > Orders management > Order authorization and configure a Price Divergence rule.';
const AWAITING_AUTHORIZATION =
  "The order was integrated with a price divergence, and we cannot approve it yet because we are waiting for the seller's manual authorization before proceeding";
const WITHOUT_PRICE = 'Item {0} is unavailable';
const SHIPPING_FIELD_INVALID = 'The {0} field in the shipping attachment is invalid';
const FOB_ERROR = 'OMS Api Error Occurred';
const CANCELED = 'Cannot retry canceled orders {0}';
const RETRY_LIMIT = 'Tempo de limite para retry alcançado';
const CLIENT_FIELD_INVALID = 'The {0} field in the client profile attachment is invalid';
const INVOICE_KEY_INVALID = 'Pedido com chave da nota inválida';
const PAYMENT_INVALID = 'Invalid marketplace payment value or payment data';
const ALREADY_EXISTS = 'The request order with marketplace order id {0} for affiliate {1} already exists';
const CATALOG_ACCESS = 'A communication error with Catalog System has occurred';
const PLATFORM_ERROR =
  "An unexpected error occurred in one of VTEX's internal services. Please try to send the request again later, as it’s possible one of our services is going through instabilities";
const NO_INVENTORY = 'The item {0} has no inventory';
/** When nothing better is known: VTEX's own answer for an error it cannot name. */
export const UNKNOWN_ERROR =
  'An unknown error occurred when processing the order, and in this case, the solution would be contacting VTEX for support';

type Template = (cause: Cause, order: MarketplaceOrder) => string;

function fill(template: string, ...values: string[]): string {
  return values.reduce((text, value, index) => text.replace(`{${index}}`, value), template);
}

const itemOf = (cause: Cause, order: MarketplaceOrder) => cause.skuId ?? order.items[0]?.skuId ?? '';
const fixed =
  (text: string): Template =>
  () =>
    text;
const perItem =
  (template: string): Template =>
  (cause, order) =>
    fill(template, itemOf(cause, order));

const BY_CAUSE: Partial<Record<CauseCode, Template>> = {
  sku_not_found: perItem(SKU_NOT_FOUND),
  sku_id_not_numeric: fixed(SKU_NOT_INTEGER),
  sku_ref_id_matches_other_sku: fixed(SKU_NOT_IN_STORE),
  sku_inactive: fixed(SKU_INACTIVE),
  product_inactive: fixed(SKU_INACTIVE),
  sku_not_in_trade_policy: fixed(SKU_INACTIVE),
  sku_not_in_collection: fixed(SKU_INACTIVE),
  insufficient_stock: fixed(OUT_OF_STOCK),
  negative_inventory: fixed(OUT_OF_STOCK),
  stock_outside_trade_policy: fixed(OUT_OF_STOCK),
  no_dock_for_trade_policy: fixed(NO_SLA),
  postal_code_not_covered: fixed(NO_SLA),
  package_exceeds_carrier_limits: fixed(NO_SLA),
  selected_sla_not_offered: fixed(NO_SLA),
  price_divergence_rule_missing: fixed(PRICE_DIVERGENCE),
  price_divergence_over_allowance: fixed(PRICE_DIVERGENCE),
  price_divergence_awaiting_approval: fixed(AWAITING_AUTHORIZATION),
  item_price_differs: fixed(PRICE_DIVERGENCE),
  freight_price_differs: fixed(PRICE_DIVERGENCE),
  price_missing_for_trade_policy: perItem(WITHOUT_PRICE),
  price_expired_for_trade_policy: perItem(WITHOUT_PRICE),
  address_incomplete: (cause) =>
    fill(
      SHIPPING_FIELD_INVALID,
      cause.code === 'address_incomplete' ? (cause.evidence.missingFields[0] ?? 'address') : 'address'
    ),
  postal_code_malformed: () => fill(SHIPPING_FIELD_INVALID, 'postalCode'),
  fob_not_configured: fixed(FOB_ERROR),
  order_canceled_at_marketplace: (_, order) => fill(CANCELED, order.marketplaceOrderId),
  retry_window_expired: fixed(RETRY_LIMIT),
  customer_document_invalid: () => fill(CLIENT_FIELD_INVALID, 'document'),
  customer_phone_invalid: () => fill(CLIENT_FIELD_INVALID, 'phone'),
  invoice_key_invalid: fixed(INVOICE_KEY_INVALID),
  payment_value_missing: fixed(PAYMENT_INVALID),
  payment_value_differs_from_items: fixed(PAYMENT_INVALID),
  order_already_in_oms: (_, order) => fill(ALREADY_EXISTS, order.marketplaceOrderId, order.affiliateId),
  trade_policy_not_bound_to_store: fixed(CATALOG_ACCESS),
  transient_platform_error: fixed(PLATFORM_ERROR),
  out_of_stock_not_sellable: perItem(NO_INVENTORY),
  xml_hides_out_of_stock: perItem(NO_INVENTORY)
};

const STOCK_CAUSES: ReadonlySet<CauseCode> = new Set(['insufficient_stock', 'negative_inventory', 'stock_outside_trade_policy']);

/**
 * The message VTEX gives for an order that still fails on `cause`, or null when VTEX has no wording
 * of its own for it. The error type keeps the family: a stock shortfall on an order that failed for
 * want of an SLA is answered with the SLA message, and the store's checkout speaks of inventory.
 */
export function vtexMessageFor(cause: Cause, order: MarketplaceOrder, errorType: ErrorType): string | null {
  if (errorType === 'store_order_not_created') return fill(NO_INVENTORY, itemOf(cause, order));
  if (errorType === 'sla_unavailable' && STOCK_CAUSES.has(cause.code)) return NO_SLA;
  return BY_CAUSE[cause.code]?.(cause, order) ?? null;
}

/** What keeps one SKU of an order from being served when the simulation, not a cause, stops it. */
export type SimulationBlockReason =
  'withoutStock' | 'cannotBeDelivered' | 'unknownSku' | 'inactive' | 'selected_sla_not_offered' | 'no_address';

/**
 * The message VTEX gives when its fulfillment simulation refuses the order: the same families as
 * the causes' wording, so the order's new diagnosis reads the message it would really get.
 */
export function vtexMessageForBlock(reason: SimulationBlockReason, skuId: string, errorType: ErrorType): string {
  switch (reason) {
    case 'withoutStock':
      if (errorType === 'store_order_not_created') return fill(NO_INVENTORY, skuId);
      return errorType === 'sla_unavailable' ? NO_SLA : OUT_OF_STOCK;
    case 'inactive':
      return SKU_INACTIVE;
    case 'unknownSku':
      return fill(SKU_NOT_FOUND, skuId);
    default:
      return NO_SLA;
  }
}
