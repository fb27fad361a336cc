import { z } from 'zod';
import type { SimulationResult as LocalSimulation } from '../domain/diagnosis';
import { entry } from './contract-entry';
import { fixRequestSchema, type FixPreview } from './fixes';

type Change = FixPreview['changes'][number];

/** One VTEX call as the audit keeps it: never a header, never a query. */
export interface ConnectedCall {
  method: string;
  path: string;
  status: number | null;
}

/** Where a fix with no public API is made: the Admin's menu path and a link into the account's Admin. */
export interface AdminPlaceLink {
  path: string;
  link: string | null;
}

/** What a connected fix would do, shown with the account name on the confirmation. */
export interface ConnectedFixPreview {
  account: string;
  /** 'api': VTEX's public APIs apply it; 'admin': the agent makes it in the Admin, then marks it done. */
  through: 'api' | 'admin';
  /** The expected change per object, from the mirror as it stands. */
  changes: Change[];
  admin: AdminPlaceLink | null;
}

/** What a connected fix did, object by object: the value is what VTEX returned when read back. */
export interface ConnectedFixOutcome {
  account: string;
  through: 'api' | 'admin';
  changed: (Change & { call: ConnectedCall })[];
  /** Objects already so: nothing was sent for them. */
  unchanged: { entity: string; entityId: string; field: string }[];
  /** Objects VTEX refused (or could not be reached for): their mirror rows are unchanged. */
  failed: { entity: string; entityId: string; field: string; message: string; call: ConnectedCall }[];
  admin: AdminPlaceLink | null;
}

export interface ConnectedFixResult extends ConnectedFixOutcome {
  auditId: number;
  /** Planned changes of the change plan the store confirmed by this fix. */
  plannedDone: number;
  rediagnosed: number;
}

export interface MarkDoneResult {
  account: string;
  /** True when the objects re-read from VTEX show the change made. */
  confirmed: boolean;
  /** What still differs from the fix in the store's answer. */
  pending: Change[];
  plannedDone: number;
}

/** One item's verdict in each simulation. */
export interface VerifyItemDifference {
  skuId: string;
  local: string;
  vtex: string;
}

export interface VerifyResult {
  account: string;
  orderId: number;
  request: {
    salesChannel: string;
    affiliateId: string;
    postalCode: string;
    country: string;
    items: { id: string; quantity: number }[];
  };
  local: LocalSimulation;
  vtex: {
    items: { id: string; availability: string | null; sellingPrice: number | null }[];
    slas: { itemIndex: number; ids: string[] }[];
    messages: { code: string | null; text: string }[];
  };
  /** Items whose availability differs; VTEX's answer is the one that holds. */
  differences: VerifyItemDifference[];
  /** Whether VTEX would sell and deliver every item (what the Verify step shows). */
  vtexIntegrates: boolean;
}

export interface ResendResult {
  orderId: number;
  marketplaceOrderId: string;
  /** SOI001–SOI003 or EOI000–EOI011 as VTEX answered. */
  code: string | null;
  outcome: 'integrated' | 'enqueued' | 'refused';
  message: string;
  call: ConnectedCall;
}

/**
 * The customer's clear values the agent provides to re-send an order from a mirror that masked them
 * (taken from the original payload's clientProfileData); used for that one call, never stored.
 */
export interface ProvidedCustomer {
  email?: string | null;
  phone?: string | null;
  document?: string | null;
  corporateDocument?: string | null;
}

export interface OmsWatchResult {
  /** Marketplace order ids OMS now holds, with the VTEX order id and when the desk saw it. */
  integrated: { marketplaceOrderId: string; vtexOrderId: string; seenAt: string }[];
  waiting: string[];
}

const fix = z.object({ fix: fixRequestSchema }).strict();
const orderId = z.number().int().positive();

export const connectedContract = {
  /** The change a fix would make in the connected account, with the account's name. */
  'connected/preview': entry<ConnectedFixPreview>()(fix),
  /** Applies a fix through VTEX's APIs, reads each object back, mirrors and audits what VTEX returned. */
  'connected/apply': entry<ConnectedFixResult>()(
    z.object({ fix: fixRequestSchema, orderId: orderId.optional(), note: z.string().max(2000).optional() }).strict()
  ),
  /** After a change made in the Admin: re-reads the objects from VTEX and settles the plan when they show it. */
  'connected/mark-done': entry<MarkDoneResult>()(fix),
  /** VTEX's own fulfillment simulation for an order, beside the local one. */
  'connected/verify': entry<VerifyResult>()(z.object({ orderId }).strict()),
  /** Re-sends a Marketplace Protocol order to VTEX and records the result code in its history. */
  'connected/resend': entry<ResendResult>()(
    z
      .object({
        orderId,
        /** Needed when the mirror masked the customer's data: the clear values, checked against the masks. */
        customer: z
          .object({
            email: z.string().max(320).nullable().optional(),
            phone: z.string().max(40).nullable().optional(),
            document: z.string().max(40).nullable().optional(),
            corporateDocument: z.string().max(40).nullable().optional()
          })
          .strict()
          .optional()
      })
      .strict()
  ),
  /** Looks OMS up for marketplace order ids; an order found turns integrated in the queue. */
  'connected/watch': entry<OmsWatchResult>()(
    z.object({ marketplaceOrderIds: z.array(z.string().trim().min(1).max(200)).min(1).max(500) }).strict()
  )
};
