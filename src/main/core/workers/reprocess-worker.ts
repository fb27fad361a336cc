/**
 * Worker thread of a bulk reprocess: opens its own connection to the mirror file and reprocesses the
 * selection page by page (services/reprocess-pages.ts), posting progress back, so the owner's event
 * loop stays free to answer reads (the owner's connection sees each page once committed, under WAL).
 * A `cancel` message stops it after the page it is on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BulkReprocessSummary } from '../../../shared/api/bulk-reprocess';
import type { ReprocessSelection } from '../../../shared/api/reprocess';
import { openMirror, type Db } from '../db/connection';
import type { EventSink } from '../ports';
import { reprocessInPages } from '../services/reprocess-pages';
import { workerDeps, type WorkerHost } from './worker-deps';
import { failureOf, type WorkerFailure } from './worker-failure';

export interface ReprocessWorkerData {
  file: string;
  selection: ReprocessSelection;
  /** The moment the whole run is judged at (the host's clock when the job was accepted). */
  now: string;
  busyTimeoutMs: number;
  host: WorkerHost;
  pageSize?: number;
}

export type ReprocessWorkerMessage =
  | { kind: 'event'; event: Parameters<EventSink['emit']>[0]; payload: Parameters<EventSink['emit']>[1] }
  | { kind: 'done'; summary: BulkReprocessSummary }
  | WorkerFailure;

export type ReprocessWorkerCommand = { kind: 'cancel' };

const port = parentPort!;
const post = (message: ReprocessWorkerMessage) => port.postMessage(message);

async function run(data: ReprocessWorkerData): Promise<void> {
  const cancel = new AbortController();
  port.on('message', (command: ReprocessWorkerCommand) => {
    if (command.kind === 'cancel') cancel.abort();
  });
  let db: Db | null = null;
  try {
    db = openMirror(data.file, { busyTimeoutMs: data.busyTimeoutMs });
    const deps = workerDeps(data, db, (event, payload) => post({ kind: 'event', event, payload }));
    post({
      kind: 'done',
      summary: await reprocessInPages(deps, data.selection, { signal: cancel.signal, pageSize: data.pageSize })
    });
  } catch (error) {
    post(failureOf(error));
  } finally {
    db?.close();
    port.unref();
  }
}

void run(workerData as ReprocessWorkerData);
