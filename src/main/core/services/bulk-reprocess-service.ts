import type { BulkReprocessSummary } from '../../../shared/api/bulk-reprocess';
import type { ReprocessSelection } from '../../../shared/api/reprocess';
import { runBulkReprocess } from '../writer/bulk-reprocess-job';
import type { CoreDeps } from './deps';

export function createBulkReprocessHandlers(deps: CoreDeps) {
  // The write queue runs one job at a time; this is how `reprocess/cancel` reaches the running one.
  let running: AbortController | null = null;
  return {
    'reprocess/bulk': async (selection: ReprocessSelection): Promise<BulkReprocessSummary> => {
      const cancel = new AbortController();
      running = cancel;
      try {
        return await runBulkReprocess(deps, selection, { signal: cancel.signal });
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
