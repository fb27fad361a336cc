/**
 * Worker thread of a whole diagnosis run asked for through the API (`diagnosis/run` without order
 * ids): opens its own connection to the mirror file and runs the whole run there — the same run, its
 * one transaction and its own page workers — so the host's event loop keeps answering reads, which
 * see the last committed diagnoses until this one commits (WAL). Progress is posted after each batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DiagnosisProgress } from '../../../shared/api/simulation';
import { openMirror } from '../db/connection';
import type { DiagnosisRunSummary } from '../services/diagnosis-runner';
import { finishDiagnosis } from '../writer/mirror-jobs';

export interface DiagnosisJobWorkerData {
  file: string;
  /** The run's "now", as an ISO string. */
  now: string;
  /** How long to wait for another process's write lock on the file. */
  busyTimeoutMs: number;
}

export type DiagnosisJobMessage =
  | { kind: 'progress'; progress: DiagnosisProgress }
  | { kind: 'done'; summary: DiagnosisRunSummary }
  | { kind: 'failed'; message: string };

const port = parentPort!;
const post = (message: DiagnosisJobMessage) => port.postMessage(message);

function run({ file, now, busyTimeoutMs }: DiagnosisJobWorkerData): void {
  try {
    const db = openMirror(file, { busyTimeoutMs });
    try {
      const summary = finishDiagnosis(db, new Date(now), (progress) => post({ kind: 'progress', progress }));
      post({ kind: 'done', summary });
    } finally {
      db.close();
    }
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    port.unref();
  }
}

run(workerData as DiagnosisJobWorkerData);
