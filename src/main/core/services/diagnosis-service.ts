import type { DiagnosedOrder, MessageClassification } from '../../../shared/api/diagnosis';
import { getDiagnosis } from '../db/repositories/diagnosis-repository';
import { findOrdersByMarketplaceOrderId } from '../db/repositories/order-repository';
import { classify } from '../rules/classify';
import type { CoreDeps } from './deps';
import { runDiagnosis } from './diagnosis-runner';

/** Classifying a batch of messages, and diagnosing the orders one marketplace order id names. */
export function createDiagnosisHandlers(deps: CoreDeps) {
  return {
    'classify/messages': ({ messages }: { messages: string[] }): MessageClassification[] =>
      messages.map((message) => classify(message)),
    'diagnosis/order': ({ marketplaceOrderId }: { marketplaceOrderId: string }): { orders: DiagnosedOrder[] } => {
      const orders = findOrdersByMarketplaceOrderId(deps.db, marketplaceOrderId);
      const failedIds = orders.filter((order) => order.integrationStatus === 'error').map((order) => order.id);
      if (failedIds.length > 0) runDiagnosis(deps.db, { now: deps.clock.now(), orderIds: failedIds });
      return {
        orders: orders.map((order) => ({
          marketplaceOrderId: order.marketplaceOrderId,
          affiliateId: order.affiliateId,
          integrationStatus: order.integrationStatus,
          integrationMessage: order.integrationMessage,
          diagnosis: order.integrationStatus === 'error' ? getDiagnosis(deps.db, order.id) : null
        }))
      };
    }
  };
}
