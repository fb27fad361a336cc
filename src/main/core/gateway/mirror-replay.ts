import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { Db } from '../db/connection';
import { readStoreData } from '../db/repositories/store-data-repository';
import { upsertOmsOrder } from '../db/repositories/oms-repository';
import { nextReplayOrderId } from '../db/repositories/replay-repository';
import { diagnoseOrder } from '../services/diagnosis-runner';
import type { StoreData } from '../rules/store-data';
import type { OrderReplay, ReplayVerdict } from './store-gateway';
import { UNKNOWN_ERROR, vtexMessageFor } from './vtex-messages';

/**
 * A VTEX-side failure is what a reprocess retries; replaying locally, it does not recur, so it
 * alone does not keep an order failing.
 */
function integrates(verdict: ReturnType<typeof diagnoseOrder>): boolean {
  const { outcome, causes } = verdict.diagnosis;
  return outcome === 'no_cause_found' || (outcome === 'causes' && causes.every((cause) => cause.code === 'transient_platform_error'));
}

function judge(store: StoreData, order: MarketplaceOrder): ReplayVerdict {
  const row = diagnoseOrder(order, store);
  if (integrates(row)) return { integrates: true, vtexOrderId: null, diagnosis: row };
  const top = row.diagnosis.causes.find((cause) => cause.code !== 'transient_platform_error');
  const message = (top ? vtexMessageFor(top, order, row.diagnosis.errorType) : null) ?? order.integrationMessage ?? UNKNOWN_ERROR;
  // The order now carries VTEX's answer, so its stored diagnosis reads that message; should the new
  // wording lose the causes (a classifier gap), the diagnosis of the old one still explains the failure.
  const again = message === order.integrationMessage ? row : diagnoseOrder({ ...order, integrationMessage: message }, store);
  return {
    integrates: false,
    message,
    causes: row.diagnosis.causes.map((cause) => cause.code),
    diagnosis: again.diagnosis.outcome === 'causes' ? again : row
  };
}

function itemsValueCents(order: MarketplaceOrder): number {
  const items = order.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  return items + order.logistics.reduce((sum, row) => sum + row.priceCents, 0);
}

/**
 * The local replay: the order is judged by the rules engine against one reading of the mirror;
 * when nothing stops it, OMS gains the order as VTEX would create it.
 */
export function openMirrorReplay(db: Db, now: Date): OrderReplay {
  const store = readStoreData(db, now.toISOString());
  return {
    asOf: store.asOf,
    judge: (order) => judge(store, order),
    integrate(order) {
      const verdict = judge(store, order);
      if (!verdict.integrates) return verdict;
      const vtexOrderId = nextReplayOrderId(db);
      // nextReplayOrderId never reuses an id, so this always inserts.
      upsertOmsOrder(db, {
        orderId: vtexOrderId,
        marketplaceOrderId: order.marketplaceOrderId,
        affiliateId: order.affiliateId,
        salesChannel: store.affiliates.get(order.affiliateId)?.salesChannel ?? null,
        // An order the marketplace approved arrives paid; a new one waits for the marketplace's approval.
        status: order.marketplaceOrderStatus === 'approved' ? 'ready-for-handling' : 'order-created',
        creationDate: now.toISOString(),
        valueCents: order.paymentValueCents ?? itemsValueCents(order),
        authorizationStatus: null,
        items: order.items.map((item) => ({ skuId: item.skuId, quantity: item.quantity, priceCents: item.priceCents, sellingPriceCents: item.priceCents }))
      });
      return { ...verdict, vtexOrderId };
    }
  };
}
