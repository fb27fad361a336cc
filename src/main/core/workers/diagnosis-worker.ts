/**
 * Worker thread of a whole diagnosis run: takes the store its owner read (see DiagnosisWorkerStart),
 * then takes pages of failed orders in turn with the owner and any other worker, reads each on its
 * own read-only connection, runs the rules and turns the results into insert-ready rows, sending
 * one batch per page to the owner of the mirror, which writes them. It sees only committed data, so
 * the owner starts it with no transaction of its own open.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { rowsForInsert, type InsertRows } from '../db/repositories/diagnosis-writes';
import { readOrderPage } from '../db/repositories/order-repository';
import { takeHandover, type HandoverEnd } from '../jobs/handover';
import { PageClaims } from '../jobs/page-claims';
import { sendSync, type SyncChannelEnd } from '../jobs/sync-channel';
import type { StoreData } from '../model/store-data';
import { diagnoseOrder } from '../rules/diagnose-order';
import { MAX_READINGS, rememberingReader, type MessageReadings } from '../rules/message-readings';

export interface DiagnosisWorkerData {
  file: string;
  now: string;
  /** The failed orders' pages (the id each follows) and the counter through which they are claimed. */
  pageStarts: number[];
  pageSize: number;
  claims: Int32Array;
  channel: SyncChannelEnd;
  /** The store and the wordings' readings, given once the owner has them (DiagnosisWorkerStart). */
  start: HandoverEnd;
}

/**
 * What the owner hands each worker once it has read it: the store (a clone of the owner's reading,
 * about 2 MB at 100k orders, which a worker takes in tens of ms where reading it again cost it a
 * few hundred) and what it read in the failed orders' wordings (null: classify here).
 */
export interface DiagnosisWorkerStart {
  store: StoreData;
  readings: MessageReadings | null;
}

export type DiagnosisWorkerMessage = { kind: 'rows'; rows: InsertRows } | { kind: 'error'; message: string };

/** Batches sent and not yet written: enough to keep the cores busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 3;

/** As long as the owner may take to read the store and the failed orders' wordings of a million-order mirror. */
const START_STALL_MS = 120_000;

function run({ file, now, pageStarts, pageSize, claims, channel, start }: DiagnosisWorkerData): void {
  const send = (message: DiagnosisWorkerMessage) => sendSync(channel, message, MAX_IN_FLIGHT);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const { store, readings } = takeHandover<DiagnosisWorkerStart>(start, START_STALL_MS);
      const meta = { ranAt: now, asOf: store.asOf };
      const readingOf = rememberingReader(readings, MAX_READINGS);
      const pages = new PageClaims(pageStarts.length, claims);
      for (let page = pages.claim(); page !== null; page = pages.claim()) {
        const orders = readOrderPage(db, pageStarts[page], 'error', pageSize);
        send({
          kind: 'rows',
          rows: rowsForInsert(
            orders.map((order) => diagnoseOrder(order, store, readingOf(order))),
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
