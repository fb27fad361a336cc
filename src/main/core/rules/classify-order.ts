import type { MarketplaceOrder } from '../../../shared/domain/model';
import { classify, type Classification } from './classify';

/**
 * Orders placed in the store itself (not sent by a marketplace connector). Their messages come
 * from the storefront checkout ("The item {0} has no inventory"), which reads the same words as a
 * marketplace's out-of-stock message but asks for different checks.
 */
function isStorefrontOrder(order: Pick<MarketplaceOrder, 'connectorName'>): boolean {
  return STOREFRONT_CONNECTORS.has((order.connectorName ?? '').trim().toLowerCase());
}

const STOREFRONT_CONNECTORS = new Set(['loja', 'store', 'storefront', 'tienda', 'loja virtual']);

/** What an order's integration message says, read in the order's context (storefront or marketplace). */
export function classifyOrder(order: Pick<MarketplaceOrder, 'connectorName' | 'integrationMessage'>): Classification {
  return classify(order.integrationMessage ?? '', { storefront: isStorefrontOrder(order) });
}
