import type { BulkReprocessSelection, BulkReprocessSummary } from '../../../shared/api/bulk-reprocess';
import { runBulkReprocess } from '../writer/bulk-reprocess-job';
import type { CoreDeps } from './deps';
import type { GroupSnapshots } from './group-precheck-snapshots';

export function createBulkReprocessHandlers(deps: CoreDeps, snapshots: GroupSnapshots) {
  // The write queue runs one job at a time; this is how `reprocess/cancel` reaches the running one.
  let running: AbortController | null = null;
  return {
    'reprocess/bulk': async (selection: BulkReprocessSelection): Promise<BulkReprocessSummary> => {
      const cancel = new AbortController();
      running = cancel;
      try {
        // A group's snapshot becomes its ids here, on the host: the worker receives them as its data, with no size cap.
        const orders =
          'groupSnapshot' in selection ? { orderIds: snapshots.orderIds(deps.db, selection.groupSnapshot) } : selection;
        return await runBulkReprocess(deps, orders, { signal: cancel.signal });
      } finally {
        if (running === cancel) running = null;
      }
    },
    'reprocess/cancel': (): { cancelled: boolean } => {
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    }
  };
}
