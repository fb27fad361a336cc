import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { VtexHttp } from './http';
import { isObject } from './validate';

/** VTEX's answer to a New Order Integration call (Marketplace Protocol, External Marketplace Orders). */
export interface OrderIntegrationAnswer {
  status: number | null;
  success: boolean;
  /** SOI001 integrated, SOI002 approved, SOI003 enqueued; EOI000–EOI011 refusals. */
  code: string | null;
  message: string;
  /** `fields.mainOrderId` when the order was created. */
  vtexOrderId: string | null;
  path: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The order as its connector sent it, rebuilt from the mirror: the contract's required fields
 * (marketplaceOrderId, status, payment value, items, client profile, shipping data). Money leaves
 * in cents, as the protocol counts it.
 */
export function integrationPayload(order: MarketplaceOrder): Record<string, unknown> {
  const { customer, address } = order;
  return {
    marketplaceOrderId: order.marketplaceOrderId,
    marketplaceOrderStatus: order.marketplaceOrderStatus ?? 'new',
    connectorName: order.connectorName,
    marketplacePaymentValue: order.paymentValueCents,
    ...(order.priceDivergenceAllowanceRate === null ? {} : { priceDivergenceAllowanceRate: order.priceDivergenceAllowanceRate }),
    allowFranchises: false,
    items: order.items.map((item) => ({ id: item.skuId, price: item.priceCents, quantity: item.quantity })),
    clientProfileData: {
      email: customer.email,
      firstName: customer.firstName,
      lastName: customer.lastName,
      phone: customer.phone,
      document: customer.document,
      documentType: customer.documentType,
      isCorporate: customer.isCorporate,
      corporateDocument: customer.corporateDocument
    },
    shippingData: {
      isFob: order.isFob,
      selectedAddresses: address ? [{ ...address }] : [],
      logisticsInfo: order.logistics.map((l) => ({
        itemIndex: l.itemIndex,
        price: l.priceCents,
        selectedSla: l.selectedSla,
        selectedDeliveryChannel: l.deliveryChannel,
        lockTTL: l.lockTtl,
        shippingEstimate: l.shippingEstimate,
        deliveryIds: l.warehouseId ? [{ warehouseId: l.warehouseId }] : []
      }))
    },
    invoiceData: null
  };
}

/**
 * `POST /api/order-integration/orders?affiliateId=&an=`: re-sends a marketplace order as its
 * connector would (a reprocess, for orders that came through this protocol). The answer's code is
 * what the order's history records.
 */
export async function resendOrder(http: VtexHttp, order: MarketplaceOrder): Promise<OrderIntegrationAnswer> {
  const path = '/api/order-integration/orders';
  const { status, value } = await http.exchange<unknown>('orderIntegration.send', {
    method: 'POST',
    path,
    query: { affiliateId: order.affiliateId, an: http.account.account },
    body: integrationPayload(order)
  });
  const body = isObject(value) ? value : {};
  const fields = isObject(body.fields) ? body.fields : {};
  const errors = Array.isArray(body.errors) ? body.errors.filter(isObject) : [];
  const detail = errors.map((e) => [str(e.code), str(e.description)].filter(Boolean).join(' ')).filter(Boolean);
  return {
    status,
    success: body.success === true,
    code: str(body.code),
    message: http.clean([str(body.message), ...detail].filter(Boolean).join(' — ')),
    vtexOrderId: str(fields.mainOrderId),
    path
  };
}
