/**
 * Worker thread of a whole diagnosis run asked for through the API (`diagnosis/run` without order
 * ids): opens its own connection to the mirror file and runs the whole run there — the same run, its
 * one transaction and its own page workers — so the host's event loop keeps answering reads, which
 * see the last committed diagnoses until this one commits (WAL). Progress is posted after each batch.
 * The connection starts with the host's reading of the store when the host had a current one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DiagnosisProgress } from '../../../shared/api/simulation';
import type { StoreReading } from '../db/repositories/store-data-repository';
import type { DiagnosisRunSummary } from '../services/diagnosis-runner';
import { diagnoseMirrorFile } from '../writer/diagnosis-job';

export interface DiagnosisJobWorkerData {
  file: string;
  /** The run's "now", as an ISO string. */
  now: string;
  /** How long to wait for another process's write lock on the file. */
  busyTimeoutMs: number;
  /**
   * The host's reading of the store, still current when the job started (a clone: about 2 MB at
   * 100k orders, taken in tens of ms where reading the store again takes seconds at a million);
   * absent when the host had none. The run reads the store again if it changed in between.
   */
  store?: StoreReading;
}

export type DiagnosisJobMessage =
  | { kind: 'progress'; progress: DiagnosisProgress }
  | { kind: 'done'; summary: DiagnosisRunSummary }
  | { kind: 'failed'; message: string };

const port = parentPort!;
const post = (message: DiagnosisJobMessage) => port.postMessage(message);

function run(data: DiagnosisJobWorkerData): void {
  try {
    const summary = diagnoseMirrorFile(data, (progress) => post({ kind: 'progress', progress }));
    post({ kind: 'done', summary });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    port.unref();
  }
}

run(workerData as DiagnosisJobWorkerData);
