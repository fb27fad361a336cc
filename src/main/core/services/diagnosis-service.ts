import type { DiagnosedOrder, MessageClassification } from '../../../shared/api/diagnosis';
import { getDiagnosis } from '../db/repositories/diagnosis-repository';
import { findOrdersByMarketplaceOrderId } from '../db/repositories/order-repository';
import { classify } from '../rules/classify';
import type { CoreDeps } from './deps';
import { runWholeDiagnosis } from '../writer/diagnosis-job';
import { runDiagnosis } from './diagnosis-runner';

/** Classifying a batch of messages, diagnosing failed orders again, and diagnosing the orders one marketplace order id names. */
export function createDiagnosisHandlers(deps: CoreDeps) {
  return {
    'classify/messages': ({ messages }: { messages: string[] }): MessageClassification[] =>
      messages.map((message) => classify(message)),
    // A job (src/main/core/writer/access.ts): a whole run goes to a worker thread, order ids run here.
    'diagnosis/run': async ({ orderIds }: { orderIds?: number[] }): Promise<{ diagnosed: number; asOf: string }> => {
      const now = deps.clock.now();
      const { diagnosed, asOf } =
        orderIds === undefined
          ? await runWholeDiagnosis(deps.db, { now, onProgress: (progress) => deps.events.emit('diagnosis/progress', progress) })
          : runDiagnosis(deps.db, { now, orderIds });
      return { diagnosed, asOf };
    },
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
