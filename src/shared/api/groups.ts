import { z } from 'zod';
import type { FixSuggestion } from '../domain/diagnosis';
import type { CauseCode } from '../domain/error-types';
import { entry } from './contract-entry';

/** Orders that share one cause on one object: fix once, reprocess them all. */
export interface CauseGroupView {
  code: CauseCode;
  key: string;
  orderCount: number;
  valueAtStakeCents: number;
  orderIds: number[];
  /** The same orders' marketplace order ids, in the same order (what the agent knows them by). */
  marketplaceOrderIds: string[];
  skuId: string | null;
  skuName: string | null;
  productId: string | null;
  tradePolicyId: string | null;
  tradePolicyName: string | null;
  /** Every trade policy and marketplace (affiliate id) the group's orders came through: listed, not split by. */
  tradePolicyIds: string[];
  affiliateIds: string[];
  dockId: string | null;
  shippingPolicyId: string | null;
  warehouseId: string | null;
  /** The fix the first order's cause suggests (the same object, so the same fix). */
  fix: FixSuggestion;
  /** Evidence of one order of the group, to show what the cause looks like. */
  sampleEvidence: Record<string, unknown>;
}

export const groupsContract = {
  'groups/list': entry<CauseGroupView[]>()(z.object({ limit: z.number().int().min(1).max(5000).default(500) }).strict())
};
