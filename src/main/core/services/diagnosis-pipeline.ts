import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { InsertRows } from '../db/repositories/diagnosis-repository';
import { startCoreWorker } from '../jobs/core-worker';
import { SyncChannel } from '../jobs/sync-channel';
import type { DiagnosisWorkerData, DiagnosisWorkerMessage } from '../workers/diagnosis-worker';

/** Long enough for the store of a million-order mirror to load, short enough to notice a dead worker. */
const STALL_MS = 120_000;

/**
 * Two readers even on two cores: the rules cost about three times the writes, so with one worker
 * the owner waited most of the run (100k orders: 4.6 s, owner waiting 3.3 s); with two, reading and
 * the rules share both cores with the writes. More would each hold a copy of the store.
 */
export function diagnosisWorkerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * The failed orders of the mirror file diagnosed on worker threads, as insert-ready batches taken
 * synchronously, so the caller can write them inside one transaction while the workers read and
 * run the rules. Each worker loads every `workers`-th page, and the pages are taken in turn, so the
 * batches come in id order. `asOf` is known once the workers have read the store; it is passed to
 * `onStart` before any batch.
 */
export function* diagnoseFailedOrdersInWorker(
  file: string,
  now: string,
  onStart: (asOf: string) => void,
  workers = diagnosisWorkerCount()
): Generator<InsertRows> {
  const channels: SyncChannel<DiagnosisWorkerMessage>[] = [];
  const threads: Worker[] = [];
  try {
    for (let index = 0; index < workers; index++) {
      const channel = new SyncChannel<DiagnosisWorkerMessage>();
      const data: DiagnosisWorkerData = { file, now, share: { index, of: workers }, channel: channel.remote };
      channels.push(channel);
      threads.push(startCoreWorker('diagnosis-worker', data, [channel.remote.port]));
    }
    const take = (channel: SyncChannel<DiagnosisWorkerMessage>): DiagnosisWorkerMessage => {
      const message = channel.take(STALL_MS);
      if (message.kind === 'error') throw new Error(`Diagnosis worker failed: ${message.message}`);
      return message;
    };
    let asOf: string | null = null;
    for (const channel of channels) {
      const message = take(channel);
      if (message.kind !== 'start') throw new Error(`Diagnosis worker sent ${message.kind} before it started.`);
      // Every worker reads the same committed store at the same "now"; the first one's answer stands.
      asOf ??= message.asOf;
    }
    onStart(asOf ?? now);
    // Page p is worker p mod n's; the first worker with no page left means there are no more pages.
    for (let page = 0; ; page++) {
      const message = take(channels[page % workers]);
      if (message.kind === 'rows') {
        yield message.rows;
        continue;
      }
      for (let rest = 1; rest < workers; rest++) take(channels[(page + rest) % workers]);
      return;
    }
  } finally {
    for (const channel of channels) channel.close();
    for (const thread of threads) void thread.terminate();
  }
}
