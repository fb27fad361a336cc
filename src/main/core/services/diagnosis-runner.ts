import type { DiagnosisOutcome } from '../../../shared/domain/diagnosis';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Db } from '../db/connection';
import { clearAllDiagnoses, writeDiagnoses, type DiagnosisRow } from '../db/repositories/diagnosis-repository';
import { getOrder, iterateOrders } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { diagnose } from '../rules/diagnose';
import { groupKeyOf } from '../rules/group-key';
import { classifyOrder } from '../rules/classify-order';
import type { StoreData } from '../rules/store-data';

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

/**
 * Diagnoses failed orders and stores the results: every failed order of the mirror, or only
 * `orderIds` (those a fix or an import touched). The store is read once into memory indexes; the
 * results are written in batches inside one transaction.
 */
export function runDiagnosis(db: Db, options: { now: Date; orderIds?: readonly number[] }): DiagnosisRunSummary {
  const store = readStoreData(db, options.now.toISOString());
  const meta = { ranAt: options.now.toISOString(), asOf: store.asOf };
  const summary: DiagnosisRunSummary = { diagnosed: 0, asOf: store.asOf, byOutcome: { causes: 0, no_cause_found: 0, unexplained: 0, insufficient_data: 0 } };
  const whole = options.orderIds === undefined;
  const orders: Iterable<MarketplaceOrder> = whole
    ? iterateOrders(db, { status: 'error' })
    : (options.orderIds ?? []).map((id) => getOrder(db, id)).filter((o): o is MarketplaceOrder => o !== null && o.integrationStatus === 'error');

  // iterateOrders reads in keyset pages (no statement stays open between pages), so a batch can be
  // written while the iteration goes on; better-sqlite3 refuses writes during an open iterate().
  const pending: DiagnosisRow[] = [];
  const flush = () => {
    writeDiagnoses(db, pending, meta, whole);
    pending.length = 0;
  };
  db.transaction(() => {
    // A whole run rewrites every diagnosis, so those of orders no longer failing go with the rest.
    const rebuildIndexes = whole ? clearAllDiagnoses(db) : null;
    for (const order of orders) {
      const row = diagnoseOrder(order, store);
      summary.byOutcome[row.diagnosis.outcome] += 1;
      summary.diagnosed += 1;
      pending.push(row);
      if (pending.length >= BATCH) flush();
    }
    flush();
    rebuildIndexes?.();
  })();
  return summary;
}
