import { z } from 'zod';
import type { Diagnosis, SimulationResult, StockBlocker } from '../domain/diagnosis';
import type { CauseCode } from '../domain/error-types';
import { entry } from './contract-entry';
import type { PlannedChange } from './plan';

/** Units of one SKU an integrated order holds in one warehouse (its reserved quantity grows by them). */
export interface StockReservation {
  skuId: string;
  warehouseId: string;
  units: number;
}

export interface ReprocessOutcome {
  orderId: number;
  marketplaceOrderId: string;
  /**
   * succeeded: the store integrated it. would_integrate: every check passes on the local copy, so it
   * would integrate once the planned changes it needs are made in the store and it is reprocessed
   * there; nothing reached VTEX, and it still counts as failed.
   */
  result: 'succeeded' | 'would_integrate' | 'still_failing' | 'skipped_duplicate' | 'skipped_not_failed';
  /** The planned changes (ids in the summary's list) a would-integrate order waits for. */
  plannedChangeIds: number[];
  /** The new VTEX order id when the store integrated the order. */
  vtexOrderId: string | null;
  /** The message VTEX would give, in VTEX's wording, when it still fails. */
  message: string | null;
  causes: CauseCode[];
  /** The stock the integrated order reserved (empty when it failed, or its stock is unlimited). */
  reserved: StockReservation[];
}

/**
 * The order a bulk reprocess and its pre-check walk the orders in, each order seeing the stock the
 * ones before it took: oldest first (the marketplace's creation date, then the desk's id; orders
 * without a date last).
 */
export type ReprocessOrder = 'oldest_first';

export interface ReprocessSummary {
  order: ReprocessOrder;
  /** True when the replay ran on a copy (a snapshot mirror): nothing can have integrated. */
  localCopy: boolean;
  succeeded: number;
  wouldIntegrate: number;
  /** The planned changes the would-integrate orders wait for. */
  plannedChanges: PlannedChange[];
  stillFailing: number;
  skipped: number;
  outcomes: ReprocessOutcome[];
  /** Still failing, counted per cause. */
  stillFailingByCause: Record<string, number>;
}

/** Units still missing in one warehouse for the orders that would not integrate for want of stock. */
export interface StockShortfall {
  skuId: string;
  skuName: string | null;
  warehouseId: string;
  warehouseName: string | null;
  units: number;
  /** The warehouse's total quantity that would cover them: what a fix for the whole group sets. */
  totalQuantity: number;
  /** What holds the SKU's stock elsewhere back from the trade policy, and the units removing it frees: the fix to offer first. */
  unblock?: StockBlocker;
}

/** A dry run: what a reprocess would do now, without changing anything. */
export interface ReprocessPrecheck {
  order: ReprocessOrder;
  localCopy: boolean;
  total: number;
  wouldSucceed: number;
  /** The planned changes the orders that would succeed wait for (none: they would integrate as the store is). */
  plannedChanges: PlannedChange[];
  wouldFail: number;
  duplicates: number;
  failingByCause: Record<string, number>;
  /** Stock the failing orders still lack after the ones before them took theirs, per SKU × warehouse. */
  shortfalls: StockShortfall[];
}

/** One order judged as the replay would judge it now: the verdict Verify shows. */
export interface ReprocessVerdict {
  orderId: number;
  result: 'would_integrate' | 'would_fail' | 'duplicate' | 'not_failed';
  /** What VTEX would answer when it would fail. */
  message: string | null;
  /** The diagnosis the verdict rests on (after the attempt, when it would fail). */
  diagnosis: Diagnosis | null;
  /** The order's own fulfillment simulation (null without a postal code). */
  simulation: SimulationResult | null;
  /** What integrating it would reserve. */
  reserved: StockReservation[];
  /** True when judged on a copy (a snapshot mirror). */
  localCopy: boolean;
  /** The planned changes it waits for when it would integrate. */
  plannedChanges: PlannedChange[];
}

export interface ReprocessProgress {
  done: number;
  total: number;
  succeeded: number;
  wouldIntegrate: number;
  stillFailing: number;
}

const orderIds = z.array(z.number().int().positive()).min(1).max(1_000_000);

/** Which orders: the desk's ids, marketplace order ids, or every order of a cause group (bulk-reprocess.ts uses it too). */
export const selection = z.union([
  z.object({ orderIds }).strict(),
  z.object({ marketplaceOrderIds: z.array(z.string().trim().min(1).max(200)).min(1).max(1_000_000) }).strict(),
  z.object({ cause: z.string().min(1).max(100), key: z.string().max(500).optional() }).strict()
]);

export type ReprocessSelection = z.infer<typeof selection>;

export const reprocessContract = {
  /** A replay of VTEX's integration checks (on a snapshot mirror: what would integrate); never for orders OMS holds. */
  'reprocess/run': entry<ReprocessSummary>()(selection),
  'reprocess/precheck': entry<ReprocessPrecheck>()(selection),
  /** The replay's verdict on one order, without changing anything. */
  'reprocess/verify': entry<ReprocessVerdict>()(z.object({ orderId: z.number().int().positive() }).strict())
};
