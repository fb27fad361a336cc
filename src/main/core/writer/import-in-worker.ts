import type { ImportProgress } from '../../../shared/api/import';
import { ApiFailure } from '../../../shared/api/result';
import type { ImportSummary } from '../import';
import { startCoreWorker } from '../jobs/core-worker';
import type { ImportWorkerCommand, ImportWorkerData, ImportWorkerMessage } from '../workers/import-worker';
import type { ImportJobResult } from './mirror-jobs';

/**
 * How long an import waits for another process's write lock on the mirror (a CLI import into the
 * mirror the desk is importing into, or the other way round): a million-order import takes minutes.
 */
export const WAIT_FOR_MIRROR_MS = 15 * 60_000;

export interface WorkerJobOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  log: (error: unknown) => void;
  busyTimeoutMs?: number;
}

/**
 * Runs an import of `dir` (or, with `dir` null, only a pending diagnosis) on a worker thread with its
 * own connection to `file`. Settles once the worker has committed or rolled back: an import failure
 * rejects with `import-failed`; a diagnosis failure after the import committed resolves with
 * `diagnosed: false`, so no caller reports failure for work that committed.
 */
export function runMirrorJobInWorker(file: string, dir: string | null, options: WorkerJobOptions): Promise<ImportJobResult> {
  const data: ImportWorkerData = { file, dir, busyTimeoutMs: options.busyTimeoutMs ?? WAIT_FOR_MIRROR_MS };
  const worker = startCoreWorker('import-worker', data);
  const cancel = () => worker.postMessage({ kind: 'cancel' } satisfies ImportWorkerCommand);
  options.signal?.addEventListener('abort', cancel, { once: true });
  let summary: ImportSummary | null = null;
  return new Promise<ImportJobResult>((resolve, reject) => {
    // The import's commit is what decides success: once it is known, nothing can turn it into a failure.
    const committed = (diagnosed: boolean) =>
      summary ? resolve({ summary, diagnosed }) : reject(new Error('The import worker ended without importing.'));
    const emptySummary: ImportSummary = { files: [], counts: {}, manifest: null };
    worker.on('message', (message: ImportWorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          options.onProgress?.(message.progress);
          return;
        case 'imported':
          summary = message.summary;
          return;
        case 'diagnosed':
          summary ??= dir === null ? emptySummary : null;
          return committed(true);
        case 'diagnosis-failed':
          options.log(new Error(`Diagnosis after the import failed: ${message.message}`));
          summary ??= dir === null ? emptySummary : null;
          return committed(false);
        case 'failed':
          return reject(
            message.importError
              ? new ApiFailure('import-failed', message.message, { ...message.details })
              : new Error(message.message)
          );
      }
    });
    worker.on('error', (error) => (summary ? committed(false) : reject(error)));
    worker.on('exit', (code) =>
      summary ? committed(false) : reject(new Error(`The import worker stopped (exit code ${code}) before it finished.`))
    );
  }).finally(() => {
    options.signal?.removeEventListener('abort', cancel);
    void worker.terminate();
  });
}
