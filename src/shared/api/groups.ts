import { z } from 'zod';
import type { FixSuggestion } from '../domain/diagnosis';
import type { CauseCode } from '../domain/error-types';
import { entry } from './contract-entry';
import type { ReprocessPrecheck } from './reprocess';

/** A trade policy (VTEX's sales channel) by its name in the mirror, the id beside it (null when the mirror lacks it). */
export interface NamedTradePolicy {
  id: string;
  name: string | null;
}

/** Orders that share one cause on one object: fix once, reprocess them all. */
export interface CauseGroupView {
  code: CauseCode;
  key: string;
  orderCount: number;
  valueAtStakeCents: number;
  /** The group's first order (by id): its cause stands for the group's fix. The orders themselves are paged (groups/orders). */
  sampleOrderId: number;
  skuId: string | null;
  skuName: string | null;
  productId: string | null;
  tradePolicyId: string | null;
  tradePolicyName: string | null;
  /** Every trade policy and marketplace (affiliate id) the group's orders came through: listed, not split by. */
  tradePolicies: NamedTradePolicy[];
  affiliateIds: string[];
  dockId: string | null;
  shippingPolicyId: string | null;
  warehouseId: string | null;
  /** The fix the first order's cause suggests (the same object, so the same fix). */
  fix: FixSuggestion;
  /** Evidence of one order of the group, to show what the cause looks like. */
  sampleEvidence: Record<string, unknown>;
}

/** How the groups list is ordered: most orders first, or most value at stake first (ties by the other, then code and key). */
export type GroupSort = 'orders' | 'value';

/** Where a page ends: the last group's sort values and identity (keyset pagination; survives groups changing in between). */
export interface GroupCursor {
  orderCount: number;
  valueAtStakeCents: number;
  code: string;
  key: string;
}

export interface GroupPage {
  groups: CauseGroupView[];
  /** How many groups match the filter, over every page. */
  total: number;
  /** Pass as `after` for the next page; null on the last one. */
  next: GroupCursor | null;
  /** Every cause with groups and how many, whatever the filter: the cause filter's choices. */
  causes: { code: CauseCode; groups: number }[];
}

export interface GroupOrderPage {
  orders: { id: number; marketplaceOrderId: string }[];
  /** Pass as `afterId` for the next page; null on the last one. */
  next: number | null;
}

/**
 * A group's pre-check, with the snapshot of the orders it walked: the group as it was when opened.
 * The re-check after a fix and the bulk reprocess name the snapshot, not the orders (a fix
 * re-diagnoses them out of the group, and a group can hold more ids than a request may carry).
 */
export interface GroupPrecheck extends ReprocessPrecheck {
  snapshot: string;
}

/** How far a group's pre-check has walked (it runs on a worker: about 1.5 ms an order). */
export interface GroupPrecheckProgress {
  cause: string;
  key: string;
  done: number;
  total: number;
}

const cursor = z
  .object({
    orderCount: z.number().int().min(0),
    valueAtStakeCents: z.number().int(),
    code: z.string().max(100),
    key: z.string().max(500)
  })
  .strict();

export const groupsContract = {
  /** One page of the cause groups, in the chosen order, optionally of one cause (and one key: that group alone); no cap on how many pages. */
  'groups/list': entry<GroupPage>()(
    z
      .object({
        cause: z.string().min(1).max(100).optional(),
        key: z.string().max(500).optional(),
        sort: z.enum(['orders', 'value']).default('orders'),
        after: cursor.optional(),
        limit: z.number().int().min(1).max(500).default(100)
      })
      .strict()
  ),
  /** One page of a group's open orders, by the desk's id. */
  'groups/orders': entry<GroupOrderPage>()(
    z
      .object({
        cause: z.string().min(1).max(100),
        key: z.string().max(500),
        afterId: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200)
      })
      .strict()
  ),
  /**
   * What a reprocess of the group would do now, off the host's thread, with `groups/precheck-progress`
   * as it walks. Without `snapshot` it takes the group's open orders now and keeps them under a new
   * snapshot; with one, it walks that snapshot's orders again (after a fix). A newer pre-check, or
   * `groups/precheck-cancel`, stops the one running (answered `conflict`).
   */
  'groups/precheck': entry<GroupPrecheck>()(
    z
      .object({
        cause: z.string().min(1).max(100),
        key: z.string().max(500),
        snapshot: z.string().uuid().optional()
      })
      .strict()
  ),
  /** Stops the running group pre-check. */
  'groups/precheck-cancel': entry<{ cancelled: boolean }>()(z.object({}).strict())
};
