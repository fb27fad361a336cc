import type { ReprocessOutcome, ReprocessPrecheck, ReprocessSummary } from '../../../shared/api/reprocess';
import { ApiFailure } from '../../../shared/api/result';
import type { CauseCode } from '../../../shared/domain/error-types';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import { appendAudit } from '../db/repositories/audit-repository';
import { writeDiagnoses } from '../db/repositories/diagnosis-repository';
import { getOrder } from '../db/repositories/order-repository';
import { deleteDiagnosis, missingOrderIds, omsOrderIdsFor, recordAttempt } from '../db/repositories/replay-repository';
import { gatewayOf, type OrderReplay } from '../gateway';
import type { CoreDeps } from './deps';

const DEFAULT_BATCH = 1_000;

type Decision =
  | { kind: 'duplicate'; order: MarketplaceOrder; omsOrderIds: string[] }
  | { kind: 'not_failed'; order: MarketplaceOrder }
  | { kind: 'replay'; order: MarketplaceOrder };

/**
 * What a reprocess does with one order. The duplicate guard comes first and is absolute: an order
 * OMS already holds is never sent again, whatever its status says.
 */
function decide(deps: CoreDeps, id: number): Decision {
  const order = getOrder(deps.db, id);
  if (!order) throw new ApiFailure('not-found', `No order with id ${id} in this mirror.`);
  const omsOrderIds = omsOrderIdsFor(deps.db, order.marketplaceOrderId, order.affiliateId);
  if (omsOrderIds.length > 0) return { kind: 'duplicate', order, omsOrderIds };
  if (order.integrationStatus !== 'error') return { kind: 'not_failed', order };
  return { kind: 'replay', order };
}

/** The cause that keeps an order failing, as the per-cause counts name it (none found: the mirror lacks data). */
function blockingCause(causes: readonly CauseCode[]): string {
  return causes.find((code) => code !== 'transient_platform_error') ?? causes[0] ?? 'insufficient_data';
}

function uniqueExisting(deps: CoreDeps, orderIds: readonly number[]): number[] {
  const ids = [...new Set(orderIds)];
  const missing = missingOrderIds(deps.db, ids);
  if (missing.length > 0) throw new ApiFailure('not-found', `No order with id ${missing.slice(0, 20).join(', ')} in this mirror.`, { orderIds: missing.slice(0, 100) });
  return ids;
}

function audit(deps: CoreDeps, order: MarketplaceOrder, at: string, result: ReprocessOutcome['result'], after: unknown, note: string): void {
  appendAudit(deps.db, {
    at,
    actor: deps.actor,
    action: `reprocess:${result}`,
    entityType: 'order',
    entityId: String(order.id),
    orderRef: order.marketplaceOrderId,
    before: { status: order.integrationStatus, message: order.integrationMessage, attempts: order.attempts },
    after,
    note
  });
}

/** Replays one order and records the attempt, the order's new state, its diagnosis and the audit entry. */
function reprocessOne(deps: CoreDeps, replay: OrderReplay, id: number, now: Date): ReprocessOutcome {
  const at = now.toISOString();
  const decision = decide(deps, id);
  const { order } = decision;
  const base = { orderId: order.id, marketplaceOrderId: order.marketplaceOrderId };
  if (decision.kind === 'duplicate') {
    const [vtexOrderId] = decision.omsOrderIds;
    audit(deps, order, at, 'skipped_duplicate', { omsOrderIds: decision.omsOrderIds }, `Not reprocessed: OMS already holds this order as ${vtexOrderId}.`);
    return { ...base, result: 'skipped_duplicate', vtexOrderId, message: null, causes: ['order_already_in_oms'] };
  }
  if (decision.kind === 'not_failed') {
    audit(deps, order, at, 'skipped_not_failed', { status: order.integrationStatus }, `Not reprocessed: the order is ${order.integrationStatus}, not failed.`);
    return { ...base, result: 'skipped_not_failed', vtexOrderId: order.vtexOrderId, message: null, causes: [] };
  }
  const verdict = replay.integrate(order);
  if (verdict.integrates) {
    const attempts = recordAttempt(deps.db, { orderId: order.id, status: 'success', message: null, processedAt: at, vtexOrderId: verdict.vtexOrderId });
    deleteDiagnosis(deps.db, order.id);
    audit(deps, order, at, 'succeeded', { status: 'success', vtexOrderId: verdict.vtexOrderId, attempts }, `Integrated as ${verdict.vtexOrderId ?? '—'}.`);
    return { ...base, result: 'succeeded', vtexOrderId: verdict.vtexOrderId, message: null, causes: [] };
  }
  const attempts = recordAttempt(deps.db, { orderId: order.id, status: 'error', message: verdict.message, processedAt: at, vtexOrderId: null });
  writeDiagnoses(deps.db, [verdict.diagnosis], { ranAt: at, asOf: replay.asOf });
  audit(deps, order, at, 'still_failing', { status: 'error', message: verdict.message, attempts, causes: verdict.causes }, `Still failing: ${blockingCause(verdict.causes)}.`);
  return { ...base, result: 'still_failing', vtexOrderId: null, message: verdict.message, causes: verdict.causes };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reprocesses orders by replaying VTEX's checks on the mirror, in transactions of `batchSize`
 * orders, reporting progress after each and yielding between them so the host stays responsive.
 */
export async function reprocessOrders(deps: CoreDeps, orderIds: readonly number[], options: { batchSize?: number } = {}): Promise<ReprocessSummary> {
  const ids = uniqueExisting(deps, orderIds);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const now = deps.clock.now();
  const replay = gatewayOf(deps).openReplay(now);
  const summary: ReprocessSummary = { succeeded: 0, stillFailing: 0, skipped: 0, outcomes: [], stillFailingByCause: {} };
  try {
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      const outcomes = deps.db.transaction(() => batch.map((id) => reprocessOne(deps, replay, id, now)))();
      for (const outcome of outcomes) {
        summary.outcomes.push(outcome);
        if (outcome.result === 'succeeded') summary.succeeded += 1;
        else if (outcome.result === 'still_failing') {
          summary.stillFailing += 1;
          const cause = blockingCause(outcome.causes);
          summary.stillFailingByCause[cause] = (summary.stillFailingByCause[cause] ?? 0) + 1;
        } else summary.skipped += 1;
      }
      deps.events.emit('reprocess/progress', { done: summary.outcomes.length, total: ids.length, succeeded: summary.succeeded, stillFailing: summary.stillFailing });
      if (start + batchSize < ids.length) await nextTurn();
    }
  } finally {
    // Batches already committed changed the mirror even when a later one failed.
    if (summary.outcomes.length > 0) deps.events.emit('mirror/changed', { reason: 'reprocess' });
  }
  return summary;
}

/** What a reprocess of these orders would do now; nothing is written. */
export function precheckReprocess(deps: CoreDeps, orderIds: readonly number[]): ReprocessPrecheck {
  const ids = uniqueExisting(deps, orderIds);
  const replay = gatewayOf(deps).openReplay(deps.clock.now());
  const precheck: ReprocessPrecheck = { total: ids.length, wouldSucceed: 0, wouldFail: 0, duplicates: 0, failingByCause: {} };
  for (const id of ids) {
    const decision = decide(deps, id);
    if (decision.kind === 'duplicate') precheck.duplicates += 1;
    if (decision.kind !== 'replay') continue;
    const verdict = replay.judge(decision.order);
    if (verdict.integrates) {
      precheck.wouldSucceed += 1;
      continue;
    }
    precheck.wouldFail += 1;
    const cause = blockingCause(verdict.causes);
    precheck.failingByCause[cause] = (precheck.failingByCause[cause] ?? 0) + 1;
  }
  return precheck;
}

export function createReprocessHandlers(deps: CoreDeps) {
  return {
    'reprocess/run': ({ orderIds }: { orderIds: number[] }) => reprocessOrders(deps, orderIds),
    'reprocess/precheck': ({ orderIds }: { orderIds: number[] }) => precheckReprocess(deps, orderIds)
  };
}
