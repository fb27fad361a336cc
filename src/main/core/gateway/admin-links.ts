import type { FixRequest } from '../../../shared/api/fixes';
import { checkAccountName } from '../vtex/config';

/*
 * The Admin page of a connected account where a fix with no public API is made (the same module
 * pages the wizard's "Open in the VTEX Admin" uses), so the fix ends one click from its screen.
 * Null for a change made outside VTEX (the ERP's carriers) or an account name that is not one.
 */
function pathOf(fix: FixRequest): string | null {
  switch (fix.kind) {
    case 'update_inventory':
    case 'set_infinite_inventory':
      return '/admin/logistics/#/inventory';
    case 'activate_sku':
      return `/admin/Site/SkuForm.aspx?IdSku=${encodeURIComponent(fix.skuIds[0])}`;
    case 'activate_product':
      return `/admin/Site/ProdutoForm.aspx?id=${encodeURIComponent(fix.productIds[0])}`;
    case 'associate_trade_policy':
    case 'add_to_collection':
      return `/admin/Site/ProdutoForm.aspx?id=${encodeURIComponent(fix.productId)}`;
    case 'link_dock_trade_policy':
    case 'activate_dock':
      return '/admin/logistics/#/loading-docks';
    case 'activate_shipping_policy':
      return '/admin/shipping-strategy/shipping-policies';
    case 'set_price':
    case 'renew_price':
      return '/admin/pricing';
    case 'add_divergence_rule':
      return '/admin/orders-settings/authorization';
    case 'register_erp_carrier':
    case 'xml_show_out_of_stock':
      return null;
  }
}

export function adminLinkOf(account: string, fix: FixRequest): string | null {
  const path = pathOf(fix);
  if (path === null) return null;
  try {
    return `https://${checkAccountName(account).toLowerCase()}.myvtex.com${path}`;
  } catch {
    return null;
  }
}
