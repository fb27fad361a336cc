import type { DiagnosisProgress } from '../../../shared/api/simulation';
import { openMirror, type Db } from '../db/connection';
import { adoptStoreReading, currentStoreReading } from '../db/repositories/store-data-repository';
import { startCoreWorker } from '../jobs/core-worker';
import { DIAGNOSIS_THREAD_LIMITS } from '../services/diagnosis-pipeline';
import type { DiagnosisRunSummary } from '../services/diagnosis-runner';
import type { DiagnosisJobMessage, DiagnosisJobWorkerData } from '../workers/diagnosis-job-worker';
import { finishDiagnosis } from './mirror-jobs';

/**
 * How long the run waits for another process's write lock: the write queue already refused the job
 * if another process named itself the mirror's holder, so only a short write can be in the way.
 */
const WAIT_FOR_LOCK_MS = 30_000;

export interface WholeDiagnosisOptions {
  now: Date;
  onProgress?: (progress: DiagnosisProgress) => void;
}

/**
 * Diagnoses every failed order of the mirror again, as a job: on a worker thread with its own
 * connection for a mirror file, so the host's event loop stays free for reads (which see the last
 * committed diagnoses until the run commits); on this thread for an in-memory mirror, which no
 * other connection can open. Either way the run also clears an import's pending-diagnosis flag.
 */
export function runWholeDiagnosis(db: Db, options: WholeDiagnosisOptions): Promise<DiagnosisRunSummary> {
  if (db.memory) return Promise.resolve(finishDiagnosis(db, options.now, options.onProgress));
  const data: DiagnosisJobWorkerData = {
    file: db.name,
    now: options.now.toISOString(),
    busyTimeoutMs: WAIT_FOR_LOCK_MS,
    // A note or a diagnosis write since the host read the store leaves its reading current.
    store: currentStoreReading(db)
  };
  const worker = startCoreWorker('diagnosis-job-worker', data, [], DIAGNOSIS_THREAD_LIMITS);
  return new Promise<DiagnosisRunSummary>((resolve, reject) => {
    worker.on('message', (message: DiagnosisJobMessage) => {
      if (message.kind === 'progress') options.onProgress?.(message.progress);
      else if (message.kind === 'done') resolve(message.summary);
      else reject(new Error(`The diagnosis run failed: ${message.message}`));
    });
    worker.on('error', reject);
    // After a `done` or `failed` message this settles nothing more.
    worker.on('exit', (code) => reject(new Error(`The diagnosis worker stopped (exit code ${code}) before it finished.`)));
  }).finally(() => void worker.terminate());
}

/**
 * The job worker's run: its own connection to the mirror file, starting with the host's reading of
 * the store when one came with the job (readStoreData reads again if the store changed since).
 */
export function diagnoseMirrorFile(
  { file, now, busyTimeoutMs, store }: DiagnosisJobWorkerData,
  onProgress: (progress: DiagnosisProgress) => void
): DiagnosisRunSummary {
  const db = openMirror(file, { busyTimeoutMs });
  try {
    if (store) adoptStoreReading(db, store);
    return finishDiagnosis(db, new Date(now), onProgress);
  } finally {
    db.close();
  }
}
