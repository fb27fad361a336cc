import type { DiagnosisProgress } from '../../../shared/api/simulation';
import type { DiagnosisOutcome } from '../../../shared/domain/diagnosis';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Db } from '../db/connection';
import {
  diagnosisCount,
  outcomeAt,
  rewriteAllDiagnoses,
  rowsForInsert,
  upsertDiagnosisRows,
  type InsertRows
} from '../db/repositories/diagnosis-writes';
import { getOrder } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { diagnoseOrder } from '../rules/diagnose-order';
import { diagnosisWorkerCount, failedOrderPages, walkedOrderPages, WholeRunPipeline } from './diagnosis-pipeline';

/** The rules' entry point, here for the callers that took it from the runner before it moved to rules. */
export { diagnoseOrder } from '../rules/diagnose-order';

export interface DiagnosisRunSummary {
  diagnosed: number;
  asOf: string;
  byOutcome: Record<DiagnosisOutcome, number>;
}

/** Below this many failed orders a worker's start-up (about 0.2 s) costs more than it saves. */
const WORKER_FROM_ORDERS = 20_000;

export interface DiagnosisRunOptions {
  now: Date;
  /** Only these orders (those a fix or an import touched); absent: every failed order of the mirror. */
  orderIds?: readonly number[];
  /** Whole runs of a mirror file share the rules with worker threads: `auto` from 20,000 failed orders, on idle cores. */
  worker?: 'auto' | 'always' | 'never';
  /** Told after each batch of a whole run is written (inside its transaction): how many so far, of how many. */
  onProgress?: (progress: DiagnosisProgress) => void;
}

/**
 * A whole run of a mirror file with no transaction of its own open can use worker threads: their
 * connections see the committed mirror, which is then the same one this connection sees.
 */
function workersFor(db: Db, options: DiagnosisRunOptions, failedOrders: number): number {
  const mode = options.worker ?? 'auto';
  if (mode === 'never' || db.memory || db.inTransaction) return 0;
  if (mode === 'always') return diagnosisWorkerCount(true);
  return failedOrders >= WORKER_FROM_ORDERS ? diagnosisWorkerCount() : 0;
}

/**
 * Diagnoses failed orders and stores the results: every failed order of the mirror, or only
 * `orderIds`. The store is read once into memory indexes; the results are written in batches inside
 * one transaction. A large whole run shares the pages of failed orders between this thread and
 * worker threads that read, diagnose and serialise them, while this thread writes every batch and
 * runs the rules on a page itself whenever no batch is waiting (see the bench for the figures).
 */
export function runDiagnosis(db: Db, options: DiagnosisRunOptions): DiagnosisRunSummary {
  const now = options.now.toISOString();
  const summary: DiagnosisRunSummary = {
    diagnosed: 0,
    asOf: now,
    byOutcome: { causes: 0, no_cause_found: 0, unexplained: 0, insufficient_data: 0 }
  };
  const count = (rows: InsertRows) => {
    for (let i = 0; i < diagnosisCount(rows); i++) summary.byOutcome[outcomeAt(rows, i)] += 1;
    summary.diagnosed += diagnosisCount(rows);
  };

  if (options.orderIds !== undefined) {
    const store = readStoreData(db, now);
    summary.asOf = store.asOf;
    const orders = options.orderIds
      .map((id) => getOrder(db, id))
      .filter((o): o is MarketplaceOrder => o !== null && o.integrationStatus === 'error');
    const rows = rowsForInsert(
      orders.map((order) => diagnoseOrder(order, store)),
      { ranAt: now, asOf: store.asOf }
    );
    db.transaction(() => upsertDiagnosisRows(db, rows))();
    count(rows);
    return summary;
  }

  // A whole run: the workers start first and load while this thread reads the store and empties
  // the tables. Pages are read with no statement left open, so each batch is written as it comes.
  const walked = walkedOrderPages(db);
  const workers = workersFor(db, options, walked.orders);
  const pages = workers > 0 ? failedOrderPages(db) : walked;
  const run = new WholeRunPipeline(db, now, pages, { workers });
  try {
    const store = readStoreData(db, now);
    summary.asOf = store.asOf;
    db.transaction(() => {
      // Every diagnosis is rewritten, so those of orders no longer failing go with the rest.
      const rewrite = rewriteAllDiagnoses(db);
      for (const rows of run.batches(store)) {
        rewrite.write(rows);
        count(rows);
        options.onProgress?.({ diagnosed: summary.diagnosed, total: pages.orders });
      }
      rewrite.finish();
    })();
  } finally {
    run.close();
  }
  return summary;
}
