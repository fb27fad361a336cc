import type { Diagnosis } from '../../../shared/domain/diagnosis';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Classification } from './classify';
import { classifyOrder } from './classify-order';
import { diagnose } from './diagnose';
import { groupKeyOf } from './group-key';
import { storeSeenBy } from '../model/planned-holds';
import type { StoreData } from '../model/store-data';

/** One order's diagnosis as it is stored: with the classifier's confidence and each cause's group key. */
export interface DiagnosedOrder {
  orderId: number;
  confidence: number;
  diagnosis: Diagnosis;
  groupKeys: string[];
}

/**
 * Classifies an order's message and diagnoses it against the store (pure; no I/O). A whole run
 * passes the reading it already has for the order's wording (see message-readings).
 */
export function diagnoseOrder(
  order: MarketplaceOrder,
  store: StoreData,
  classification: Classification = classifyOrder(order)
): DiagnosedOrder {
  // The units the order's own planned reprocess holds are its own, not another order's taking.
  const diagnosis = diagnose(order, classification, storeSeenBy(store, order.id));
  return { orderId: order.id, confidence: classification.confidence, diagnosis, groupKeys: diagnosis.causes.map(groupKeyOf) };
}
