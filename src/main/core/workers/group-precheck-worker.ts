/**
 * Worker thread of a group's pre-check: opens its own connection to the mirror file, takes the
 * group's orders (or the snapshot's the host passed) and walks them as the reprocess would
 * (services/reprocess-precheck.ts), posting how far it got, so the host's event loop keeps
 * answering while a group of thousands is judged (about 1.5 ms an order). Nothing is written. The
 * host stops it by terminating the thread: the walk is synchronous and holds nothing to undo.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openMirror, type Db } from '../db/connection';
import { walkGroup, type GroupPrecheckInput, type GroupWalk } from '../services/group-precheck-walk';
import { workerDeps, type WorkerHost } from './worker-deps';
import { failureOf, type WorkerFailure } from './worker-failure';

export interface GroupPrecheckWorkerData {
  file: string;
  input: GroupPrecheckInput;
  /** The moment the walk judges at (the host's clock when it was asked). */
  now: string;
  busyTimeoutMs: number;
  host: WorkerHost;
}

export type GroupPrecheckWorkerMessage =
  { kind: 'progress'; done: number; total: number } | ({ kind: 'done' } & GroupWalk) | WorkerFailure;

const port = parentPort!;
const post = (message: GroupPrecheckWorkerMessage) => port.postMessage(message);

function run(data: GroupPrecheckWorkerData): void {
  let db: Db | null = null;
  try {
    db = openMirror(data.file, { busyTimeoutMs: data.busyTimeoutMs });
    // The walk writes nothing, so it has no events of its own to pass on.
    const deps = workerDeps(data, db, () => undefined);
    const walk = walkGroup(deps, data.input, (done, total) => post({ kind: 'progress', done, total }));
    post({ kind: 'done', ...walk });
  } catch (error) {
    post(failureOf(error));
  } finally {
    db?.close();
    port.unref();
  }
}

run(workerData as GroupPrecheckWorkerData);
