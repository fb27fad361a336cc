import type { Db } from '../db/connection';
import type { DeferredDerivedData } from '../db/repositories/bulk-load';
import { orderRowWriter, type OrderRowWriter } from '../db/repositories/order-writes';
import { nextWhileWriting, turn, type IdleRecords, type IdleWork } from './idle-records';
import { ImportError } from './import-error';
import { positionOf, type OrderBatch } from './order-batches';
import type { SnapshotFile } from './snapshot-files';

/** Records of a file written between two savepoints of the import, where progress is told and a cancel lands. */
export const SAVEPOINT_RECORDS = 5_000;

/** What writing an orders file needs from the import around it. */
export interface OrdersRun {
  db: Db;
  file: SnapshotFile;
  /** The file's orders, parsed here or on the second thread. */
  batches: AsyncIterable<OrderBatch>;
  /** The OMS orders, when they are written in the waits for the orders' batches. */
  oms: IdleRecords | null;
  /** What a bulk load set aside; the orders written are indexed for search in the waits for the next batch. */
  deferred: DeferredDerivedData | null;
  report: (records: number, bytes: number) => void;
  /** Closes the savepoint and opens the next (a cancel lands here), then runs `progress`. */
  checkpoint: (progress: () => void) => void;
}

/** Writes the orders file's batches (parsed and classified here or on the second thread); returns how many. */
export async function writeOrders(run: OrdersRun): Promise<number> {
  const writer = orderRowWriter(run.db);
  const written = { records: 0, upTo: 0 };
  const idle = workWhileWaiting(run, () => written.upTo);
  const batches = run.batches[Symbol.asyncIterator]();
  try {
    for (let next = await nextWhileWriting(batches, idle); !next.done; next = await nextWhileWriting(batches, idle)) {
      await writeBatch(run, writer, next.value, written);
    }
    // The orders came faster than the OMS orders were written: the rest of those now.
    if (run.oms) while (await run.oms.step()) await turn();
  } finally {
    await batches.return?.(undefined);
  }
  return written.records;
}

/** Documents indexed for search in one wait's step: about 5 ms of work. */
const DOCUMENTS_PER_STEP = 500;

/**
 * What the writer does while it waits for the next batch of orders: the OMS orders, then (in a bulk
 * load) the search documents of the orders written so far, leaving less to the rebuild at the end.
 */
function workWhileWaiting(run: OrdersRun, writtenUpTo: () => number): IdleWork | null {
  const { oms, deferred } = run;
  if (!oms && !deferred) return null;
  let omsLeft = oms !== null;
  return {
    step: async () => {
      if (omsLeft) omsLeft = await oms!.step();
      return omsLeft || (deferred?.indexForSearch(writtenUpTo(), DOCUMENTS_PER_STEP) ?? false);
    }
  };
}

/**
 * Writes one batch of orders, counting them in `written` with the highest id whose rows are all
 * written (a new order's children wait in the writer until its flush).
 */
async function writeBatch(
  run: OrdersRun,
  writer: OrderRowWriter,
  batch: OrderBatch,
  written: { records: number; upTo: number }
): Promise<void> {
  const { file, report } = run;
  let records = written.records;
  let upTo = written.upTo;
  let at = 0;
  for (let n = 0; n < batch.positions.length; n++) {
    try {
      const order = writer.write(batch.rows, at);
      at = order.next;
      if (order.created) upTo = Math.max(upTo, order.id);
      else run.deferred?.rewritten(order.id);
    } catch (error) {
      throw ImportError.at(file.file, positionOf(batch, n), error);
    }
    records += 1;
    if (records % SAVEPOINT_RECORDS === 0) {
      writer.flush();
      run.checkpoint(() => report(records, batch.bytes));
    }
  }
  writer.flush();
  written.records = records;
  written.upTo = upTo;
  // An empty batch is blank lines going by: only the bytes move.
  if (batch.positions.length === 0) report(records, batch.bytes);
  if (batch.positions.length === 0 || records % SAVEPOINT_RECORDS < batch.positions.length) await turn();
}
