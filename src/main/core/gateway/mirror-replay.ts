import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Db } from '../db/connection';
import type { DiagnosisRow } from '../db/repositories/diagnosis-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { storeSeenBy } from '../model/planned-holds';
import type { StoreData } from '../model/store-data';
import { diagnoseOrder } from '../rules/diagnose-order';
import { groupKeyOf } from '../rules/group-key';
import { isPassingFault } from '../rules/passing-faults';
import {
  diagnosisLetsThrough,
  holdInStore,
  judgeSimulation,
  reachableStock,
  releaseInStore,
  sessionStore
} from './integration-judge';
import type { OrderReplay, ReplayVerdict } from './store-gateway';
import { UNKNOWN_ERROR, vtexMessageFor, vtexMessageForBlock } from './vtex-messages';

/**
 * The one judge of "would integrate", for Verify, the pre-check and the replay alike: the diagnosis
 * lets the order through AND its own simulation serves every SKU with the stock still free.
 */
export function judgeOrder(shared: StoreData, order: MarketplaceOrder): ReplayVerdict {
  // The units the order's own planned reprocess holds are the ones it would take.
  const store = storeSeenBy(shared, order.id);
  const row = diagnoseOrder(order, store);
  const simulated = judgeSimulation(store, order);
  const { simulation, shortages, blocked } = simulated;
  const passes = diagnosisLetsThrough(row.diagnosis);
  if (passes && !blocked)
    return { integrates: true, vtexOrderId: null, diagnosis: row, simulation, reservations: simulated.reservations };
  // When the rules found nothing but the simulation refuses the order, VTEX answers as its simulation does.
  const message =
    passes && blocked ? vtexMessageForBlock(blocked.reason, blocked.skuId, row.diagnosis.errorType) : causeMessage(row, order);
  // The order now carries VTEX's answer, so its stored diagnosis reads that message; should the new
  // wording lose the causes (a classifier gap), the diagnosis of the old one still explains the failure.
  const again = message === order.integrationMessage ? row : diagnoseOrder({ ...order, integrationMessage: message }, store);
  let diagnosis = again.diagnosis.outcome === 'causes' || passes ? again : row;
  const { stockCause } = simulated;
  if (passes && diagnosis.diagnosis.causes.length === 0 && stockCause) {
    // Only the simulation saw the shortfall (stock other orders of the run took, or a check the rules
    // do not run for this order): its evidence is the cause, so no failed order reads "no cause found".
    diagnosis = {
      ...diagnosis,
      diagnosis: { ...diagnosis.diagnosis, outcome: 'causes', causes: [stockCause] },
      groupKeys: [groupKeyOf(stockCause)]
    };
  }
  return {
    integrates: false,
    message,
    causes: diagnosis.diagnosis.causes.map((cause) => cause.code),
    diagnosis,
    simulation,
    shortages
  };
}

/** VTEX's answer to the cause that keeps the order failing, else the answer it already gave. */
function causeMessage(row: DiagnosisRow, order: MarketplaceOrder): string {
  const top = row.diagnosis.causes.find((cause) => !isPassingFault(cause));
  return (top ? vtexMessageFor(top, order, row.diagnosis.errorType) : null) ?? order.integrationMessage ?? UNKNOWN_ERROR;
}

/**
 * The local replay: orders are judged against one reading of the mirror whose stock the session
 * owns, so each order that would integrate holds its units and the next order sees only the rest.
 * The units planned reprocesses hold (earlier runs) are taken already; an order judged again lets
 * go of its own first. No OMS order is created and no stock reserved (the mirror is a copy and VTEX
 * has not seen the order again; the replay has no `integrate`): the caller records the hold.
 */
export function openMirrorReplay(db: Db, now: Date): OrderReplay {
  const store = sessionStore(readStoreData(db, now.toISOString()));
  return {
    asOf: store.asOf,
    judge: (order) => judgeOrder(store, order),
    dryRun(order) {
      const verdict = judgeOrder(store, order);
      if (verdict.integrates) holdInStore(store, order, verdict.reservations);
      else releaseInStore(store, order.id);
      return verdict;
    },
    reachableStock: (skuId, tradePolicyId) => reachableStock(store, skuId, tradePolicyId)
  };
}
