import type { ImportProgress } from '../../../shared/api/import';
import type { KindCounts, SnapshotKind } from '../../../shared/domain/snapshot';
import type { Db } from '../db/connection';
import { countMarketplaceOrders, deferDerivedData, type DeferredDerivedData } from '../db/repositories/bulk-load';
import { upsertAffiliate, upsertSku, upsertTradePolicy } from '../db/repositories/catalog-repository';
import { upsertDock, upsertFreightValue, upsertShippingPolicy, upsertWarehouse } from '../db/repositories/logistics-repository';
import { writeMeta } from '../db/repositories/meta-repository';
import { upsertOmsOrder } from '../db/repositories/oms-repository';
import { applyAdminExportRow } from '../db/repositories/order-repository';
import { replaceStoreSettings } from '../db/repositories/settings-repository';
import { upsertBalance, upsertPrice } from '../db/repositories/stock-repository';
import { recordImportedKinds, storeKindsOf } from '../db/repositories/store-kinds-repository';
import type { StoreKind } from '../model/store-data';
import { readAdminCsv, readAdminXlsx } from './admin-export';
import { classifyingRows, type ClassifyOrder } from './classify-cache';
import { Fields } from './fields';
import { idleRecords, turn, type IdleRecords } from './idle-records';
import { ImportError } from './import-error';
import { importLimits, type ImportLimits } from './limits';
import { orderBatches, type OrderBatch } from './order-batches';
import { startOrderParsing } from './order-parse-thread';
import { SAVEPOINT_RECORDS, writeOrders } from './order-writing';
import { keepsFullPayloads } from './personal-data';
import { readObject, readRecords } from './record-sources';
import { listSnapshotFiles, type SnapshotFile } from './snapshot-files';
import {
  mapAffiliate,
  mapDock,
  mapFreightValue,
  mapInventory,
  mapOmsOrder,
  mapPrice,
  mapSalesChannel,
  mapShippingPolicy,
  mapSku,
  mapStoreSettings,
  mapWarehouse
} from './store-mappers';

/** Below about 8k orders a second thread costs more to start than it saves. */
export const PARSE_THREAD_FROM_BYTES = 8 * 1024 * 1024;

/**
 * Bytes of an orders file per order, on the low side (the demo's orders are about 1.35 KB, real
 * VTEX bodies several KB; gzip shrinks JSON about tenfold): over-counting the incoming orders only
 * makes a bulk load likelier, which is never wrong, just a rebuild of the indexes.
 */
const ORDER_BYTES = { plain: 1_000, gzipped: 100 };

/**
 * A snapshot that brings at least as many orders as the mirror holds is loaded in bulk: indexes
 * and derived data rebuilt once at the end cost less than keeping them current row by row.
 */
function isBulkLoad(db: Db, files: SnapshotFile[]): boolean {
  const incoming = files
    .filter((f) => f.kind === 'orders' || f.kind === 'oms-orders')
    .reduce((sum, f) => sum + f.size / (f.file.endsWith('.gz') ? ORDER_BYTES.gzipped : ORDER_BYTES.plain), 0);
  return incoming > 0 && countMarketplaceOrders(db) <= incoming;
}

export interface ImportOptions {
  /**
   * Classifies failed orders as they are written (a kept decision: it spares the first diagnosis a
   * rewrite of every failed order through the queue's indexes). Without it the error type is left
   * null, as for an Admin-export stub, and the diagnosis sets it.
   */
  classify?: ClassifyOrder;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Lowered in tests to build small bombs; the defaults suit real snapshots. */
  limits?: Partial<ImportLimits>;
  /** Written to mirror_meta in the import's own commit (the writer marks the diagnosis pending there). */
  meta?: Record<string, string>;
  /**
   * An orders file of at least this many bytes is read and parsed on a second thread, started with
   * the import, while this one writes; unset, everything runs on this thread. That thread classifies
   * with the import worker's own classifier (classifyAtImport, the one the app gives as `classify`).
   */
  parseThreadFromBytes?: number;
  /** Keep customers' documents, phones and e-mails whole; by default the mirror setting `privacy.keepFullPayloads` decides (false: minimised). */
  keepPersonalData?: boolean;
}

export interface ImportSummary {
  files: { file: string; kind: SnapshotKind; records: number }[];
  counts: Partial<KindCounts>;
  manifest: { account?: string; exportedAt?: string; source?: string; note?: string; partial?: StoreKind[] } | null;
}

type RecordKind = Exclude<SnapshotKind, 'store-settings' | 'connections-orders'>;

type Apply = (db: Db, value: unknown) => void;

/** How each record kind but orders (written in batches) is validated and written. */
function appliers(): Record<Exclude<RecordKind, 'orders'>, Apply> {
  return {
    'oms-orders': (db, value) => upsertOmsOrder(db, mapOmsOrder(value)),
    affiliates: (db, value) => upsertAffiliate(db, mapAffiliate(value)),
    'sales-channels': (db, value) => upsertTradePolicy(db, mapSalesChannel(value)),
    skus: (db, value) => upsertSku(db, mapSku(value)),
    inventory: (db, value) => mapInventory(value).forEach((balance) => upsertBalance(db, balance)),
    prices: (db, value) => upsertPrice(db, mapPrice(value)),
    docks: (db, value) => upsertDock(db, mapDock(value)),
    warehouses: (db, value) => upsertWarehouse(db, mapWarehouse(value)),
    'shipping-policies': (db, value) => upsertShippingPolicy(db, mapShippingPolicy(value)),
    'freight-values': (db, value) => upsertFreightValue(db, mapFreightValue(value))
  };
}

function readManifest(value: unknown): NonNullable<ImportSummary['manifest']> {
  const f = Fields.of(value);
  return {
    account: f.optString('account') ?? undefined,
    exportedAt: f.optDate('exportedAt') ?? undefined,
    source: f.optString('source') ?? undefined,
    note: f.optString('note') ?? undefined,
    // Kinds the snapshot holds only part of: a record missing from them proves nothing.
    partial: f.has('partial') ? storeKindsOf(f.ids('partial')) : undefined
  };
}

/**
 * Imports a snapshot folder all or nothing: one outer transaction, committed in savepoint batches
 * as records stream in; on the first bad record everything is rolled back and an ImportError names
 * the file, line, field and what was expected.
 */
export async function importSnapshot(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const files = listSnapshotFiles(dir);
  const limits = importLimits(options.limits);
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  let doneBytes = 0;
  const summary: ImportSummary = { files: [], counts: {}, manifest: null };
  let idle: IdleRecords | null = null;
  const report = (file: SnapshotFile, records: number, bytes: number) => {
    // The OMS orders written in the orders' waits move the bytes on while unfinished.
    const read = doneBytes + bytes + (idle && file !== idle.file ? idle.bytes : 0);
    options.onProgress?.({
      file: file.file,
      kind: file.kind as SnapshotKind,
      records,
      bytes: read,
      totalBytes,
      percent: totalBytes === 0 ? 100 : Math.min(100, (read / totalBytes) * 100)
    });
  };

  const keepPersonalData = options.keepPersonalData ?? keepsFullPayloads(db);
  const ordersFile = files.find((f) => f.kind === 'orders');
  // Started before anything is written, so the thread reads the orders while this one writes the store and OMS orders.
  const parsing =
    ordersFile && options.parseThreadFromBytes !== undefined && ordersFile.size >= options.parseThreadFromBytes
      ? startOrderParsing(ordersFile, limits, keepPersonalData, options.classify !== undefined)
      : null;
  const classifyRow = options.classify ? classifyingRows(options.classify) : null;
  const apply = appliers();
  const omsFile = files.find((f) => f.kind === 'oms-orders');
  // With a thread parsing the orders, the OMS orders are written while this thread waits for its batches.
  idle = parsing && omsFile ? idleRecords(omsFile, limits, (value) => apply['oms-orders'](db, value)) : null;
  const run: Run = {
    db,
    limits,
    options,
    apply,
    orderBatches: (file) => parsing?.batches ?? orderBatches(file, limits, keepPersonalData, classifyRow),
    idle,
    deferred: null
  };
  let deferred: DeferredDerivedData | null = null;
  db.exec('BEGIN IMMEDIATE');
  try {
    deferred = run.deferred = isBulkLoad(db, files) ? deferDerivedData(db) : null;
    const done = (file: SnapshotFile, count: number, told = true) => {
      doneBytes += file.size;
      if (told) report(file, count, 0);
      if (file.kind === 'manifest') return;
      summary.files.push({ file: file.file, kind: file.kind, records: count });
      summary.counts[file.kind] = (summary.counts[file.kind] ?? 0) + count;
    };
    for (const file of files) {
      if (file === idle?.file) continue;
      const read = await importFile(run, file, (count, bytes) => report(file, count, bytes)).catch((error: unknown) => {
        // Whatever broke (even an engine limit such as "Invalid string length") is told with its file.
        throw ImportError.at(file.file, {}, error);
      });
      if (file.kind === 'manifest') summary.manifest = read.manifest;
      if (file.kind === 'orders' && idle) {
        // Counted in its place before the orders; its bytes were told with theirs.
        const written = idle;
        idle = null;
        done(written.file, written.records, false);
      }
      done(file, read.count);
    }
    deferred?.rebuild();
    const { partial, ...manifestMeta } = summary.manifest ?? {};
    recordImportedKinds(
      db,
      summary.files.map((f) => f.kind),
      partial ?? []
    );
    writeMeta(db, { ...manifestMeta, ...options.meta, initialised: 'true' });
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error instanceof ImportError ? error : ImportError.at(dir, {}, error);
  } finally {
    deferred?.release();
    parsing?.stop();
    await run.idle?.close();
  }
  return summary;
}

/** One import's connection, settings and sources. */
interface Run {
  db: Db;
  limits: ImportLimits;
  options: ImportOptions;
  apply: Record<Exclude<RecordKind, 'orders'>, Apply>;
  orderBatches: (file: SnapshotFile) => AsyncIterable<OrderBatch>;
  /** The OMS orders, when they are written in the waits for the orders' batches. */
  idle: IdleRecords | null;
  /** What a bulk load set aside; the orders written are indexed for search in the waits for the next batch. */
  deferred: DeferredDerivedData | null;
}

type Report = (records: number, bytes: number) => void;

/** Reads one file into the open transaction; returns how many records it held. */
async function importFile(
  run: Run,
  file: SnapshotFile,
  report: Report
): Promise<{ count: number; manifest: ImportSummary['manifest'] }> {
  const { db, limits, options } = run;
  if (file.kind === 'manifest') return { count: 0, manifest: wrap(file, await readObject(file, limits), readManifest) };
  if (file.kind === 'store-settings') {
    replaceStoreSettings(db, wrap(file, await readObject(file, limits), mapStoreSettings));
    return { count: 1, manifest: null };
  }
  let records = 0;
  db.exec('SAVEPOINT batch');
  if (file.kind === 'connections-orders') {
    // Its outcomes change the messages of orders that may be indexed already.
    run.deferred?.forgetIndexed();
    const rows = file.format === 'csv' ? readAdminCsv(file, limits) : readAdminXlsx(file, limits);
    for await (const { row } of rows) {
      applyAdminExportRow(db, row);
      records += 1;
      if (records % SAVEPOINT_RECORDS === 0) checkpoint(db, options, () => report(records, 0));
    }
  } else if (file.kind === 'orders') {
    records = await writeOrders({
      db,
      file,
      batches: run.orderBatches(file),
      oms: run.idle,
      deferred: run.deferred,
      report,
      checkpoint: (progress) => checkpoint(db, options, progress)
    });
  } else {
    const apply = run.apply[file.kind];
    for await (const record of readRecords(file, limits)) {
      if (!('value' in record)) {
        // A long run of blank lines: nothing to write, but the window should see the bytes move.
        report(records, record.bytes);
        await turn();
        continue;
      }
      try {
        apply(db, record.value);
      } catch (error) {
        throw ImportError.at(file.file, record.position, error);
      }
      records += 1;
      if (records % SAVEPOINT_RECORDS === 0) {
        checkpoint(db, options, () => report(records, record.bytes));
        await turn();
      }
    }
  }
  db.exec('RELEASE batch');
  return { count: records, manifest: null };
}

/** Closes one savepoint batch and opens the next; honours a cancel between batches. */
function checkpoint(db: Db, options: ImportOptions, progress: () => void): void {
  db.exec('RELEASE batch');
  if (options.signal?.aborted) throw new ImportError({ file: 'import' }, 'the import was cancelled; nothing was changed');
  db.exec('SAVEPOINT batch');
  progress();
}

/** Validates a one-object file, naming the file in any error. */
function wrap<T>(file: SnapshotFile, value: unknown, map: (value: unknown) => T): T {
  try {
    return map(value);
  } catch (error) {
    throw ImportError.at(file.file, {}, error);
  }
}
