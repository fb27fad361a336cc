import { ApiFailure } from '../../../shared/api/result';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { OrderResolution, ResolutionReason } from '../../../shared/domain/resolution';
import { appendAudit } from '../db/repositories/audit-repository';
import { getOrder } from '../db/repositories/order-repository';
import { deleteResolution, getResolution, writeResolution } from '../db/repositories/resolution-repository';
import type { CoreDeps } from './deps';
import { agentName } from './preferences-service';

function failedOrder(deps: CoreDeps, id: number): MarketplaceOrder {
  const order = getOrder(deps.db, id);
  if (!order) throw new ApiFailure('not-found', `No order with id ${id} in this mirror.`);
  // VTEX holds an integrated order: there is nothing left to close, and a reason would contradict it.
  if (order.integrationStatus === 'success') {
    throw new ApiFailure(
      'conflict',
      `Order ${order.marketplaceOrderId} is integrated${order.vtexOrderId ? ` as ${order.vtexOrderId}` : ''}: there is nothing to resolve.`
    );
  }
  return order;
}

function audit(
  deps: CoreDeps,
  order: MarketplaceOrder,
  action: string,
  before: OrderResolution | null,
  after: OrderResolution | null,
  note: string | null
) {
  appendAudit(deps.db, {
    at: deps.clock.now().toISOString(),
    actor: agentName(deps),
    action,
    entityType: 'order',
    entityId: String(order.id),
    orderRef: order.marketplaceOrderId,
    before,
    after,
    note
  });
}

/**
 * Closes a failed order without a reprocess, with the reason and an optional note, and files it in
 * the audit log in the same transaction. Resolving again replaces the reason (the log keeps both).
 */
export function resolveOrder(deps: CoreDeps, id: number, reason: ResolutionReason, note: string | null): OrderResolution {
  return deps.db.transaction(() => {
    const order = failedOrder(deps, id);
    const before = getResolution(deps.db, id);
    const resolution: OrderResolution = { reason, note, resolvedAt: deps.clock.now().toISOString(), resolvedBy: agentName(deps) };
    writeResolution(deps.db, id, resolution);
    audit(deps, order, `resolve:${reason}`, before, resolution, note);
    return resolution;
  })();
}

/** Puts a resolved order back among the open ones; an order that is not resolved is left as it is. */
export function reopenOrder(deps: CoreDeps, id: number): { reopened: boolean } {
  return deps.db.transaction(() => {
    const order = getOrder(deps.db, id);
    if (!order) throw new ApiFailure('not-found', `No order with id ${id} in this mirror.`);
    const removed = deleteResolution(deps.db, id);
    if (removed) audit(deps, order, 'reopen', removed, null, null);
    return { reopened: removed !== null };
  })();
}

export function createResolutionHandlers(deps: CoreDeps) {
  return {
    'orders/resolve': ({ id, reason, note }: { id: number; reason: ResolutionReason; note?: string }) =>
      resolveOrder(deps, id, reason, note || null),
    'orders/reopen': ({ id }: { id: number }) => reopenOrder(deps, id)
  };
}
