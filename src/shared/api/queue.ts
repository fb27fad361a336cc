import { z } from 'zod';
import type { CauseCode, ErrorType } from '../domain/error-types';
import type { DiagnosisOutcome } from '../domain/diagnosis';
import type { IntegrationStatus } from '../domain/model';
import { ORDER_STATES, type OrderState, type ResolutionReason } from '../domain/resolution';
import { entry } from './contract-entry';

const id = z.string().trim().min(1).max(200);
const isoDate = z.string().datetime({ offset: true });

/** The queue's filter bar: every field narrows; lists are OR within a field, AND across fields. */
export const queueFilterSchema = z
  .object({
    /** Open (failed, not resolved), resolved, integrated; none listed = every order. The desk opens on open ones. */
    states: z.array(z.enum(ORDER_STATES)).max(ORDER_STATES.length).default(['open']),
    errorTypes: z.array(id).max(50).default([]),
    causes: z.array(id).max(100).default([]),
    affiliates: z.array(id).max(100).default([]),
    tradePolicies: z.array(id).max(100).default([]),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Full text over order id, SKU id/name/RefId, customer and message. */
    search: z.string().max(200).default('')
  })
  .strict();

export type QueueFilter = z.input<typeof queueFilterSchema>;

const DEFAULT_FILTER = {
  states: ['open'],
  errorTypes: [],
  causes: [],
  affiliates: [],
  tradePolicies: [],
  search: ''
} satisfies z.output<typeof queueFilterSchema>;

export const queueSortSchema = z
  .object({ by: z.enum(['age', 'value', 'date']).default('date'), direction: z.enum(['asc', 'desc']).default('desc') })
  .strict();

export type QueueSort = z.input<typeof queueSortSchema>;

/** The cause a row shows in words, with the names an agent recognises. */
export interface QueueCause {
  code: CauseCode;
  skuId: string | null;
  skuName: string | null;
  warehouseId: string | null;
  dockId: string | null;
  shippingPolicyId: string | null;
  tradePolicyId: string | null;
}

export interface QueueRow {
  id: number;
  marketplaceOrderId: string;
  affiliateId: string;
  connectorName: string | null;
  tradePolicyId: string | null;
  integrationStatus: IntegrationStatus;
  /** Null for a pending order that nobody resolved (VTEX is still processing it). */
  state: OrderState | null;
  resolutionReason: ResolutionReason | null;
  message: string | null;
  errorType: ErrorType | null;
  /** The classifier's confidence in `errorType` (see UNCERTAIN_BELOW); null before a diagnosis. */
  confidence: number | null;
  /** The type the evidence points to when the message did not say it (shown as inferred). */
  inferredErrorType: ErrorType | null;
  outcome: DiagnosisOutcome | null;
  topCause: QueueCause | null;
  causeCount: number;
  /** SKUs named by the causes (at fault), else the order's items. */
  skuIds: string[];
  valueCents: number | null;
  createdAt: string | null;
  processedAt: string | null;
  attempts: number;
  /** The local replay judged it would integrate once the planned changes are made (a snapshot mirror): it is not integrated. */
  wouldIntegrate: boolean;
  /** A still planned change of the local copy names this order (the order pane lists it): it waits for it in the Admin. */
  waitsForPlan: boolean;
}

export interface QueuePage {
  total: number;
  /**
   * The total is a floor, shown "1,000+": a search matched more orders than it takes (the newest
   * 1,000), or a filter the kept counts cannot count (two causes, a cause within dates) holds more
   * than 1,000 orders, counted no further.
   */
  atLeast: boolean;
  rows: QueueRow[];
}

export interface FacetValue {
  value: string;
  /** A display name where the value is an id (trade policy name, connector name). */
  label: string | null;
  count: number;
}

/** Counts per filter value; each facet counts with every other filter applied, not its own. */
export interface QueueFacets {
  /**
   * The counts are floors, shown "N+": a search matched more orders than it takes (the newest
   * 1,000, which its counts count), or three causes share orders the counts could not read in time.
   */
  atLeast: boolean;
  states: FacetValue[];
  errorTypes: FacetValue[];
  causes: FacetValue[];
  affiliates: FacetValue[];
  tradePolicies: FacetValue[];
}

export const queueContract = {
  'queue/list': entry<QueuePage>()(
    z
      .object({
        filter: queueFilterSchema.default(DEFAULT_FILTER),
        sort: queueSortSchema.default({ by: 'date', direction: 'desc' }),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        /** The previous page's last order: the page starts right after it, sought instead of skipping `offset` orders. */
        after: z.number().int().optional()
      })
      .strict()
  ),
  'queue/facets': entry<QueueFacets>()(z.object({ filter: queueFilterSchema.default(DEFAULT_FILTER) }).strict()),
  /** The position of an order in the current filter and sort (to keep the list's place). */
  'queue/position': entry<{ index: number | null }>()(
    z.object({ id: z.number().int().positive(), filter: queueFilterSchema, sort: queueSortSchema }).strict()
  )
};
