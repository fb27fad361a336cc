import type { ImportProgress } from '../../../shared/api/import';
import type { KindCounts, SnapshotKind } from '../../../shared/domain/snapshot';
import type { ErrorType } from '../../../shared/domain/error-types';
import type { Db } from '../db/connection';
import { countMarketplaceOrders, deferDerivedData } from '../db/repositories/bulk-load';
import { upsertAffiliate, upsertSku, upsertTradePolicy } from '../db/repositories/catalog-repository';
import { upsertDock, upsertFreightValue, upsertShippingPolicy, upsertWarehouse } from '../db/repositories/logistics-repository';
import { writeMeta } from '../db/repositories/meta-repository';
import { upsertOmsOrder } from '../db/repositories/oms-repository';
import { applyAdminExportRow, upsertMarketplaceOrder, type NewMarketplaceOrder } from '../db/repositories/order-repository';
import { replaceStoreSettings } from '../db/repositories/settings-repository';
import { upsertBalance, upsertPrice } from '../db/repositories/stock-repository';
import { recordImportedKinds, storeKindsOf } from '../db/repositories/store-kinds-repository';
import type { StoreKind } from '../model/store-data';
import { readAdminCsv, readAdminXlsx } from './admin-export';
import { Fields } from './fields';
import { ImportError } from './import-error';
import { importLimits, type ImportLimits } from './limits';
import { mapOrder } from './order-mapper';
import { keepsFullPayloads, minimisePersonalData } from './personal-data';
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

const BATCH = 5_000;

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

/**
 * The error type of a failed order's message, supplied by whoever starts the import (the import stands
 * below the rules). It may read only these two fields: the import remembers its answer per pair.
 */
export type ClassifyOrder = (order: Pick<NewMarketplaceOrder, 'connectorName' | 'integrationMessage'>) => ErrorType;

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

/** Distinct messages remembered per import; a real snapshot repeats a few thousand templates. */
const CLASSIFIED_MESSAGES = 20_000;

/**
 * The error type of a failed order, remembered per (connector, message): classification depends on
 * nothing else, and 42,216 failed orders of the 100k bench carry 5,041 distinct messages.
 */
function remembered(classify: ClassifyOrder): (order: NewMarketplaceOrder) => ErrorType {
  const known = new Map<string, ErrorType>();
  return (order) => {
    const key = `${order.connectorName ?? ''}\u0000${order.integrationMessage ?? ''}`;
    let errorType = known.get(key);
    if (errorType === undefined) {
      // Only the two fields of the key: a classifier given the whole order could read more than the key holds.
      errorType = classify({ connectorName: order.connectorName, integrationMessage: order.integrationMessage });
      if (known.size >= CLASSIFIED_MESSAGES) known.clear();
      known.set(key, errorType);
    }
    return errorType;
  };
}

/** How each record kind is validated and written, for one import. */
function appliers(keepPersonalData: boolean, classify: ClassifyOrder | undefined): Record<RecordKind, Apply> {
  const errorTypeOf: (order: NewMarketplaceOrder) => ErrorType | null = classify ? remembered(classify) : () => null;
  return {
    orders: (db, value) => {
      const order = mapOrder(value);
      const stored = keepPersonalData ? order : minimisePersonalData(order);
      upsertMarketplaceOrder(db, stored, order.integrationStatus === 'error' ? errorTypeOf(order) : null);
    },
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
  const report = (file: SnapshotFile, records: number, bytes: number) =>
    options.onProgress?.({
      file: file.file,
      kind: file.kind as SnapshotKind,
      records,
      bytes: doneBytes + bytes,
      totalBytes,
      percent: totalBytes === 0 ? 100 : Math.min(100, ((doneBytes + bytes) / totalBytes) * 100)
    });

  const apply = appliers(options.keepPersonalData ?? keepsFullPayloads(db), options.classify);
  db.exec('BEGIN IMMEDIATE');
  try {
    const rebuildDerived = isBulkLoad(db, files) ? deferDerivedData(db) : null;
    for (const file of files) {
      const read = await importFile(db, file, apply, limits, options, (count, bytes) => report(file, count, bytes)).catch(
        (error: unknown) => {
          // Whatever broke (even an engine limit such as "Invalid string length") is told with its file.
          throw ImportError.at(file.file, {}, error);
        }
      );
      if (file.kind === 'manifest') summary.manifest = read.manifest;
      doneBytes += file.size;
      report(file, read.count, 0);
      if (file.kind !== 'manifest') {
        summary.files.push({ file: file.file, kind: file.kind, records: read.count });
        summary.counts[file.kind] = (summary.counts[file.kind] ?? 0) + read.count;
      }
    }
    rebuildDerived?.();
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
  }
  return summary;
}

type Report = (records: number, bytes: number) => void;

/** Reads one file into the open transaction; returns how many records it held. */
async function importFile(
  db: Db,
  file: SnapshotFile,
  appliers: Record<RecordKind, Apply>,
  limits: ImportLimits,
  options: ImportOptions,
  report: Report
): Promise<{ count: number; manifest: ImportSummary['manifest'] }> {
  if (file.kind === 'manifest') return { count: 0, manifest: wrap(file, await readObject(file, limits), readManifest) };
  if (file.kind === 'store-settings') {
    replaceStoreSettings(db, wrap(file, await readObject(file, limits), mapStoreSettings));
    return { count: 1, manifest: null };
  }
  let records = 0;
  db.exec('SAVEPOINT batch');
  if (file.kind === 'connections-orders') {
    const rows = file.format === 'csv' ? readAdminCsv(file, limits) : readAdminXlsx(file, limits);
    for await (const { row } of rows) {
      applyAdminExportRow(db, row);
      records += 1;
      if (records % BATCH === 0) checkpoint(db, options, () => report(records, 0));
    }
  } else {
    const apply = appliers[file.kind];
    for await (const record of readRecords(file, limits)) {
      if (!('value' in record)) {
        // A long run of blank lines: nothing to write, but the window should see the bytes move.
        report(records, record.bytes);
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      try {
        apply(db, record.value);
      } catch (error) {
        throw ImportError.at(file.file, record.position, error);
      }
      records += 1;
      if (records % BATCH === 0) {
        checkpoint(db, options, () => report(records, record.bytes));
        // Give the event loop a turn so progress reaches the window and a cancel can land.
        await new Promise((resolve) => setImmediate(resolve));
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
