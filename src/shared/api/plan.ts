import { z } from 'zod';
import type { FixRequestKind } from './fixes';
import { entry } from './contract-entry';

/** planned: made in the local copy only; done: the store confirmed it; discarded: the agent dropped it. */
export const PLAN_STATES = ['planned', 'done', 'discarded'] as const;
export type PlanChangeState = (typeof PLAN_STATES)[number];

/**
 * A change a fix made to a snapshot mirror only: what the agent still has to make in the VTEX Admin
 * (or a connected account has to confirm) before the orders it unblocks can integrate.
 */
export interface PlannedChange {
  id: number;
  createdAt: string;
  /** Who planned it: the agent's name from Settings, else the OS user. */
  agent: string;
  fixKind: FixRequestKind;
  object: { kind: string; id: string; name: string | null };
  /** The field as the Admin labels it. */
  field: string;
  before: unknown;
  after: unknown;
  /** The Admin menu path where the change is made. */
  adminPath: string;
  /** The failed orders this change unblocks. */
  orders: { id: number; marketplaceOrderId: string }[];
  state: PlanChangeState;
  stateAt: string | null;
}

export const PLAN_FORMATS = ['md', 'csv'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

const states = z.array(z.enum(PLAN_STATES)).min(1).max(3);

export const planContract = {
  /** The change plan, oldest first; by default the changes still planned. */
  'plan/list': entry<{ changes: PlannedChange[] }>()(
    z.object({ states: states.default(['planned']), orderId: z.number().int().positive().optional() }).strict()
  ),
  /** The agent will not make these changes: they leave the checklist (the local copy keeps them until the next import). */
  'plan/discard': entry<{ discarded: number }>()(
    z.object({ ids: z.array(z.number().int().positive()).min(1).max(10_000) }).strict()
  ),
  /** The planned changes as a checklist to follow in the Admin (CSV cells safe from formula injection). */
  'plan/export': entry<{ fileName: string; text: string }>()(z.object({ format: z.enum(PLAN_FORMATS).default('md') }).strict())
};
