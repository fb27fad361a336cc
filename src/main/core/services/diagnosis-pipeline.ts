import type { DiagnosisRow } from '../db/repositories/diagnosis-repository';
import { startCoreWorker } from '../jobs/core-worker';
import { SyncChannel } from '../jobs/sync-channel';
import type { DiagnosisWorkerData, DiagnosisWorkerMessage } from '../workers/diagnosis-worker';

/** Long enough for the store of a million-order mirror to load, short enough to notice a dead worker. */
const STALL_MS = 120_000;

/**
 * The failed orders of the mirror file diagnosed on a worker thread, as batches taken synchronously,
 * so the caller can write them inside one transaction while the worker reads and runs the rules.
 * `asOf` is known once the worker has read the store; it is passed to `onStart` before any batch.
 */
export function* diagnoseFailedOrdersInWorker(file: string, now: string, onStart: (asOf: string) => void): Generator<DiagnosisRow[]> {
  const channel = new SyncChannel<DiagnosisWorkerMessage>();
  const data: DiagnosisWorkerData = { file, now, channel: channel.remote };
  const worker = startCoreWorker('diagnosis-worker', data, [channel.remote.port]);
  try {
    for (;;) {
      const message = channel.take(STALL_MS);
      if (message.kind === 'start') onStart(message.asOf);
      else if (message.kind === 'rows') yield message.rows;
      else if (message.kind === 'done') return;
      else throw new Error(`Diagnosis worker failed: ${message.message}`);
    }
  } finally {
    channel.close();
    void worker.terminate();
  }
}
