import { z } from 'zod';
import type { AdminPathPart } from '../domain/admin-paths';
import { LOCALE_IDS } from './app';
import type { AdminPlaceLink, ConnectedCall } from './connected';
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
  /** The Admin menu path where the change is made, as language-neutral parts (adminPathText words them). */
  adminPath: AdminPathPart[];
  /** The failed orders this change unblocks. */
  orders: { id: number; marketplaceOrderId: string }[];
  state: PlanChangeState;
  stateAt: string | null;
}

export const PLAN_FORMATS = ['md', 'csv'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** One planned change as the connected account would receive it. */
export interface PlanApplyLine {
  changeId: number;
  fixKind: FixRequestKind;
  object: PlannedChange['object'];
  field: string;
  before: unknown;
  after: unknown;
  adminPath: AdminPathPart[];
  /** The write VTEX's API receives; null when the kind has no public API (made in the Admin). */
  call: { method: string; path: string } | null;
  /** The account's Admin page for a change with no public API. */
  adminLink: string | null;
}

/** What applying the plan would send, shown with the account's name before the agent confirms. */
export interface PlanApplyPreview {
  account: string;
  lines: PlanApplyLine[];
}

/**
 * done: VTEX accepted the write and the value read back is the planned one; not_kept: VTEX accepted
 * it but holds another value; refused: VTEX refused it (the mirror is untouched); admin: no public
 * API, made in the Admin; cancelled: not sent, the agent stopped the batch first.
 */
export const PLAN_APPLY_OUTCOMES = ['done', 'not_kept', 'refused', 'admin', 'cancelled'] as const;
export type PlanApplyOutcome = (typeof PLAN_APPLY_OUTCOMES)[number];

export interface PlanApplyLineResult {
  changeId: number;
  outcome: PlanApplyOutcome;
  /** The change's state now: `done` only when the store confirmed it. */
  state: PlanChangeState;
  call: ConnectedCall | null;
  /** The value VTEX returned when read back (done, not_kept). */
  readBack: unknown;
  /** VTEX's refusal, in the desk's words. */
  message: string | null;
  admin: AdminPlaceLink | null;
}

export interface PlanApplyResult {
  account: string;
  cancelled: boolean;
  lines: PlanApplyLineResult[];
  /** Audit entries written, one per fix sent (changes and refusals apart). */
  auditIds: number[];
  /** Failed orders diagnosed again after the batch. */
  rediagnosed: number;
}

/** Pushed while the plan is applied: one per change handled. */
export interface PlanApplyProgress {
  account: string;
  done: number;
  total: number;
  changeId: number;
  outcome: PlanApplyOutcome;
}

const states = z.array(z.enum(PLAN_STATES)).min(1).max(3);
const changeIds = z.array(z.number().int().positive()).min(1).max(10_000);

export const planContract = {
  /** The change plan, oldest first; by default the changes still planned. */
  'plan/list': entry<{ changes: PlannedChange[] }>()(
    z.object({ states: states.default(['planned']), orderId: z.number().int().positive().optional() }).strict()
  ),
  /** The agent will not make these changes: they leave the checklist (the local copy keeps them until the next import). */
  'plan/discard': entry<{ discarded: number }>()(z.object({ ids: changeIds }).strict()),
  /** The planned changes as a checklist to follow in the Admin (CSV cells safe from formula injection). */
  /** The checklist in the desk's language (its Admin menu paths and prose; the CSV's header stays as is). */
  'plan/export': entry<{ fileName: string; text: string }>()(
    z.object({ format: z.enum(PLAN_FORMATS).default('md'), locale: z.enum(LOCALE_IDS).default('en') }).strict()
  ),
  /** Each planned change (all still planned, or these) as the exact call the connected account would receive. */
  'plan/preview-apply': entry<PlanApplyPreview>()(z.object({ ids: changeIds.optional() }).strict()),
  /** Applies the confirmed planned changes through VTEX's APIs, reads each back and re-diagnoses the orders they unblock (a job). */
  'plan/apply': entry<PlanApplyResult>()(z.object({ ids: changeIds }).strict()),
  /** Stops the running apply after the fix in flight; false when none was running. */
  'plan/cancel-apply': entry<{ cancelled: boolean }>()(z.object({}).strict())
};
