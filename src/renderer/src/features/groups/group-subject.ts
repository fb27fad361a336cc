import type { CauseGroupView } from '../../../../shared/api/groups';

/** A trade policy by its sales channel name, the id after it; the id alone when the mirror has no name. */
function policyName(group: CauseGroupView): string {
  return group.tradePolicyName ? `${group.tradePolicyName} (${group.tradePolicyId})` : (group.tradePolicyId ?? '');
}

/** What a group is about, in the agent's words: the cause and the object it sits on. */
export function groupSubject(group: CauseGroupView): string {
  const policy = group.tradePolicyId ? ` · ${policyName(group)}` : '';
  if (group.skuId) return `SKU ${group.skuId}${group.skuName ? ` ${group.skuName}` : ''}${policy}`;
  if (group.dockId) return `${group.dockId}`;
  if (group.shippingPolicyId) return group.shippingPolicyId;
  if (group.tradePolicyId) return policyName(group);
  return group.key.replace(/^[a-z]+:/, '') || '—';
}
