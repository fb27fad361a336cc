import type { BulkReprocessSummary } from '../../../shared/api/bulk-reprocess';
import type { ReprocessSelection } from '../../../shared/api/reprocess';
import { startCoreWorker } from '../jobs/core-worker';
import type { CoreDeps } from '../services/deps';
import { reprocessInPages } from '../services/reprocess-pages';
import type { ReprocessWorkerCommand, ReprocessWorkerData, ReprocessWorkerMessage } from '../workers/reprocess-worker';
import { errorOf } from '../workers/worker-failure';

/** How long the worker waits for another process's write lock on the mirror before answering `busy`. */
const WAIT_FOR_LOCK_MS = 30_000;

/**
 * A bulk reprocess as a job: on a worker thread with its own connection for a mirror file, so the
 * owner's event loop keeps answering reads while thousands of orders are replayed; here for an
 * in-memory mirror (no other connection can reach it) or a gateway the host injected (a worker
 * would not have it). Either way the write queue holds the mirror for the whole run.
 */
export function runBulkReprocess(
  deps: CoreDeps,
  selection: ReprocessSelection,
  options: { signal?: AbortSignal; pageSize?: number } = {}
): Promise<BulkReprocessSummary> {
  if (deps.db.memory || deps.gateway) return reprocessInPages(deps, selection, options);
  const data: ReprocessWorkerData = {
    file: deps.db.name,
    selection,
    now: deps.clock.now().toISOString(),
    busyTimeoutMs: WAIT_FOR_LOCK_MS,
    host: { transport: deps.transport, appVersion: deps.appVersion, actor: deps.actor, demoSnapshotDir: deps.demoSnapshotDir },
    pageSize: options.pageSize
  };
  const worker = startCoreWorker('reprocess-worker', data);
  const cancel = () => worker.postMessage({ kind: 'cancel' } satisfies ReprocessWorkerCommand);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  return new Promise<BulkReprocessSummary>((resolve, reject) => {
    worker.on('message', (message: ReprocessWorkerMessage) => {
      switch (message.kind) {
        case 'event':
          // The worker's events are the contract's own, passed through as they came.
          return deps.events.emit(message.event, message.payload);
        case 'done':
          return resolve(message.summary);
        case 'failed':
          return reject(errorOf(message));
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The reprocess worker stopped (exit code ${code}) before it finished.`)));
  }).finally(() => {
    options.signal?.removeEventListener('abort', cancel);
    void worker.terminate();
  });
}
