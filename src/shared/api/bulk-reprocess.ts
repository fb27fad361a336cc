import { z } from 'zod';
import { entry } from './contract-entry';
import { selection, type ReprocessSelection, type ReprocessSummary } from './reprocess';

/**
 * What a bulk reprocess did: the counts of a reprocess summary without one outcome per order (a
 * group can hold thousands; its orders are listed in the group). `done` of `total` were reprocessed:
 * fewer when it was cancelled, and the pages already done stay done.
 */
export interface BulkReprocessSummary extends Omit<ReprocessSummary, 'outcomes'> {
  total: number;
  done: number;
  cancelled: boolean;
}

/** The orders a group's pre-check kept (groups/precheck's snapshot): resolved on the host, never sent. */
const groupSnapshot = z.object({ groupSnapshot: z.string().uuid() }).strict();

export type BulkReprocessSelection = ReprocessSelection | z.infer<typeof groupSnapshot>;

export const bulkReprocessContract = {
  /**
   * Reprocesses every order of a selection (a cause group, a group's pre-check snapshot, a list of ids) as a job, in pages, oldest
   * first, with `reprocess/progress` after each page. No cap on how many. Other writes meanwhile are
   * refused as `busy`.
   */
  'reprocess/bulk': entry<BulkReprocessSummary>()(z.union([selection, groupSnapshot])),
  /** Stops the running bulk reprocess after the page it is on. */
  'reprocess/cancel': entry<{ cancelled: boolean }>()(z.object({}).strict())
};
