import { z } from 'zod';
import { entry } from './contract-entry';

/** The kinds a sync brings, in the order it brings them (freight values need the shipping policies). */
export const SYNC_KINDS = [
  'sales-channels',
  'affiliates',
  'docks',
  'warehouses',
  'shipping-policies',
  'freight-values',
  'skus',
  'inventory',
  'prices',
  'oms-orders'
] as const;

export type SyncKind = (typeof SYNC_KINDS)[number];

/** `targeted`: the SKUs the failed orders name; `full`: every SKU the catalog lists. */
export const SYNC_MODES = ['targeted', 'full'] as const;

export type SyncMode = (typeof SYNC_MODES)[number];

export interface SyncKindAge {
  kind: SyncKind;
  /** When this kind was last brought from VTEX into this mirror; null: never (it is the snapshot's). */
  syncedAt: string | null;
}

export interface SyncStatus {
  /** The account a sync would read, or null when none is connected. */
  account: string | null;
  running: boolean;
  kinds: SyncKindAge[];
  /** Where the last OMS incremental sync stopped. */
  omsSyncedUntil: string | null;
}

/**
 * Pushed while a sync runs: a kind being fetched, applied, resumed or failed; OMS windows by date;
 * a full sync's listing of the catalog's SKU ids (kind `skus`, done = ids listed so far).
 */
export interface SyncProgress {
  account: string;
  kind: SyncKind;
  phase: 'listing' | 'fetching' | 'applied' | 'resumed' | 'failed' | 'window';
  done: number;
  total: number;
}

/** What the re-diagnosis of the failed orders found after the sync. */
export interface SyncChanges {
  rediagnosed: number;
  /** Orders whose checks found a cause before and find none now. */
  nowPassing: number;
  /** Orders that passed every check before and now show a cause. */
  nowFailing: number;
  /** Orders still with a cause, but another top cause. */
  causeChanged: number;
}

export interface SyncSummary {
  account: string;
  mode: SyncMode;
  /** A full sync's listing: SKU ids the catalog listed, and the page an interrupted listing resumed after. */
  listing: { listed: number; resumedAfterPage: number | null } | null;
  /** The run stopped on request; what it applied is kept and the next run resumes after it. */
  cancelled: boolean;
  applied: Partial<Record<SyncKind, number>>;
  missing: Partial<Record<SyncKind, number>>;
  /** Kinds that failed (the mirror keeps their previous data), with the reason in words. */
  failed: Partial<Record<SyncKind, { reason: string; message: string }>>;
  resumed: SyncKind[];
  /** The OMS incremental sync by creation date, when `since` was given. */
  incremental: { orders: number; windows: number; resumedFrom: string | null } | null;
  changes: SyncChanges;
}

export const syncContract = {
  'sync/status': entry<SyncStatus>()(z.object({}).strict()),
  /**
   * Brings the requested kinds (all by default) for what the mirror's failed orders name — or, in
   * `full` mode, for every SKU the catalog lists — and with `since` every OMS order created from then
   * on; then re-diagnoses the failed orders.
   */
  'sync/run': entry<SyncSummary>()(
    z
      .object({
        mode: z.enum(SYNC_MODES).optional(),
        kinds: z.array(z.enum(SYNC_KINDS)).min(1).optional(),
        since: z.string().datetime({ offset: true }).optional()
      })
      .strict()
  ),
  /** Stops the running sync after the call in flight; false when none was running. */
  'sync/cancel': entry<{ cancelled: boolean }>()(z.object({}).strict())
};
