import type { Cause } from '../../../../shared/domain/diagnosis';

/**
 * Links into the VTEX Admin of the agent's account, so a fix that belongs there is one click
 * away. The account name is checked first: only a VTEX account name (lowercase letters and
 * digits) can build a URL, so a hostile value can never point the link elsewhere.
 */
export type AdminTarget =
  | { kind: 'sku'; skuId: string }
  | { kind: 'product'; productId: string }
  | { kind: 'trade-policies' }
  | { kind: 'docks' }
  | { kind: 'shipping-policies' }
  | { kind: 'inventory' }
  | { kind: 'prices' }
  | { kind: 'order-authorization' }
  | { kind: 'connections-orders' }
  | { kind: 'oms-order'; orderId: string };

const ACCOUNT = /^[a-z0-9]{1,64}$/;

// Paths of the Admin's modules. Connections > Orders is the "bridge" module (see the domain notes);
// the others are the modules' landing pages, which do not change between Admin versions as often.
function path(target: AdminTarget): string {
  switch (target.kind) {
    case 'sku':
      return `/admin/Site/SkuForm.aspx?IdSku=${encodeURIComponent(target.skuId)}`;
    case 'product':
      return `/admin/Site/ProdutoForm.aspx?id=${encodeURIComponent(target.productId)}`;
    case 'trade-policies':
      return '/admin/Site/SalesChannel.aspx';
    case 'docks':
      return '/admin/logistics/#/loading-docks';
    case 'shipping-policies':
      return '/admin/shipping-strategy/shipping-policies';
    case 'inventory':
      return '/admin/logistics/#/inventory';
    case 'prices':
      return '/admin/pricing';
    case 'order-authorization':
      return '/admin/orders-settings/authorization';
    case 'connections-orders':
      return '/admin/bridge/#/marketplace/order';
    case 'oms-order':
      return `/admin/orders/${encodeURIComponent(target.orderId)}`;
  }
}

export function adminUrl(account: string, target: AdminTarget): string | null {
  if (!ACCOUNT.test(account)) return null;
  return `https://${account}.myvtex.com${path(target)}`;
}

/** The Admin page where a cause is fixed (or checked), for the wizard's "Open in the VTEX Admin". */
export function adminTargetFor(cause: Cause): AdminTarget {
  switch (cause.code) {
    case 'sku_inactive':
      return { kind: 'sku', skuId: cause.evidence.skuId };
    case 'product_inactive':
    case 'sku_not_in_trade_policy':
    case 'sku_not_in_collection':
      return { kind: 'product', productId: cause.evidence.productId };
    case 'insufficient_stock':
    case 'negative_inventory':
    case 'out_of_stock_not_sellable':
      return { kind: 'inventory' };
    case 'stock_outside_trade_policy':
    case 'no_dock_for_trade_policy':
      return { kind: 'docks' };
    case 'postal_code_not_covered':
    case 'package_exceeds_carrier_limits':
      return { kind: 'shipping-policies' };
    case 'price_missing_for_trade_policy':
    case 'price_expired_for_trade_policy':
    case 'item_price_differs':
      return { kind: 'prices' };
    case 'price_divergence_rule_missing':
    case 'price_divergence_over_allowance':
      return { kind: 'order-authorization' };
    case 'price_divergence_awaiting_approval':
      return cause.evidence.vtexOrderId
        ? { kind: 'oms-order', orderId: cause.evidence.vtexOrderId }
        : { kind: 'order-authorization' };
    case 'order_already_in_oms':
      return { kind: 'oms-order', orderId: cause.evidence.vtexOrderId };
    case 'trade_policy_not_bound_to_store':
      return { kind: 'trade-policies' };
    default:
      return { kind: 'connections-orders' };
  }
}
