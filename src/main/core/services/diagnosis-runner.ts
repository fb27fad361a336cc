import type { DiagnosisOutcome } from '../../../shared/domain/diagnosis';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Db } from '../db/connection';
import { clearAllDiagnoses, insertDiagnosisRows, rowsForInsert, type DiagnosisRow, type InsertRows } from '../db/repositories/diagnosis-repository';
import { getOrder, iterateOrders } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { diagnose } from '../rules/diagnose';
import { groupKeyOf } from '../rules/group-key';
import { classifyOrder } from '../rules/classify-order';
import type { StoreData } from '../rules/store-data';
import { diagnoseFailedOrdersInWorker } from './diagnosis-pipeline';

const BATCH = 5_000;

export interface DiagnosisRunSummary {
  diagnosed: number;
  asOf: string;
  byOutcome: Record<DiagnosisOutcome, number>;
}

/** Classifies an order's message and diagnoses it against the store (pure; no I/O). */
export function diagnoseOrder(order: MarketplaceOrder, store: StoreData): DiagnosisRow {
  const classification = classifyOrder(order);
  const diagnosis = diagnose(order, classification, store);
  return { orderId: order.id, confidence: classification.confidence, diagnosis, groupKeys: diagnosis.causes.map(groupKeyOf) };
}

/** Below this many failed orders a worker's start-up (about 0.2 s) costs more than it saves. */
const WORKER_FROM_ORDERS = 20_000;

export interface DiagnosisRunOptions {
  now: Date;
  /** Only these orders (those a fix or an import touched); absent: every failed order of the mirror. */
  orderIds?: readonly number[];
  /** Whole runs of a mirror file read and run the rules on a worker thread: `auto` from 20,000 failed orders. */
  worker?: 'auto' | 'always' | 'never';
}

/**
 * A whole run of a mirror file with no transaction of its own open can read on a worker thread: the
 * worker's connection sees the committed mirror, which is then the same one this connection sees.
 */
function useWorker(db: Db, options: DiagnosisRunOptions): boolean {
  const mode = options.worker ?? 'auto';
  if (mode === 'never' || options.orderIds !== undefined || db.memory || db.inTransaction) return false;
  if (mode === 'always') return true;
  return (db.prepare(`SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = 'error'`).pluck().get() as number) >= WORKER_FROM_ORDERS;
}

function* diagnosedInBatches(orders: Iterable<MarketplaceOrder>, store: StoreData, ranAt: string): Generator<InsertRows> {
  const meta = { ranAt, asOf: store.asOf };
  let batch: DiagnosisRow[] = [];
  for (const order of orders) {
    batch.push(diagnoseOrder(order, store));
    if (batch.length >= BATCH) {
      yield rowsForInsert(batch, meta);
      batch = [];
    }
  }
  if (batch.length > 0) yield rowsForInsert(batch, meta);
}

/**
 * Diagnoses failed orders and stores the results: every failed order of the mirror, or only
 * `orderIds`. The store is read once into memory indexes; the results are written in batches inside
 * one transaction. A large whole run reads, diagnoses and serialises on worker threads while this
 * thread only writes, so the rules cost little more than SQLite's own reading and writing (see the bench).
 */
export function runDiagnosis(db: Db, options: DiagnosisRunOptions): DiagnosisRunSummary {
  const now = options.now.toISOString();
  const whole = options.orderIds === undefined;
  const summary: DiagnosisRunSummary = { diagnosed: 0, asOf: now, byOutcome: { causes: 0, no_cause_found: 0, unexplained: 0, insufficient_data: 0 } };
  let batches: Iterable<InsertRows>;
  if (useWorker(db, options)) {
    batches = diagnoseFailedOrdersInWorker(db.name, now, (asOf) => (summary.asOf = asOf));
  } else {
    const store = readStoreData(db, now);
    summary.asOf = store.asOf;
    const orders: Iterable<MarketplaceOrder> = whole
      ? iterateOrders(db, { status: 'error' })
      : (options.orderIds ?? []).map((id) => getOrder(db, id)).filter((o): o is MarketplaceOrder => o !== null && o.integrationStatus === 'error');
    batches = diagnosedInBatches(orders, store, now);
  }

  // iterateOrders reads in keyset pages (no statement stays open between pages), so a batch can be
  // written while the iteration goes on; better-sqlite3 refuses writes during an open iterate().
  db.transaction(() => {
    // A whole run rewrites every diagnosis, so those of orders no longer failing go with the rest.
    const rebuildIndexes = whole ? clearAllDiagnoses(db) : null;
    for (const rows of batches) {
      for (const params of rows.diagnoses) summary.byOutcome[params[3]] += 1;
      summary.diagnosed += rows.diagnoses.length;
      insertDiagnosisRows(db, rows, whole);
    }
    rebuildIndexes?.();
  })();
  return summary;
}
