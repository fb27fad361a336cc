/**
 * Worker thread of a whole diagnosis run: reads the store and its share of the failed orders' pages
 * on its own read-only connection, runs the rules and turns the results into insert-ready rows,
 * sending one batch per page to the owner of the mirror, which only binds and writes them. Reading,
 * the rules and serialising thus run beside the owner's writes. It sees only committed data, so the
 * owner starts it with no transaction of its own open.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { rowsForInsert, type InsertRows } from '../db/repositories/diagnosis-repository';
import { iterateOrderPages, type PageShare } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { sendSync, type SyncChannelEnd } from '../jobs/sync-channel';
import { diagnoseOrder } from '../services/diagnosis-runner';

export interface DiagnosisWorkerData {
  file: string;
  now: string;
  share: PageShare;
  channel: SyncChannelEnd;
}

export type DiagnosisWorkerMessage =
  | { kind: 'start'; asOf: string }
  | { kind: 'rows'; rows: InsertRows }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** Batches sent and not yet written: enough to keep both cores busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 3;

function run({ file, now, share, channel }: DiagnosisWorkerData): void {
  const send = (message: DiagnosisWorkerMessage) => sendSync(channel, message, MAX_IN_FLIGHT);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const store = readStoreData(db, now);
      send({ kind: 'start', asOf: store.asOf });
      const meta = { ranAt: now, asOf: store.asOf };
      for (const orders of iterateOrderPages(db, { status: 'error', share })) {
        send({ kind: 'rows', rows: rowsForInsert(orders.map((order) => diagnoseOrder(order, store)), meta) });
      }
      send({ kind: 'done' });
    } finally {
      db.close();
    }
  } catch (error) {
    send({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

run(workerData as DiagnosisWorkerData);
