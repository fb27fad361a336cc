import type { IntegrationAttempt, IntegrationStatus, MarketplaceOrder, OrderAddress, OrderItem, OrderLogistics, OrderSummary } from '../../../../shared/domain/model';
import type { ErrorType } from '../../../../shared/domain/error-types';

/** Row shapes of the order tables and their mapping to the model (kept apart from the SQL). */
export interface OrderRow {
  id: number;
  marketplace_order_id: string;
  affiliate_id: string;
  connector_name: string | null;
  marketplace_order_status: string | null;
  payment_value_cents: number | null;
  price_divergence_allowance_rate: number | null;
  created_at: string | null;
  customer_email: string | null;
  customer_first_name: string | null;
  customer_last_name: string | null;
  customer_phone: string | null;
  customer_document: string | null;
  customer_document_type: string | null;
  customer_is_corporate: number;
  customer_corporate_document: string | null;
  is_fob: number;
  invoice_key: string | null;
  integration_status: IntegrationStatus;
  integration_message: string | null;
  processed_at: string | null;
  attempts: number;
  vtex_order_id: string | null;
  incomplete: number;
  error_type: ErrorType | null;
}

export interface ItemRow {
  order_id: number;
  item_index: number;
  sku_id: string;
  quantity: number;
  price_cents: number;
}

export interface AddressRow {
  order_id: number;
  address_type: string | null;
  receiver_name: string | null;
  postal_code: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  street: string | null;
  number: string | null;
  complement: string | null;
  neighborhood: string | null;
  longitude: number | null;
  latitude: number | null;
}

export interface LogisticsRow {
  order_id: number;
  item_index: number;
  selected_sla: string | null;
  delivery_channel: string | null;
  price_cents: number;
  lock_ttl: string | null;
  shipping_estimate: string | null;
  courier_name: string | null;
  warehouse_id: string | null;
  dock_id: string | null;
}

export function toItem(row: ItemRow): OrderItem {
  return { skuId: row.sku_id, quantity: row.quantity, priceCents: row.price_cents };
}

export function toAddress(row: AddressRow): OrderAddress {
  return {
    addressType: row.address_type,
    receiverName: row.receiver_name,
    postalCode: row.postal_code,
    city: row.city,
    state: row.state,
    country: row.country,
    street: row.street,
    number: row.number,
    complement: row.complement,
    neighborhood: row.neighborhood,
    geoCoordinates: row.longitude !== null && row.latitude !== null ? [row.longitude, row.latitude] : null
  };
}

export function toLogistics(row: LogisticsRow): OrderLogistics {
  return {
    itemIndex: row.item_index,
    selectedSla: row.selected_sla,
    deliveryChannel: row.delivery_channel,
    priceCents: row.price_cents,
    lockTtl: row.lock_ttl,
    shippingEstimate: row.shipping_estimate,
    courierName: row.courier_name,
    warehouseId: row.warehouse_id,
    dockId: row.dock_id
  };
}

export function toOrder(row: OrderRow, items: ItemRow[], address: AddressRow | undefined, logistics: LogisticsRow[]): MarketplaceOrder {
  return {
    id: row.id,
    marketplaceOrderId: row.marketplace_order_id,
    affiliateId: row.affiliate_id,
    connectorName: row.connector_name,
    marketplaceOrderStatus: row.marketplace_order_status,
    paymentValueCents: row.payment_value_cents,
    priceDivergenceAllowanceRate: row.price_divergence_allowance_rate,
    createdAt: row.created_at,
    items: items.map(toItem),
    customer: {
      email: row.customer_email,
      firstName: row.customer_first_name,
      lastName: row.customer_last_name,
      phone: row.customer_phone,
      document: row.customer_document,
      documentType: row.customer_document_type,
      isCorporate: row.customer_is_corporate === 1,
      corporateDocument: row.customer_corporate_document
    },
    address: address ? toAddress(address) : null,
    logistics: logistics.map(toLogistics),
    isFob: row.is_fob === 1,
    invoiceKey: row.invoice_key,
    integrationStatus: row.integration_status,
    integrationMessage: row.integration_message,
    processedAt: row.processed_at,
    attempts: row.attempts,
    vtexOrderId: row.vtex_order_id,
    incomplete: row.incomplete === 1
  };
}

export function toSummary(row: OrderRow): OrderSummary {
  return {
    id: row.id,
    marketplaceOrderId: row.marketplace_order_id,
    affiliateId: row.affiliate_id,
    connectorName: row.connector_name,
    integrationStatus: row.integration_status,
    integrationMessage: row.integration_message,
    errorType: row.error_type,
    valueCents: row.payment_value_cents,
    createdAt: row.created_at,
    processedAt: row.processed_at,
    attempts: row.attempts,
    incomplete: row.incomplete === 1
  };
}

export function toAttempt(row: {
  attempt: number;
  status: IntegrationStatus;
  message: string | null;
  processed_at: string | null;
  source: IntegrationAttempt['source'];
  vtex_order_id: string | null;
}): IntegrationAttempt {
  return { attempt: row.attempt, status: row.status, message: row.message, processedAt: row.processed_at, source: row.source, vtexOrderId: row.vtex_order_id };
}
