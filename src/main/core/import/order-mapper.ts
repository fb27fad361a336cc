import type { IntegrationStatus, OrderAddress, OrderLogistics } from '../../../shared/domain/model';
import type { NewMarketplaceOrder } from '../db/repositories/order-repository';
import { FieldError } from './import-error';
import { Fields } from './fields';

/** The Connections > Orders status words, in the three languages the Admin shows them. */
export function integrationStatus(value: string, field: string): IntegrationStatus {
  const text = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/\berro(r)?\b/.test(text)) return 'error';
  if (/success|sucesso|exito|successfully/.test(text)) return 'success';
  // "Processed with warning" only appears on the Tracking and Price pages: not an order outcome.
  if (/pending|pendente|pendiente|warning|aviso|advertencia|processing|processando|procesando/.test(text)) return 'pending';
  throw new FieldError(
    field,
    'error, success or pending (or the Admin’s words: Processed with error, processado com erro, procesado con error…)',
    value
  );
}

function address(f: Fields | null): OrderAddress | null {
  if (!f) return null;
  const coordinates = f.has('geoCoordinates') ? f.array('geoCoordinates') : null;
  if (coordinates && (coordinates.length !== 2 || !coordinates.every((n) => typeof n === 'number' && Number.isFinite(n)))) {
    throw new FieldError('shippingData.selectedAddresses[0].geoCoordinates', '[longitude, latitude]', coordinates);
  }
  return {
    addressType: f.optString('addressType'),
    receiverName: f.optString('receiverName'),
    postalCode: f.optString('postalCode'),
    city: f.optString('city'),
    state: f.optString('state'),
    country: f.optString('country'),
    street: f.optString('street'),
    number: f.has('number') && typeof f.raw('number') === 'number' ? String(f.raw('number')) : f.optString('number'),
    complement: f.optString('complement'),
    neighborhood: f.optString('neighborhood'),
    geoCoordinates: coordinates ? [coordinates[0] as number, coordinates[1] as number] : null
  };
}

function logistics(f: Fields): OrderLogistics {
  const delivery = f.objects('deliveryIds', { optional: true })[0];
  return {
    itemIndex: f.int('itemIndex', { min: 0 }),
    selectedSla: f.optString('selectedSla'),
    deliveryChannel: f.optString('selectedDeliveryChannel'),
    priceCents: f.optCents('price') ?? 0,
    lockTtl: f.optString('lockTTL'),
    shippingEstimate: f.optString('shippingEstimate'),
    courierName: delivery?.optString('courierName') ?? null,
    warehouseId: delivery?.optId('warehouseId') ?? null,
    dockId: delivery?.optId('dockId') ?? null
  };
}

/** A New Order Integration body plus its Connections > Orders outcome, validated and normalised. */
export function mapOrder(record: unknown): NewMarketplaceOrder {
  const f = Fields.of(record);
  const items = f.objects('items', { nonEmpty: true }).map((item) => ({
    // The id exactly as the marketplace sent it: it may be non-numeric or unknown, which is evidence.
    skuId: item.id('id'),
    quantity: item.int('quantity', { min: 1 }),
    priceCents: item.cents('price')
  }));
  const client = f.optObject('clientProfileData');
  const shipping = f.optObject('shippingData');
  const integration = f.object('integration');
  const status = integrationStatus(integration.string('status'), 'integration.status');
  return {
    marketplaceOrderId: f.id('marketplaceOrderId'),
    affiliateId: f.string('affiliateId').trim(),
    connectorName: f.optString('connectorName'),
    marketplaceOrderStatus: f.optString('marketplaceOrderStatus'),
    // Kept nullable on purpose: a missing payment value is itself a cause (payment_value_missing).
    paymentValueCents: f.has('marketplacePaymentValue')
      ? f.int('marketplacePaymentValue', { label: 'an amount in integer cents' })
      : null,
    priceDivergenceAllowanceRate: f.optNumber('priceDivergenceAllowanceRate', { min: 0 }),
    createdAt: f.date('createdAt'),
    items,
    customer: {
      email: client?.optString('email') ?? null,
      firstName: client?.optString('firstName') ?? null,
      lastName: client?.optString('lastName') ?? null,
      phone: client?.optString('phone') ?? null,
      document: client?.optString('document') ?? null,
      documentType: client?.optString('documentType') ?? null,
      isCorporate: client?.optBool('isCorporate', false) ?? false,
      corporateDocument: client?.optString('corporateDocument') ?? null
    },
    address: address(shipping?.objects('selectedAddresses', { optional: true })[0] ?? null),
    logistics: shipping?.objects('logisticsInfo', { optional: true }).map(logistics) ?? [],
    isFob: shipping?.optBool('isFob', false) ?? false,
    invoiceKey: f.optString('invoiceKey'),
    integrationStatus: status,
    integrationMessage: integration.optString('message'),
    processedAt: integration.optDate('processedAt'),
    attempts: integration.optInt('attempts', { min: 1 }),
    vtexOrderId: integration.optString('orderId')
  };
}
