import type { IntegrationAttempt, IntegrationStatus, MarketplaceOrder, OrderAddress, OrderItem, OrderLogistics } from '../../../../shared/domain/model';
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

/** An order_items row as raw columns: order_id, sku_id, quantity, price_cents. */
export function itemFromRaw(r: unknown[]): OrderItem {
  return { skuId: r[1] as string, quantity: r[2] as number, priceCents: r[3] as number };
}

/** An order_addresses row as raw columns, in the order the repository selects them. */
export function addressFromRaw(r: unknown[]): OrderAddress {
  const [, addressType, receiverName, postalCode, city, state, country, street, number, complement, neighborhood, longitude, latitude] = r as (string | null)[];
  return {
    addressType,
    receiverName,
    postalCode,
    city,
    state,
    country,
    street,
    number,
    complement,
    neighborhood,
    geoCoordinates: longitude !== null && latitude !== null ? [Number(longitude), Number(latitude)] : null
  };
}

/** An order_logistics row as raw columns, in the order the repository selects them. */
export function logisticsFromRaw(r: unknown[]): OrderLogistics {
  return {
    itemIndex: r[1] as number,
    selectedSla: r[2] as string | null,
    deliveryChannel: r[3] as string | null,
    priceCents: r[4] as number,
    lockTtl: r[5] as string | null,
    shippingEstimate: r[6] as string | null,
    courierName: r[7] as string | null,
    warehouseId: r[8] as string | null,
    dockId: r[9] as string | null
  };
}

export function toOrder(row: OrderRow, items: OrderItem[], address: OrderAddress | null, logistics: OrderLogistics[]): MarketplaceOrder {
  return {
    id: row.id,
    marketplaceOrderId: row.marketplace_order_id,
    affiliateId: row.affiliate_id,
    connectorName: row.connector_name,
    marketplaceOrderStatus: row.marketplace_order_status,
    paymentValueCents: row.payment_value_cents,
    priceDivergenceAllowanceRate: row.price_divergence_allowance_rate,
    createdAt: row.created_at,
    items,
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
    address,
    logistics,
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
