import type { MessagePort } from 'node:worker_threads';
import type { ImportErrorDetails } from '../../../shared/api/import';
import { startCoreWorker } from '../jobs/core-worker';
import { classifyingRows, type ClassifyOrder } from './classify-cache';
import { ImportError } from './import-error';
import type { ImportLimits } from './limits';
import { orderBatches, type OrderBatch } from './order-batches';
import type { SnapshotFile } from './snapshot-files';

/**
 * The orders file read, parsed, validated and minimised on a second thread while the import's
 * thread writes: at 100k orders that work is about as long as the writing itself. Batches cross as
 * flat runs of values (cloning those costs about a quarter of parsing them; objects cost more than
 * parsing), and at most IN_FLIGHT wait; a batch closes at 1,000 orders or BATCH_CHARS of records
 * (order-batches.ts), so the parser's lead is bounded by bytes (IN_FLIGHT × about 4 MB of records,
 * one record more each) even when the records are long, never the file.
 */
const IN_FLIGHT = 4;

/** What the parsing thread is started with (workers/order-parse-worker.ts). */
export interface OrderParseData {
  file: SnapshotFile;
  limits: ImportLimits;
  keepPersonalData: boolean;
  /**
   * Whether the thread classifies the failed orders (with the classifier its entry gives it: a
   * function cannot cross threads). The distinct wordings are remembered there, and the writer's
   * thread, the busier of the two, is spared the rules.
   */
  classify: boolean;
}

type ToWriter =
  | { kind: 'batch'; batch: OrderBatch }
  | { kind: 'done' }
  | { kind: 'failed'; message: string; details: ImportErrorDetails | null };

export interface OrderParsing {
  batches: AsyncGenerator<OrderBatch>;
  /** Ends the thread (also when the import fails before it read the batches). */
  stop(): void;
}

/** Starts parsing `file` on its own thread now; its batches arrive in order. */
export function startOrderParsing(
  file: SnapshotFile,
  limits: ImportLimits,
  keepPersonalData: boolean,
  classify: boolean
): OrderParsing {
  const data: OrderParseData = { file, limits, keepPersonalData, classify };
  const worker = startCoreWorker('order-parse-worker', data);
  const arrived: ToWriter[] = [];
  let wake: (() => void) | null = null;
  const push = (message: ToWriter) => {
    arrived.push(message);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ kind: 'failed', message: error.message, details: null }));
  worker.on('exit', (code) =>
    push({ kind: 'failed', message: `the thread parsing the orders stopped (exit code ${code})`, details: null })
  );
  const stop = () => void worker.terminate();
  async function* batches(): AsyncGenerator<OrderBatch> {
    try {
      for (;;) {
        while (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const message = arrived.shift()!;
        if (message.kind === 'done') return;
        if (message.kind === 'failed')
          throw message.details ? ImportError.revive(message.details, message.message) : new Error(message.message);
        worker.postMessage('more');
        yield message.batch;
      }
    } finally {
      stop();
    }
  }
  return { batches: batches(), stop };
}

/**
 * The parsing thread's side: posts batches while the writer has room for them, then 'done' or the
 * failure. `classify` is what the thread classifies with when the import asked it to.
 */
export async function serveOrderBatches(port: MessagePort, data: OrderParseData, classify: ClassifyOrder): Promise<void> {
  let room = IN_FLIGHT;
  let wake: (() => void) | null = null;
  port.on('message', () => {
    room += 1;
    wake?.();
  });
  const post = (message: ToWriter) => port.postMessage(message);
  try {
    const classifyRow = data.classify ? classifyingRows(classify) : null;
    for await (const batch of orderBatches(data.file, data.limits, data.keepPersonalData, classifyRow)) {
      while (room === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      room -= 1;
      post({ kind: 'batch', batch });
    }
    post({ kind: 'done' });
  } catch (error) {
    post(
      error instanceof ImportError
        ? { kind: 'failed', message: error.message, details: { ...error.details } }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error), details: null }
    );
  }
}
