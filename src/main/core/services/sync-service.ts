import { ApiFailure } from '../../../shared/api/result';
import {
  SYNC_KINDS,
  type SyncChanges,
  type SyncKind,
  type SyncMode,
  type SyncProgress,
  type SyncStatus,
  type SyncSummary
} from '../../../shared/api/sync';
import { diagnosisOutcomes, failedOrderTargets } from '../db/repositories/sync-target-repository';
import { VtexError } from '../vtex/errors';
import { SyncCancelledError, syncOmsIncremental, syncTargets } from '../vtex/sync';
import { syncFull } from '../vtex/sync-full';
import { readOmsSyncedUntil, readSyncedAt } from '../vtex/sync-state';
import { accountsOf, vtexFailure } from './account-service';
import { connectedClient, syncAccount } from './connected-account';
import type { CoreDeps } from './deps';
import { runDiagnosis } from './diagnosis-runner';

const DAY_MS = 86_400_000;

function status(deps: CoreDeps): SyncStatus {
  const synced = readSyncedAt(deps.db);
  return {
    account: syncAccount(deps),
    running: deps.accounts?.running.controller != null,
    kinds: SYNC_KINDS.map((kind) => ({ kind, syncedAt: synced[kind] ?? null })),
    omsSyncedUntil: readOmsSyncedUntil(deps.db)
  };
}

type Outcomes = ReturnType<typeof diagnosisOutcomes>;

/** Compares the failed orders' diagnoses before and after: what the agent reads as "what changed". */
export function compareOutcomes(before: Outcomes, after: Outcomes, rediagnosed: number): SyncChanges {
  const changes: SyncChanges = { rediagnosed, nowPassing: 0, nowFailing: 0, causeChanged: 0 };
  for (const [orderId, now] of after) {
    const then = before.get(orderId);
    if (!then) continue;
    // "Passes every check": no cause found, and not for want of data.
    const passedThen = then.outcome === 'no_cause_found';
    const passesNow = now.outcome === 'no_cause_found';
    if (then.outcome === 'causes' && passesNow) changes.nowPassing += 1;
    else if (passedThen && now.outcome === 'causes') changes.nowFailing += 1;
    else if (then.outcome === 'causes' && now.outcome === 'causes' && then.topCause !== now.topCause) changes.causeChanged += 1;
  }
  return changes;
}

const isCancel = (error: unknown): boolean =>
  error instanceof SyncCancelledError || (error instanceof VtexError && error.kind === 'cancelled');

type RunArgs = { mode?: SyncMode; kinds?: SyncKind[]; since?: string };

async function run(deps: CoreDeps, args: RunArgs): Promise<SyncSummary> {
  const { account, http } = connectedClient(deps);
  const accounts = accountsOf(deps);
  if (accounts.running.controller) throw new ApiFailure('conflict', `A sync of account "${account}" is already running.`);
  const controller = new AbortController();
  accounts.running.controller = controller;
  const db = deps.db;
  const now = deps.clock.now();
  const targets = failedOrderTargets(db);
  const before = diagnosisOutcomes(db, targets.orderIds);
  const summary: SyncSummary = {
    account,
    mode: args.mode ?? 'targeted',
    listing: null,
    cancelled: false,
    applied: {},
    missing: {},
    failed: {},
    resumed: [],
    incremental: null,
    changes: compareOutcomes(before, before, 0)
  };
  const emit = (kind: SyncKind, phase: SyncProgress['phase'], done: number, total: number) =>
    deps.events.emit('sync/progress', { account, kind, phase, done, total });
  try {
    // OMS is searched for the failed orders' marketplace ids from a day before the oldest of them to
    // the end of today: whole days, so a run started again today has the same request and resumes.
    const to = new Date(Math.ceil((now.getTime() + 1) / DAY_MS) * DAY_MS - 1);
    const from = targets.oldestCreatedAt
      ? new Date(Date.parse(targets.oldestCreatedAt) - DAY_MS)
      : new Date(to.getTime() - 31 * DAY_MS);
    const options = {
      kinds: args.kinds,
      targets: { postalCodes: targets.postalCodes, marketplaceOrderIds: targets.marketplaceOrderIds, searchWindow: { from, to } },
      clock: deps.clock,
      signal: controller.signal,
      onProgress: (p: { kind: SyncKind; phase: SyncProgress['phase']; done: number; total: number }) =>
        emit(p.kind, p.phase, p.done, p.total)
    };
    let result;
    if (summary.mode === 'full') {
      result = await syncFull(db, http, options);
      summary.listing = { listed: result.listed, resumedAfterPage: result.listingResumedAfterPage };
    } else result = await syncTargets(db, http, { ...options, targets: { ...options.targets, skuIds: targets.skuIds } });
    summary.applied = result.applied;
    summary.missing = result.missing;
    summary.resumed = result.resumed;
    for (const [kind, failure] of Object.entries(result.failed))
      summary.failed[kind as SyncKind] = { reason: failure.kind, message: failure.message };
    if (args.since && (!args.kinds || args.kinds.includes('oms-orders'))) {
      summary.incremental = await syncOmsIncremental(db, http, {
        from: new Date(args.since),
        to: now,
        clock: deps.clock,
        signal: controller.signal,
        onProgress: (p) => emit('oms-orders', 'window', p.windowsDone, p.orders)
      });
    }
  } catch (error) {
    if (isCancel(error)) summary.cancelled = true;
    else if (error instanceof VtexError) throw vtexFailure(error);
    else throw error;
  } finally {
    accounts.running.controller = null;
  }
  // What was applied is kept even when cancelled, so the failed orders are judged on it either way.
  if (targets.orderIds.length > 0) {
    runDiagnosis(db, { now: deps.clock.now(), orderIds: targets.orderIds });
    summary.changes = compareOutcomes(before, diagnosisOutcomes(db, targets.orderIds), targets.orderIds.length);
  }
  deps.events.emit('mirror/changed', { reason: 'sync' });
  return summary;
}

export function createSyncHandlers(deps: CoreDeps) {
  return {
    'sync/status': () => status(deps),
    'sync/run': (args: RunArgs) => run(deps, args),
    'sync/cancel': () => {
      const controller = deps.accounts?.running.controller;
      controller?.abort();
      return { cancelled: controller != null };
    }
  };
}
