/**
 * Worker thread of a whole diagnosis run: reads the store on its own read-only connection, then
 * takes pages of failed orders in turn with the owner and any other worker, runs the rules on each
 * and turns the results into insert-ready rows, sending one batch per page to the owner of the
 * mirror, which writes them. It sees only committed data, so the owner starts it with no
 * transaction of its own open.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { rowsForInsert, type InsertRows } from '../db/repositories/diagnosis-writes';
import { readOrderPage } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { takeHandover, type HandoverEnd } from '../jobs/handover';
import { PageClaims } from '../jobs/page-claims';
import { sendSync, type SyncChannelEnd } from '../jobs/sync-channel';
import { diagnoseOrder } from '../rules/diagnose-order';
import { readingOf, type MessageReadings } from '../rules/message-readings';

export interface DiagnosisWorkerData {
  file: string;
  now: string;
  /** The failed orders' pages (the id each follows) and the counter through which they are claimed. */
  pageStarts: number[];
  pageSize: number;
  claims: Int32Array;
  channel: SyncChannelEnd;
  /** What the owner read in the failed orders' wordings (null: classify here), given once it has it. */
  readings: HandoverEnd;
}

export type DiagnosisWorkerMessage = { kind: 'rows'; rows: InsertRows } | { kind: 'error'; message: string };

/** Batches sent and not yet written: enough to keep the cores busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 3;

/** As long as the owner may take to read the failed orders' wordings of a million-order mirror. */
const READINGS_STALL_MS = 120_000;

function run({ file, now, pageStarts, pageSize, claims, channel, readings }: DiagnosisWorkerData): void {
  const send = (message: DiagnosisWorkerMessage) => sendSync(channel, message, MAX_IN_FLIGHT);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const store = readStoreData(db, now);
      const meta = { ranAt: now, asOf: store.asOf };
      const read = takeHandover<MessageReadings | null>(readings, READINGS_STALL_MS);
      const pages = new PageClaims(pageStarts.length, claims);
      for (let page = pages.claim(); page !== null; page = pages.claim()) {
        const orders = readOrderPage(db, pageStarts[page], 'error', pageSize);
        send({
          kind: 'rows',
          rows: rowsForInsert(
            orders.map((order) => diagnoseOrder(order, store, readingOf(order, read))),
            meta
          )
        });
      }
    } finally {
      db.close();
    }
  } catch (error) {
    send({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

run(workerData as DiagnosisWorkerData);
