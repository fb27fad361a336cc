import type { FixReach, FixRequest, FixRequestKind } from '../../../shared/api/fixes';
import type { Db } from '../db/connection';
import { distinctSkuCount } from '../db/repositories/order-reach-repository';

/**
 * Fixes that change a record shared beyond one order's own SKU, price or stock: a store setting
 * (VTEX applies a Price Divergence rule to every marketplace), the ERP's carriers, an XML feed, or
 * the logistics every SKU ships through.
 */
const SHARED: ReadonlySet<FixRequestKind> = new Set<FixRequestKind>([
  'add_divergence_rule',
  'register_erp_carrier',
  'xml_show_out_of_stock',
  'activate_dock',
  'link_dock_trade_policy',
  'activate_shipping_policy'
]);

/** How far a fix reaches, said before it is applied: a shared record or not, and the SKUs of the failed orders it concerns. */
export function fixReach(db: Db, fix: FixRequest, affectedOrderIds: readonly number[]): FixReach {
  return { shared: SHARED.has(fix.kind), skuCount: distinctSkuCount(db, affectedOrderIds) };
}
