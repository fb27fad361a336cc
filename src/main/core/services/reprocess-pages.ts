import type { BulkReprocessSummary } from '../../../shared/api/bulk-reprocess';
import type { ReprocessSelection } from '../../../shared/api/reprocess';
import type { PlannedChange } from '../../../shared/api/plan';
import { gatewayOf } from '../gateway';
import type { EventSink } from '../ports';
import type { CoreDeps } from './deps';
import { reprocessOrders } from './reprocess-service';
import { selectOrders } from './reprocess-selection';

/**
 * Orders per page of a bulk reprocess: one transaction and one progress report each, and the point
 * where a cancel is heard. Small enough that progress moves every second or so at a few thousand
 * orders, large enough that reading the store again for each page does not dominate.
 */
export const BULK_PAGE = 100;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function emptySummary(total: number, localCopy: boolean): BulkReprocessSummary {
  return {
    order: 'oldest_first',
    localCopy,
    succeeded: 0,
    wouldIntegrate: 0,
    stillFailing: 0,
    skipped: 0,
    plannedChanges: [],
    stillFailingByCause: {},
    total,
    done: 0,
    cancelled: false
  };
}

/**
 * Reprocesses every order of the selection, oldest first, a page at a time: each page is one
 * `reprocessOrders` run over the orders the whole selection put in that place, so each order still
 * sees the stock the ones before it took (their holds and reservations are committed). Progress
 * counts the whole selection ("1,250 of 4,675"); the mirror is announced changed once, at the end.
 * A cancel is heard between pages: the pages done stay done, and the summary says how far it got.
 */
export async function reprocessInPages(
  deps: CoreDeps,
  selection: ReprocessSelection,
  options: { signal?: AbortSignal; pageSize?: number } = {}
): Promise<BulkReprocessSummary> {
  const ids = selectOrders(deps, selection);
  const pageSize = Math.max(1, options.pageSize ?? BULK_PAGE);
  const now = deps.clock.now();
  const summary = emptySummary(ids.length, !gatewayOf(deps).reachesStore);
  const planned = new Map<number, PlannedChange>();
  let changed = false;
  // Each page reports its own progress and change: translated here into the selection's.
  const pageEvents: EventSink = {
    emit: (event, payload) => {
      if (event === 'mirror/changed') changed = true;
      else if (event !== 'reprocess/progress') deps.events.emit(event, payload);
    }
  };
  const pageDeps: CoreDeps = { ...deps, events: pageEvents, clock: { now: () => now } };
  try {
    for (let start = 0; start < ids.length; start += pageSize) {
      // A turn of the event loop between pages: a cancel (a worker message, an API call) is heard here.
      if (start > 0) await nextTurn();
      if (options.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      const page = await reprocessOrders(pageDeps, ids.slice(start, start + pageSize), { batchSize: pageSize });
      summary.done += page.outcomes.length;
      summary.succeeded += page.succeeded;
      summary.wouldIntegrate += page.wouldIntegrate;
      summary.stillFailing += page.stillFailing;
      summary.skipped += page.skipped;
      for (const [cause, n] of Object.entries(page.stillFailingByCause))
        summary.stillFailingByCause[cause] = (summary.stillFailingByCause[cause] ?? 0) + n;
      for (const change of page.plannedChanges) planned.set(change.id, change);
      const { done, total, succeeded, wouldIntegrate, stillFailing } = summary;
      deps.events.emit('reprocess/progress', { done, total, succeeded, wouldIntegrate, stillFailing });
    }
  } finally {
    if (changed) deps.events.emit('mirror/changed', { reason: 'reprocess' });
  }
  summary.plannedChanges = [...planned.values()].sort((a, b) => a.id - b.id);
  return summary;
}
