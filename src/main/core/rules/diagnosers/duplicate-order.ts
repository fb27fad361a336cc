import { cause, fix } from '../checks/findings';
import { omsOrdersFor } from '../checks/oms';
import type { Diagnoser } from './types';

/** Order already exists: OMS holds the marketplace order id, so the order must never be reprocessed. */
export const diagnoseDuplicateOrder: Diagnoser = (ctx, findings) => {
  const existing = omsOrdersFor(ctx);
  if (existing.length === 0) {
    if (!ctx.store.complete.has('oms-orders')) findings.need('oms-orders');
    return;
  }
  const [first, ...others] = existing;
  findings.add(
    cause(
      'order_already_in_oms',
      { vtexOrderId: first.orderId, status: first.status, otherVtexOrderIds: others.map((oms) => oms.orderId) },
      fix('none')
    )
  );
};
