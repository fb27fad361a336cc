import { startCoreWorker } from '../jobs/core-worker';
import type { GroupPrecheckWorkerData, GroupPrecheckWorkerMessage } from '../workers/group-precheck-worker';
import { errorOf } from '../workers/worker-failure';
import type { CoreDeps } from './deps';
import { walkGroup, type GroupPrecheckInput, type GroupWalk } from './group-precheck-walk';

/** How long the worker's connection waits for another process's write lock before answering `busy`. */
const WAIT_FOR_LOCK_MS = 30_000;

/**
 * Groups up to this size are walked on the host: about 1.5 ms an order keeps it under ~150 ms,
 * less than starting a worker and opening a connection costs (seconds when run from the sources).
 */
export const INLINE_UP_TO = 100;

/**
 * A group's pre-check off the host's thread: on a worker with its own connection for a mirror file
 * (a 5,000-order group takes several seconds to walk); inline for a small group (`size`, when known),
 * an in-memory mirror (no other connection can reach it) or a gateway the host injected (a worker
 * would not have it). An abort terminates the worker; the promise then rejects with `reason`.
 */
export function runGroupPrecheck(
  deps: CoreDeps,
  input: GroupPrecheckInput,
  options: { size: number | null; signal: AbortSignal; onProgress: (done: number, total: number) => void }
): Promise<GroupWalk> {
  const small = options.size !== null && options.size <= INLINE_UP_TO;
  if (small || deps.db.memory || deps.gateway) return Promise.resolve().then(() => walkGroup(deps, input, options.onProgress));
  const data: GroupPrecheckWorkerData = {
    file: deps.db.name,
    input,
    now: deps.clock.now().toISOString(),
    busyTimeoutMs: WAIT_FOR_LOCK_MS,
    host: { transport: deps.transport, appVersion: deps.appVersion, actor: deps.actor, demoSnapshotDir: deps.demoSnapshotDir }
  };
  const worker = startCoreWorker('group-precheck-worker', data);
  return new Promise<GroupWalk>((resolve, reject) => {
    const stop = () => reject(options.signal.reason);
    if (options.signal.aborted) return stop();
    options.signal.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: GroupPrecheckWorkerMessage) => {
      if (message.kind === 'progress') options.onProgress(message.done, message.total);
      else if (message.kind === 'done') resolve({ precheck: message.precheck, orderIds: message.orderIds });
      else reject(errorOf(message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The pre-check worker stopped (exit code ${code}) before it finished.`)));
  }).finally(() => void worker.terminate());
}
