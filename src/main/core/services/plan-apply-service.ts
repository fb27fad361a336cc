import type { ConnectedFixOutcome } from '../../../shared/api/connected';
import type { FixRequest } from '../../../shared/api/fixes';
import type {
  PlanApplyLine,
  PlanApplyLineResult,
  PlanApplyOutcome,
  PlanApplyPreview,
  PlanApplyResult,
  PlannedChange
} from '../../../shared/api/plan';
import { ApiFailure } from '../../../shared/api/result';
import { readMeta } from '../db/repositories/meta-repository';
import { listPlannedChanges, planChangeStates, plannedFixesOf } from '../db/repositories/plan-repository';
import { adminLinkOf } from '../gateway/admin-links';
import { ADMIN_PATHS } from '../gateway/admin-places';
import type { FixChange } from '../gateway/store-gateway';
import { reachesApi } from '../gateway/vtex-fix-writes';
import { createVtexGateway } from '../gateway/vtex-gateway';
import { connectedClient, settleConfirmedChanges } from './connected-account';
import { auditOutcome, typed } from './connected-fix-service';
import type { CoreDeps } from './deps';
import { runDiagnosis } from './diagnosis-runner';

/*
 * The change plan applied through a connected account's APIs in one confirmed batch (issue 10):
 * each planned change goes through the same gateway as a single connected fix — written, read back,
 * the mirror updated from what VTEX returned — and is marked done only when the value read back is
 * the planned one. A refusal leaves its object's mirror rows and its change as they were.
 */

type Batch = { fix: FixRequest; changes: PlannedChange[] }[];

/** The still planned changes among `ids`, grouped by the fix they came from (one fix is one set of calls). */
function batchOf(deps: Pick<CoreDeps, 'db'>, ids: readonly number[]): Batch {
  const planned = new Map(listPlannedChanges(deps.db, { states: ['planned'] }).map((change) => [change.id, change]));
  const groups = new Map<string, Batch[number]>();
  for (const { id, fix } of plannedFixesOf(deps.db, ids)) {
    const change = planned.get(id);
    if (!change) continue;
    const key = JSON.stringify(fix);
    const group = groups.get(key) ?? { fix, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The connected account, refused when the mirror came from another store's snapshot: a plan made on
 * one store's copy must never be written into another.
 */
function planAccount(deps: CoreDeps): ReturnType<typeof connectedClient> {
  const connected = connectedClient(deps);
  const source = readMeta(deps.db).account;
  if (source && source.toLowerCase() !== connected.account.toLowerCase())
    throw new ApiFailure(
      'conflict',
      `This change plan was made on a copy of account "${source}", but "${connected.account}" is connected: connect "${source}" to apply it.`
    );
  return connected;
}

const objectKey = (entity: string, entityId: string) => `${entity}/${entityId}`;

function preview(deps: CoreDeps, ids: readonly number[] | undefined): PlanApplyPreview {
  const { account, http } = planAccount(deps);
  const gateway = createVtexGateway(deps.db, http);
  const wanted = ids ?? listPlannedChanges(deps.db, { states: ['planned'] }).map((change) => change.id);
  const lines = batchOf(deps, wanted).flatMap(({ fix, changes }): PlanApplyLine[] => {
    const calls = new Map(
      (reachesApi(fix.kind) ? gateway.calls(fix) : []).map((call) => [objectKey(call.entity, call.entityId), call])
    );
    return changes.map((change) => {
      const call = calls.get(objectKey(change.object.kind, change.object.id));
      return {
        changeId: change.id,
        fixKind: change.fixKind,
        object: change.object,
        field: change.field,
        before: change.before,
        after: change.after,
        adminPath: change.adminPath,
        call: call ? { method: call.method, path: call.path } : null,
        adminLink: call ? null : adminLinkOf(account, fix)
      };
    });
  });
  return { account, lines: lines.sort((a, b) => a.changeId - b.changeId) };
}

/** Each planned change's line from what the gateway did to its object and the state the plan now gives it. */
function linesOf(
  changes: readonly PlannedChange[],
  outcome: ConnectedFixOutcome,
  states: ReadonlyMap<number, PlannedChange['state']>
): PlanApplyLineResult[] {
  return changes.map((change) => {
    const key = objectKey(change.object.kind, change.object.id);
    const state = states.get(change.id) ?? 'planned';
    const changed = outcome.changed.find((c) => objectKey(c.entity, c.entityId) === key);
    const base = { changeId: change.id, state, admin: null };
    if (changed) {
      const kept: PlanApplyOutcome = state === 'done' ? 'done' : 'not_kept';
      return { ...base, outcome: kept, call: changed.call, readBack: changed.after, message: null };
    }
    const failed = outcome.failed.find((f) => objectKey(f.entity, f.entityId) === key);
    return {
      ...base,
      outcome: 'refused',
      call: failed?.call ?? null,
      readBack: null,
      // No write reached the object: the store no longer has it where the plan put it.
      message: failed?.message ?? `No call of this fix reaches ${change.object.kind} ${change.object.id} in the store any more.`
    };
  });
}

/** Lines for changes nothing was sent for: made in the Admin, or not reached before the agent stopped. */
function unsentLines(
  changes: readonly PlannedChange[],
  outcome: 'admin' | 'cancelled',
  admin: PlanApplyLineResult['admin']
): PlanApplyLineResult[] {
  return changes.map((change) => ({
    changeId: change.id,
    outcome,
    state: 'planned',
    call: null,
    readBack: null,
    message: null,
    admin
  }));
}

async function apply(deps: CoreDeps, running: { controller: AbortController | null }, ids: readonly number[]) {
  const { account, http } = planAccount(deps);
  const controller = new AbortController();
  running.controller = controller;
  try {
    const batch = batchOf(deps, ids);
    const total = batch.reduce((n, group) => n + group.changes.length, 0);
    const gateway = createVtexGateway(deps.db, http);
    const result: PlanApplyResult = { account, cancelled: false, lines: [], auditIds: [], rediagnosed: 0 };
    const unblocked = new Set<number>();
    const report = (lines: PlanApplyLineResult[]) => {
      for (const line of lines) {
        result.lines.push(line);
        const progress = { account, done: result.lines.length, total, changeId: line.changeId, outcome: line.outcome };
        deps.events.emit('plan/progress', progress);
      }
    };
    for (const { fix, changes } of batch) {
      if (controller.signal.aborted) {
        result.cancelled = true;
        report(unsentLines(changes, 'cancelled', null));
        continue;
      }
      if (!reachesApi(fix.kind)) {
        report(unsentLines(changes, 'admin', { path: ADMIN_PATHS[fix.kind], link: adminLinkOf(account, fix) }));
        continue;
      }
      // The copy already shows the plan's changes: the plan says what to send and what it replaces.
      const expected: FixChange[] = changes.map((change) => ({
        entity: change.object.kind,
        entityId: change.object.id,
        field: change.field,
        before: change.before,
        after: change.after
      }));
      const now = deps.clock.now();
      const outcome = await gateway.apply(fix, now, expected);
      const at = now.toISOString();
      const states = deps.db.transaction(() => {
        const auditId = auditOutcome(deps, fix, outcome, { at, orderRef: null, note: 'Change plan applied through VTEX.' });
        if (auditId > 0) result.auditIds.push(auditId);
        const objects = new Set(outcome.changed.map((c) => objectKey(c.entity, c.entityId)));
        settleConfirmedChanges(deps.db, fix, objects, at);
        return planChangeStates(
          deps.db,
          changes.map((change) => change.id)
        );
      })();
      const lines = linesOf(changes, outcome, states);
      for (const [i, line] of lines.entries())
        if (line.outcome === 'done' || line.outcome === 'not_kept') changes[i].orders.forEach((order) => unblocked.add(order.id));
      report(lines);
    }
    if (unblocked.size > 0) {
      const orderIds = [...unblocked];
      result.rediagnosed = deps.db.transaction(() => runDiagnosis(deps.db, { now: deps.clock.now(), orderIds }).diagnosed)();
      deps.events.emit('mirror/changed', { reason: 'fix' });
    }
    return result;
  } finally {
    running.controller = null;
  }
}

export function createPlanApplyHandlers(deps: CoreDeps) {
  // One apply at a time per host: the write queue refuses a second job as `busy`.
  const running: { controller: AbortController | null } = { controller: null };
  return {
    'plan/preview-apply': ({ ids }: { ids?: number[] }) => preview(deps, ids),
    'plan/apply': typed(({ ids }: { ids: number[] }) => apply(deps, running, ids)),
    'plan/cancel-apply': () => {
      const controller = running.controller;
      controller?.abort();
      return { cancelled: controller != null };
    }
  };
}
