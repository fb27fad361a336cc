import type { CauseGroupView } from '../../../shared/api/groups';
import type { Db } from '../db/connection';
import { listCauseGroups } from '../db/repositories/diagnosis-repository';
import { readGroupDetails } from '../db/repositories/group-repository';
import { cachedPerGeneration } from '../db/repositories/queue-cache';
import type { CoreDeps } from './deps';

/** How many order ids a group carries to the UI (enough to reprocess a group in one go). */
const ORDER_IDS_PER_GROUP = 1000;

/**
 * Cause groups, largest first, with the names and the fix an agent needs to act on each once.
 * Cached per mirror generation (queue-cache.ts): grouping every cause took about a second at 1M
 * orders, and the groups only change when an order, a diagnosis or the store is written.
 */
export function listGroupViews(db: Db, limit: number): CauseGroupView[] {
  return cachedPerGeneration(db, `groups ${limit}`, () => computeGroupViews(db, limit));
}

function computeGroupViews(db: Db, limit: number): CauseGroupView[] {
  return listCauseGroups(db, { limit, orderIdsPerGroup: ORDER_IDS_PER_GROUP }).map((group) => {
    const details = readGroupDetails(db, { ...group, sampleOrderId: group.orderIds[0] ?? null });
    return {
      code: group.code,
      key: group.key,
      orderCount: group.orderCount,
      valueAtStakeCents: group.valueAtStakeCents,
      orderIds: group.orderIds,
      marketplaceOrderIds: group.marketplaceOrderIds,
      skuId: group.skuId,
      skuName: details.skuName,
      productId: details.productId,
      tradePolicyId: group.tradePolicyId,
      tradePolicyName: details.tradePolicyName,
      tradePolicyIds: group.tradePolicyIds,
      affiliateIds: group.affiliateIds,
      dockId: group.dockId,
      shippingPolicyId: group.shippingPolicyId,
      warehouseId: group.warehouseId,
      fix: details.fix,
      sampleEvidence: details.sampleEvidence
    };
  });
}

export function createGroupHandlers(deps: CoreDeps) {
  return {
    'groups/list': ({ limit }: { limit: number }): CauseGroupView[] => listGroupViews(deps.db, limit)
  };
}
