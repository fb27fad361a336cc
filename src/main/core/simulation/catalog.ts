import type { InactiveReason } from '../../../shared/domain/diagnosis';
import type { Sku } from '../../../shared/domain/model';
import type { StoreData } from '../model/store-data';

/**
 * Why the trade policy does not sell the SKU, in the order the catalog is fixed. The collection
 * restriction can only be judged when the mirror holds the trade policy's record.
 */
export function inactiveReasons(store: StoreData, sku: Sku, tradePolicyId: string | null): InactiveReason[] {
  const reasons: InactiveReason[] = [];
  if (!sku.isActive) reasons.push('sku_inactive');
  if (!sku.isProductActive) reasons.push('product_inactive');
  if (tradePolicyId === null) return reasons;
  if (!sku.tradePolicyIds.includes(tradePolicyId)) reasons.push('not_in_trade_policy');
  const collectionId = store.tradePolicies.get(tradePolicyId)?.productClusterId ?? null;
  if (collectionId !== null && !(collectionId in sku.collections)) reasons.push('not_in_collection');
  return reasons;
}
