import type { MarketplaceOrder } from '../../../shared/domain/model';

/**
 * Orders placed in the store itself (not sent by a marketplace connector). Their messages come
 * from the storefront checkout ("The item {0} has no inventory"), which reads the same words as a
 * marketplace's out-of-stock message but asks for different checks.
 */
export function isStorefrontOrder(order: Pick<MarketplaceOrder, 'connectorName' | 'affiliateId'>): boolean {
  return STOREFRONT_CONNECTORS.has((order.connectorName ?? '').trim().toLowerCase());
}

const STOREFRONT_CONNECTORS = new Set(['loja', 'store', 'storefront', 'tienda', 'loja virtual']);
