import type { OmsWatchResult, ProvidedCustomer, ResendResult } from '../../../shared/api/connected';
import { ApiFailure } from '../../../shared/api/result';
import type { SnapshotOmsOrder } from '../../../shared/domain/snapshot';
import { appendAudit } from '../db/repositories/audit-repository';
import { upsertOmsOrder } from '../db/repositories/oms-repository';
import { findOrdersByMarketplaceOrderId, getOrder } from '../db/repositories/order-repository';
import { deleteDiagnosis, recordAttempt } from '../db/repositories/replay-repository';
import { mapOmsOrder } from '../import/store-mappers';
import type { VtexHttp } from '../vtex/http';
import { findOrdersByMarketplaceId, readOmsOrder } from '../vtex/oms';
import { resendOrder } from '../vtex/order-integration';
import { connectedClient } from './connected-account';
import { typed } from './connected-fix-service';
import type { CoreDeps } from './deps';
import { maskedCopyMessage, withProvidedCustomer } from './masked-resend';
import { agentName } from './preferences-service';

const DAY_MS = 86_400_000;

/** Codes of the New Order Integration guide: SOI001/SOI002 the order exists, SOI003 queued. */
function outcomeOf(code: string | null, success: boolean): ResendResult['outcome'] {
  if (code === 'SOI003') return 'enqueued';
  if (success && (code === null || code.startsWith('SOI'))) return 'integrated';
  return 'refused';
}

/**
 * Reprocess that reaches VTEX, for an order its connector sent through the Marketplace Protocol:
 * the order is re-sent (`POST /api/order-integration/orders`) and VTEX's result code goes into the
 * order's history as an attempt, with an audit entry. A mirror that masked the customer's data
 * (the default) cannot re-send it as it is, VTEX would receive the masks: the agent provides the clear
 * values (masked-resend.ts), or is told why not and pointed to the Admin.
 */
async function resend(deps: CoreDeps, orderId: number, customer?: ProvidedCustomer): Promise<ResendResult> {
  const { account, http } = connectedClient(deps);
  const order = getOrder(deps.db, orderId);
  if (!order) throw new ApiFailure('not-found', `No order with id ${orderId} in this mirror.`);
  if (!order.connectorName) {
    throw new ApiFailure(
      'not-supported',
      `Order ${order.marketplaceOrderId} did not come through the order-integration API: reprocess it in Connections > Orders, then watch OMS for it.`
    );
  }
  const masked = order.customer.verdicts !== undefined;
  if (masked && !customer) throw new ApiFailure('not-supported', maskedCopyMessage(order.marketplaceOrderId), { masked: true });
  const answer = await resendOrder(http, masked && customer ? withProvidedCustomer(order, customer) : order);
  const outcome = outcomeOf(answer.code, answer.success);
  const now = deps.clock.now().toISOString();
  const message = [answer.code, answer.message].filter(Boolean).join(': ');
  deps.db.transaction(() => {
    recordAttempt(deps.db, {
      orderId,
      status: outcome === 'integrated' ? 'success' : outcome === 'enqueued' ? 'pending' : 'error',
      message: message || null,
      processedAt: now,
      vtexOrderId: answer.vtexOrderId
    });
    if (outcome === 'integrated') deleteDiagnosis(deps.db, orderId);
    appendAudit(deps.db, {
      at: now,
      actor: agentName(deps),
      action: 'reprocess:resend',
      entityType: 'order',
      entityId: order.marketplaceOrderId,
      orderRef: order.marketplaceOrderId,
      before: { integrationStatus: order.integrationStatus },
      // Whether the agent provided the customer's data, never the data itself.
      after: {
        account,
        method: 'POST',
        path: answer.path,
        status: answer.status,
        code: answer.code,
        outcome,
        customerProvided: masked
      },
      note: null
    });
  })();
  deps.events.emit('mirror/changed', { reason: 'reprocess' });
  return {
    orderId,
    marketplaceOrderId: order.marketplaceOrderId,
    code: answer.code,
    outcome,
    message,
    call: { method: 'POST', path: answer.path, status: answer.status }
  };
}

/** Where OMS is searched for an order: from a day before the marketplace created it to now. */
function searchWindow(createdAt: readonly (string | null)[], now: Date): { from: Date; to: Date } {
  const created = createdAt.map((at) => (at ? Date.parse(at) : NaN)).filter((t) => !Number.isNaN(t));
  const from = created.length > 0 ? Math.min(...created) - DAY_MS : now.getTime() - 30 * DAY_MS;
  return { from: new Date(from), to: now };
}

/** An order OMS holds for a marketplace order id: its VTEX order id and the record OMS gave. */
export interface OmsSighting {
  vtexOrderId: string;
  oms: SnapshotOmsOrder | null;
}

/**
 * Looks OMS up for one marketplace order id (network only, no mirror write): the first OMS order with
 * exactly that id from one of the affiliates given (any affiliate when OMS names none), or null.
 */
export async function lookUpInOms(
  http: VtexHttp,
  order: { marketplaceOrderId: string; affiliateIds: readonly string[]; createdAt: readonly (string | null)[] },
  now: Date,
  signal?: AbortSignal
): Promise<OmsSighting | null> {
  const window = searchWindow(order.createdAt, now);
  const found = (await findOrdersByMarketplaceId(http, order.marketplaceOrderId, window, signal)).filter(
    (item) => !item.affiliateId || order.affiliateIds.includes(item.affiliateId)
  );
  if (found.length === 0) return null;
  return { vtexOrderId: found[0].orderId, oms: await readOmsOrder(http, found[0].orderId, signal) };
}

/**
 * Records a sighting in the mirror, in one transaction: the OMS record joins the store, and every
 * order of that marketplace id not yet integrated turns integrated with the VTEX order id and the
 * time seen (an attempt, its diagnosis dropped, an audit entry naming the account).
 */
export function recordSighting(
  deps: CoreDeps,
  account: string,
  marketplaceOrderId: string,
  sighting: OmsSighting,
  seenAt: string
): void {
  const orders = findOrdersByMarketplaceOrderId(deps.db, marketplaceOrderId);
  deps.db.transaction(() => {
    if (sighting.oms) upsertOmsOrder(deps.db, mapOmsOrder(sighting.oms));
    for (const order of orders.filter((o) => o.integrationStatus !== 'success')) {
      recordAttempt(deps.db, {
        orderId: order.id,
        status: 'success',
        message: `Seen in OMS as ${sighting.vtexOrderId}`,
        processedAt: seenAt,
        vtexOrderId: sighting.vtexOrderId
      });
      deleteDiagnosis(deps.db, order.id);
      appendAudit(deps.db, {
        at: seenAt,
        actor: agentName(deps),
        action: 'reprocess:oms-watch',
        entityType: 'order',
        entityId: marketplaceOrderId,
        orderRef: marketplaceOrderId,
        before: { integrationStatus: order.integrationStatus },
        after: { account, vtexOrderId: sighting.vtexOrderId, seenAt },
        note: null
      });
    }
  })();
}

/**
 * The OMS watch, for orders reprocessed in the Admin (no public API does it): looks OMS up by each
 * marketplace order id; one found turns its queue row integrated with the VTEX order id and the time
 * the desk saw it, and its OMS record joins the mirror. Called again until nothing is waiting.
 */
async function watch(deps: CoreDeps, marketplaceOrderIds: string[]): Promise<OmsWatchResult> {
  const { account, http } = connectedClient(deps);
  const result: OmsWatchResult = { integrated: [], waiting: [] };
  for (const marketplaceOrderId of [...new Set(marketplaceOrderIds)]) {
    const orders = findOrdersByMarketplaceOrderId(deps.db, marketplaceOrderId);
    if (orders.length === 0) throw new ApiFailure('not-found', `No order ${marketplaceOrderId} in this mirror.`);
    const now = deps.clock.now();
    const sighting = await lookUpInOms(
      http,
      { marketplaceOrderId, affiliateIds: orders.map((o) => o.affiliateId), createdAt: orders.map((o) => o.createdAt) },
      now
    );
    if (!sighting) {
      result.waiting.push(marketplaceOrderId);
      continue;
    }
    const seenAt = now.toISOString();
    recordSighting(deps, account, marketplaceOrderId, sighting, seenAt);
    result.integrated.push({ marketplaceOrderId, vtexOrderId: sighting.vtexOrderId, seenAt });
  }
  if (result.integrated.length > 0) deps.events.emit('mirror/changed', { reason: 'reprocess' });
  return result;
}

export function createOmsWatchHandlers(deps: CoreDeps) {
  return {
    'connected/resend': typed(({ orderId, customer }: { orderId: number; customer?: ProvidedCustomer }) =>
      resend(deps, orderId, customer)
    ),
    'connected/watch': typed(({ marketplaceOrderIds }: { marketplaceOrderIds: string[] }) => watch(deps, marketplaceOrderIds))
  };
}
