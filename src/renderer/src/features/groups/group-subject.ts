import type { CauseGroupView } from '../../../../shared/api/groups';

/** What a group is about, in the agent's words: the cause and the object it sits on. */
export function groupSubject(group: CauseGroupView): string {
  const policy = group.tradePolicyId ? ` · ${group.tradePolicyName ?? group.tradePolicyId}` : '';
  if (group.skuId) return `SKU ${group.skuId}${group.skuName ? ` ${group.skuName}` : ''}${policy}`;
  if (group.dockId) return `${group.dockId}`;
  if (group.shippingPolicyId) return group.shippingPolicyId;
  if (group.tradePolicyId) return `${group.tradePolicyId}${group.tradePolicyName ? ` ${group.tradePolicyName}` : ''}`;
  return group.key.replace(/^[a-z]+:/, '') || '—';
}
