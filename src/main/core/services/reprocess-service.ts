import type { PlannedChange } from '../../../shared/api/plan';
import type { ReprocessOutcome, ReprocessSelection, ReprocessSummary, StockReservation } from '../../../shared/api/reprocess';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import { appendAudit } from '../db/repositories/audit-repository';
import { writeDiagnoses } from '../db/repositories/diagnosis-repository';
import { markWouldIntegrate, unmarkWouldIntegrate } from '../db/repositories/plan-repository';
import { deleteDiagnosis, recordAttempt } from '../db/repositories/replay-repository';
import { gatewayOf, type OrderReplay } from '../gateway';
import type { CoreDeps } from './deps';
import { plannedChangesOf } from './plan-service';
import { agentName } from './preferences-service';
import { precheckReprocess, verifyOrder } from './reprocess-precheck';
import { blockingCause, decide, selectOrders } from './reprocess-selection';

export { precheckReprocess, verifyOrder };

const DEFAULT_BATCH = 1_000;

function reservedText(reserved: readonly StockReservation[]): string {
  return reserved.length === 0
    ? ''
    : `; reserved ${reserved.map((r) => `${r.units} × SKU ${r.skuId} at ${r.warehouseId}`).join(', ')}`;
}

function audit(
  deps: CoreDeps,
  order: MarketplaceOrder,
  at: string,
  result: ReprocessOutcome['result'],
  after: unknown,
  note: string
): void {
  appendAudit(deps.db, {
    at,
    actor: agentName(deps),
    action: `reprocess:${result}`,
    entityType: 'order',
    entityId: String(order.id),
    orderRef: order.marketplaceOrderId,
    before: { status: order.integrationStatus, message: order.integrationMessage, attempts: order.attempts },
    after,
    note
  });
}

type OneResult = { outcome: ReprocessOutcome; blocking: string | null; planned: PlannedChange[] };

/**
 * Replays one order and records the attempt, the order's new state, its diagnosis and the audit
 * entry. On a copy (the replay cannot integrate) an order every check lets through is marked
 * "would integrate" with the planned changes it waits for and holds its units (planned_holds) until
 * the mark drops: its status, attempts and the copy's stock records stay as they are, since VTEX has
 * seen nothing.
 */
function reprocessOne(deps: CoreDeps, replay: OrderReplay, id: number, now: Date): OneResult {
  const at = now.toISOString();
  const decision = decide(deps, id);
  const { order } = decision;
  const base = { orderId: order.id, marketplaceOrderId: order.marketplaceOrderId, reserved: [], plannedChangeIds: [] };
  if (decision.kind === 'duplicate') {
    const [vtexOrderId] = decision.omsOrderIds;
    audit(
      deps,
      order,
      at,
      'skipped_duplicate',
      { omsOrderIds: decision.omsOrderIds },
      `Not reprocessed: OMS already holds this order as ${vtexOrderId}.`
    );
    return {
      outcome: { ...base, result: 'skipped_duplicate', vtexOrderId, message: null, causes: ['order_already_in_oms'] },
      blocking: null,
      planned: []
    };
  }
  if (decision.kind === 'not_failed') {
    audit(
      deps,
      order,
      at,
      'skipped_not_failed',
      { status: order.integrationStatus },
      `Not reprocessed: the order is ${order.integrationStatus}, not failed.`
    );
    return {
      outcome: { ...base, result: 'skipped_not_failed', vtexOrderId: order.vtexOrderId, message: null, causes: [] },
      blocking: null,
      planned: []
    };
  }
  const verdict = replay.integrate ? replay.integrate(order) : replay.dryRun(order);
  if (verdict.integrates && !replay.integrate) {
    const planned = plannedChangesOf(deps, order.id);
    const plannedChangeIds = planned.map((change) => change.id);
    // The mark and the units it holds are written together: the next run finds them taken.
    markWouldIntegrate(deps.db, order.id, at, verdict.reservations);
    const waits =
      planned.length === 0
        ? 'reprocess it in the VTEX Admin'
        : `make planned change ${plannedChangeIds.map((n) => `#${n}`).join(', ')} in the VTEX Admin, then reprocess it there`;
    audit(
      deps,
      order,
      at,
      'would_integrate',
      { status: order.integrationStatus, plannedChangeIds, wouldReserve: verdict.reservations },
      `Would integrate on the local copy: ${waits}. Nothing was sent to VTEX.`
    );
    return {
      outcome: {
        ...base,
        result: 'would_integrate',
        vtexOrderId: null,
        message: null,
        causes: [],
        reserved: verdict.reservations,
        plannedChangeIds
      },
      blocking: null,
      planned
    };
  }
  if (verdict.integrates) {
    const { vtexOrderId, reservations: reserved } = verdict;
    const attempts = recordAttempt(deps.db, {
      orderId: order.id,
      status: 'success',
      message: null,
      processedAt: at,
      vtexOrderId
    });
    deleteDiagnosis(deps.db, order.id);
    audit(
      deps,
      order,
      at,
      'succeeded',
      { status: 'success', vtexOrderId, attempts, reserved },
      `Integrated as ${vtexOrderId ?? '—'}${reservedText(reserved)}.`
    );
    return {
      outcome: { ...base, result: 'succeeded', vtexOrderId, message: null, causes: [], reserved },
      blocking: null,
      planned: []
    };
  }
  const blocking = blockingCause(verdict);
  // A mark from an earlier run no longer holds, whatever the new diagnosis's outcome.
  unmarkWouldIntegrate(deps.db, order.id);
  const attempts = recordAttempt(deps.db, {
    orderId: order.id,
    status: 'error',
    message: verdict.message,
    processedAt: at,
    vtexOrderId: null
  });
  writeDiagnoses(deps.db, [verdict.diagnosis], { ranAt: at, asOf: replay.asOf });
  audit(
    deps,
    order,
    at,
    'still_failing',
    { status: 'error', message: verdict.message, attempts, causes: verdict.causes },
    `Still failing: ${blocking}.`
  );
  return {
    outcome: { ...base, result: 'still_failing', vtexOrderId: null, message: verdict.message, causes: verdict.causes },
    blocking,
    planned: []
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reprocesses orders by replaying VTEX's checks, oldest first, each order that integrates (or, on a
 * copy, would) holding its stock before the next is judged, in transactions of `batchSize` orders,
 * reporting progress after each and yielding between them so the host stays responsive.
 */
export async function reprocessOrders(
  deps: CoreDeps,
  selection: ReprocessSelection | readonly number[],
  options: { batchSize?: number } = {}
): Promise<ReprocessSummary> {
  const ids = selectOrders(deps, selection);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const now = deps.clock.now();
  const gateway = gatewayOf(deps);
  const replay = gateway.openReplay(now);
  const summary: ReprocessSummary = {
    order: 'oldest_first',
    localCopy: !gateway.reachesStore,
    succeeded: 0,
    wouldIntegrate: 0,
    stillFailing: 0,
    skipped: 0,
    outcomes: [],
    stillFailingByCause: {},
    plannedChanges: []
  };
  const planned = new Map<number, PlannedChange>();
  try {
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      const results = deps.db.transaction(() => batch.map((id) => reprocessOne(deps, replay, id, now)))();
      for (const result of results) {
        const { outcome, blocking } = result;
        summary.outcomes.push(outcome);
        for (const change of result.planned) planned.set(change.id, change);
        if (outcome.result === 'succeeded') summary.succeeded += 1;
        else if (outcome.result === 'would_integrate') summary.wouldIntegrate += 1;
        else if (blocking !== null) {
          summary.stillFailing += 1;
          summary.stillFailingByCause[blocking] = (summary.stillFailingByCause[blocking] ?? 0) + 1;
        } else summary.skipped += 1;
      }
      const { succeeded, wouldIntegrate, stillFailing } = summary;
      deps.events.emit('reprocess/progress', {
        done: summary.outcomes.length,
        total: ids.length,
        succeeded,
        wouldIntegrate,
        stillFailing
      });
      if (start + batchSize < ids.length) await nextTurn();
    }
  } finally {
    // Batches already committed changed the mirror even when a later one failed.
    if (summary.outcomes.length > 0) deps.events.emit('mirror/changed', { reason: 'reprocess' });
  }
  summary.plannedChanges = [...planned.values()].sort((a, b) => a.id - b.id);
  return summary;
}

export function createReprocessHandlers(deps: CoreDeps) {
  return {
    'reprocess/run': (selection: ReprocessSelection) => reprocessOrders(deps, selection),
    'reprocess/precheck': (selection: ReprocessSelection) => precheckReprocess(deps, selection),
    'reprocess/verify': ({ orderId }: { orderId: number }) => verifyOrder(deps, orderId)
  };
}
