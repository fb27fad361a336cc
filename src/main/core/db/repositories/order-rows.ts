import type {
  CustomerVerdicts,
  IntegrationAttempt,
  IntegrationStatus,
  MarketplaceOrder,
  OrderAddress,
  OrderItem,
  OrderLogistics
} from '../../../../shared/domain/model';

/** Row shapes of the order tables and their mapping to the model (kept apart from the SQL). */

/**
 * The marketplace_orders columns an order is read from (as `o`), in the order orderFromRaw takes
 * them: rows are read as raw arrays, since a million-order diagnosis would otherwise build a keyed
 * object per row only to copy it into the model.
 */
export const ORDER_READ_COLUMNS = [
  'id',
  'marketplace_order_id',
  'affiliate_id',
  'connector_name',
  'marketplace_order_status',
  'payment_value_cents',
  'price_divergence_allowance_rate',
  'created_at',
  'customer_email',
  'customer_first_name',
  'customer_last_name',
  'customer_phone',
  'customer_document',
  'customer_document_type',
  'customer_is_corporate',
  'customer_corporate_document',
  'is_fob',
  'invoice_key',
  'integration_status',
  'integration_message',
  'processed_at',
  'attempts',
  'vtex_order_id',
  'incomplete',
  'customer_document_verdict',
  'customer_phone_verdict'
]
  .map((column) => `o.${column}`)
  .join(', ');

/** An order_items row as raw columns: order_id, sku_id, quantity, price_cents. */
export function itemFromRaw(r: unknown[]): OrderItem {
  return { skuId: r[1] as string, quantity: r[2] as number, priceCents: r[3] as number };
}

/** An order_addresses row as raw columns, in the order the repository selects them. */
export function addressFromRaw(r: unknown[]): OrderAddress {
  const [
    ,
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
    longitude,
    latitude
  ] = r as (string | null)[];
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

/** Stored verdicts (migration 0008): 'valid', or the reason code ('<type>:<reason>' for the document). */
const VALID = 'valid';

/** The two verdict columns of a customer whose personal data is minimised; both null when it is kept whole. */
export function verdictColumns(verdicts: CustomerVerdicts | undefined): [document: string | null, phone: string | null] {
  if (!verdicts) return [null, null];
  const { document: documentVerdict, phone } = verdicts;
  return [documentVerdict ? `${documentVerdict.documentType}:${documentVerdict.reason}` : VALID, phone ?? VALID];
}

function verdictsFromColumns(documentColumn: string | null, phone: string | null): CustomerVerdicts | null {
  if (documentColumn === null || phone === null) return null;
  const [documentType, reason] = documentColumn.split(':') as [
    NonNullable<CustomerVerdicts['document']>['documentType'],
    NonNullable<CustomerVerdicts['document']>['reason']
  ];
  return {
    document: documentColumn === VALID ? null : { documentType, reason },
    phone: phone === VALID ? null : (phone as CustomerVerdicts['phone'])
  };
}

export function orderFromRaw(
  r: unknown[],
  items: OrderItem[],
  address: OrderAddress | null,
  logistics: OrderLogistics[]
): MarketplaceOrder {
  const [
    id,
    marketplaceOrderId,
    affiliateId,
    connectorName,
    marketplaceOrderStatus,
    paymentValueCents,
    priceDivergenceAllowanceRate,
    createdAt,
    email,
    firstName,
    lastName,
    phone,
    document,
    documentType,
    isCorporate,
    corporateDocument,
    isFob,
    invoiceKey,
    integrationStatus,
    integrationMessage,
    processedAt,
    attempts,
    vtexOrderId,
    incomplete,
    documentVerdict,
    phoneVerdict
  ] = r as [number, string, string, ...(string | number | null)[]];
  const verdicts = verdictsFromColumns(documentVerdict as string | null, phoneVerdict as string | null);
  return {
    id,
    marketplaceOrderId,
    affiliateId,
    connectorName: connectorName as string | null,
    marketplaceOrderStatus: marketplaceOrderStatus as string | null,
    paymentValueCents: paymentValueCents as number | null,
    priceDivergenceAllowanceRate: priceDivergenceAllowanceRate as number | null,
    createdAt: createdAt as string | null,
    items,
    customer: {
      email: email as string | null,
      firstName: firstName as string | null,
      lastName: lastName as string | null,
      phone: phone as string | null,
      document: document as string | null,
      documentType: documentType as string | null,
      isCorporate: isCorporate === 1,
      corporateDocument: corporateDocument as string | null,
      ...(verdicts ? { verdicts } : {})
    },
    address,
    logistics,
    isFob: isFob === 1,
    invoiceKey: invoiceKey as string | null,
    integrationStatus: integrationStatus as IntegrationStatus,
    integrationMessage: integrationMessage as string | null,
    processedAt: processedAt as string | null,
    attempts: attempts as number,
    vtexOrderId: vtexOrderId as string | null,
    incomplete: incomplete === 1
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
  return {
    attempt: row.attempt,
    status: row.status,
    message: row.message,
    processedAt: row.processed_at,
    source: row.source,
    vtexOrderId: row.vtex_order_id
  };
}
