import { appendOrderRow } from '../db/repositories/order-writes';
import type { ClassifyRow } from './classify-cache';
import { ImportError } from './import-error';
import type { ImportLimits } from './limits';
import { mapOrder } from './order-mapper';
import { minimisePersonalData } from './personal-data';
import { readRecords } from './record-sources';
import type { SnapshotFile } from './snapshot-files';

/** Orders a batch carries: small enough that a few in flight stay a few MB, large enough to cost one message each. */
const ORDERS_PER_BATCH = 1_000;

/**
 * Characters of records after which a batch is closed with fewer orders: records may be up to
 * maxRecordChars (64 MB) long, and a thousand hostile ones would otherwise make one batch tens of
 * GB. With at most a few batches in flight the parser's lead stays bounded by bytes, not orders
 * (a demo order is about 1,350 characters, so its batches still close at 1,000 orders).
 */
export const BATCH_CHARS = 4 * 1024 * 1024;

/** Orders read, validated and made ready to write, as one run of values (appendOrderRow's layout). */
export interface OrderBatch {
  rows: unknown[];
  /** Where each order came from: its line in an .ndjson file, its index in a .json array. */
  positions: number[];
  byLine: boolean;
  /** Bytes of the file read so far, for progress. */
  bytes: number;
}

/** Where the batch's `n`th order came from, as an ImportError names it. */
export function positionOf(batch: OrderBatch, n: number): { line?: number; index?: number } {
  return batch.byLine ? { line: batch.positions[n] } : { index: batch.positions[n] };
}

/**
 * The orders of a snapshot file, mapped, validated, (unless kept whole) minimised and (given `classify`)
 * their failed ones classified, in batches of ready-to-bind rows. A bad record ends the stream with its ImportError, after the batch of the good
 * ones before it, so a failure of writing an earlier order is still the one reported. A batch with no
 * orders tells only that bytes of blank lines went by.
 */
export async function* orderBatches(
  file: SnapshotFile,
  limits: ImportLimits,
  keepPersonalData: boolean,
  classify: ClassifyRow | null
): AsyncGenerator<OrderBatch> {
  const byLine = file.format === 'ndjson';
  let batch: OrderBatch = { rows: [], positions: [], byLine, bytes: 0 };
  let chars = 0;
  const records = readRecords(file, limits);
  try {
    for (;;) {
      let next: Awaited<ReturnType<typeof records.next>>;
      try {
        next = await records.next();
      } catch (error) {
        if (batch.positions.length > 0) yield batch;
        throw error;
      }
      if (next.done) break;
      const record = next.value;
      batch.bytes = record.bytes;
      if (!('value' in record)) {
        yield batch;
        batch = { rows: [], positions: [], byLine, bytes: record.bytes };
        chars = 0;
        continue;
      }
      try {
        const order = mapOrder(record.value);
        const at = batch.rows.length;
        appendOrderRow(batch.rows, keepPersonalData ? order : minimisePersonalData(order));
        classify?.(batch.rows, at);
      } catch (error) {
        if (batch.positions.length > 0) yield batch;
        throw ImportError.at(file.file, record.position, error);
      }
      batch.positions.push((byLine ? record.position.line : record.position.index) ?? 0);
      chars += record.chars;
      if (batch.positions.length === ORDERS_PER_BATCH || chars >= BATCH_CHARS) {
        yield batch;
        batch = { rows: [], positions: [], byLine, bytes: record.bytes };
        chars = 0;
      }
    }
    if (batch.positions.length > 0) yield batch;
  } finally {
    await records.return(undefined);
  }
}
