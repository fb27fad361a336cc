import type { MarketplaceOrder } from '../../../../shared/domain/model';
import type { OrderContext } from '../checks/order-context';
import type { StoreData } from '../../model/store-data';

/** What an agent brings from a customer's complaint: a SKU, a trade policy, maybe a CEP. */
export interface StorefrontQuery {
  skuId: string;
  tradePolicyId: string;
  postalCode?: string;
  quantity: number;
}

/**
 * The order-like context the store-side checks read, for a cart that was never placed: one line of
 * the SKU in the trade policy, shipped to the CEP when one was given. The connector is the store's
 * own ('store'), no SLA was selected and no price was sent (the checks then judge only what the
 * store offers), and there is no integration message to steer them.
 */
export function storefrontContext(store: StoreData, query: StorefrontQuery): OrderContext {
  const country = store.tradePolicies.get(query.tradePolicyId)?.countryCode ?? null;
  const order: MarketplaceOrder = {
    id: 0,
    marketplaceOrderId: '',
    affiliateId: '',
    connectorName: 'store',
    marketplaceOrderStatus: null,
    paymentValueCents: null,
    priceDivergenceAllowanceRate: null,
    createdAt: null,
    items: [{ skuId: query.skuId, quantity: query.quantity, priceCents: 0 }],
    customer: {
      email: null,
      firstName: null,
      lastName: null,
      phone: null,
      document: null,
      documentType: null,
      isCorporate: false,
      corporateDocument: null
    },
    address: query.postalCode
      ? {
          addressType: 'residential',
          receiverName: null,
          postalCode: query.postalCode,
          city: null,
          state: null,
          country,
          street: null,
          number: null,
          complement: null,
          neighborhood: null,
          geoCoordinates: null
        }
      : null,
    logistics: [],
    isFob: false,
    invoiceKey: null,
    integrationStatus: 'error',
    integrationMessage: null,
    processedAt: null,
    attempts: 0,
    vtexOrderId: null,
    incomplete: false
  };
  return {
    order,
    store,
    tradePolicyId: query.tradePolicyId,
    lines: [{ skuId: query.skuId, quantity: query.quantity, priceCents: 0, itemIndexes: [0] }],
    memo: {}
  };
}
