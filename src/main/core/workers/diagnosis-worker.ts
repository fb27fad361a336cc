/**
 * Worker thread of a whole diagnosis run: reads the store and the failed orders on its own
 * read-only connection and runs the rules, sending the results in batches to the owner of the
 * mirror, which writes them. Reading and the rules thus run on the second core while the owner
 * writes. It sees only committed data, so the owner starts it with no transaction of its own open.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import type { DiagnosisRow } from '../db/repositories/diagnosis-repository';
import { iterateOrders } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { sendSync, type SyncChannelEnd } from '../jobs/sync-channel';
import { diagnoseOrder } from '../services/diagnosis-runner';

export interface DiagnosisWorkerData {
  file: string;
  now: string;
  channel: SyncChannelEnd;
}

export type DiagnosisWorkerMessage =
  | { kind: 'start'; asOf: string }
  | { kind: 'rows'; rows: DiagnosisRow[] }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

const BATCH = 2_000;
/** Batches sent and not yet written: enough to keep both cores busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 4;

function run({ file, now, channel }: DiagnosisWorkerData): void {
  const send = (message: DiagnosisWorkerMessage) => sendSync(channel, message, MAX_IN_FLIGHT);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const store = readStoreData(db, now);
      send({ kind: 'start', asOf: store.asOf });
      let rows: DiagnosisRow[] = [];
      for (const order of iterateOrders(db, { status: 'error' })) {
        rows.push(diagnoseOrder(order, store));
        if (rows.length >= BATCH) {
          send({ kind: 'rows', rows });
          rows = [];
        }
      }
      if (rows.length > 0) send({ kind: 'rows', rows });
      send({ kind: 'done' });
    } finally {
      db.close();
    }
  } catch (error) {
    send({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

run(workerData as DiagnosisWorkerData);
