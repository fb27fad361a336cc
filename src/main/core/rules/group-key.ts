import type { Cause } from '../../../shared/domain/diagnosis';

/**
 * Causes whose object is a SKU *in one trade policy*: the fix itself names the policy (bind the SKU
 * to it, price it there, stock a warehouse it reaches), so two policies are two fixes. Every other
 * SKU cause is about the SKU alone (an inactive SKU is one fix whatever policies its orders came
 * through): its group lists the policies inside instead of splitting by them.
 */
const PER_TRADE_POLICY = new Set<Cause['code']>([
  'sku_not_in_trade_policy',
  'stock_outside_trade_policy',
  'price_missing_for_trade_policy',
  'price_expired_for_trade_policy'
]);

/**
 * The object a cause is about, so orders that share one cause on one object form one group
 * ("sku_inactive on SKU 1003"). Causes about the order itself (a bad CPF, a divergent total) have
 * no shared object: they group by code alone, with an empty key.
 */
export function groupKeyOf(cause: Cause): string {
  switch (cause.code) {
    case 'postal_code_not_covered':
      // One uncovered region, not one house: the CEP's first five digits (its sector).
      return `cep:${cause.evidence.postalCode.replace(/\D/g, '').slice(0, 5)}`;
    case 'package_exceeds_carrier_limits':
      return `skus:${[...cause.evidence.skuIds].sort().join(',')}`;
    case 'carrier_not_mapped_in_erp':
      return `carrier:${cause.evidence.courier.trim().toLowerCase()}`;
    case 'selected_sla_not_offered':
      return `sla:${cause.evidence.selectedSla ?? ''}`;
    case 'no_dock_for_trade_policy':
      return `tp:${cause.evidence.tradePolicyId}`;
    case 'trade_policy_not_bound_to_store':
      return `affiliate:${cause.evidence.affiliateId}`;
    case 'connector_credentials_invalid':
      return `affiliate:${cause.evidence.affiliateId}`;
    default:
      break;
  }
  if (cause.skuId)
    return `sku:${cause.skuId}${cause.tradePolicyId && PER_TRADE_POLICY.has(cause.code) ? `|tp:${cause.tradePolicyId}` : ''}`;
  if (cause.dockId) return `dock:${cause.dockId}`;
  if (cause.shippingPolicyId) return `policy:${cause.shippingPolicyId}`;
  if (cause.warehouseId) return `warehouse:${cause.warehouseId}`;
  if (cause.tradePolicyId) return `tp:${cause.tradePolicyId}`;
  return '';
}
