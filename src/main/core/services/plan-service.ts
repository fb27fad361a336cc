import type { FixRequest } from '../../../shared/api/fixes';
import type { PlanChangeState, PlanFormat, PlannedChange } from '../../../shared/api/plan';
import { ApiFailure } from '../../../shared/api/result';
import type { AdminPathLocale } from '../../../shared/domain/admin-paths';
import { readMeta } from '../db/repositories/meta-repository';
import {
  insertPlannedChanges,
  listPlannedChanges,
  plannedFixesBefore,
  settlePlannedChanges
} from '../db/repositories/plan-repository';
import { planCsv } from '../export/plan-csv';
import { planMarkdown } from '../export/plan-markdown';
import { gatewayOf, type FixChange } from '../gateway';
import { adminPlaceOf } from '../gateway/admin-places';
import type { CoreDeps } from './deps';

/**
 * Writes a fix that reached the local copy only into the change plan: one planned change per changed
 * record, each naming the orders the fix unblocks. The caller holds the fix's transaction.
 */
export function planFix(
  deps: Pick<CoreDeps, 'db'>,
  applied: {
    fix: FixRequest;
    changes: readonly FixChange[];
    orderIds: readonly number[];
    auditId: number;
    at: string;
    agent: string;
  }
): PlannedChange[] {
  const { db } = deps;
  const ids = insertPlannedChanges(
    db,
    applied.changes.map((change) => ({
      ...adminPlaceOf(db, applied.fix.kind, change),
      createdAt: applied.at,
      agent: applied.agent,
      fix: applied.fix,
      before: change.before,
      after: change.after,
      auditId: applied.auditId,
      orderIds: applied.orderIds
    }))
  );
  const wanted = new Set(ids);
  return listPlannedChanges(db, { states: ['planned'] }).filter((change) => wanted.has(change.id));
}

/** The planned changes an order still waits for before it can integrate. */
export function plannedChangesOf(deps: Pick<CoreDeps, 'db'>, orderId: number): PlannedChange[] {
  return listPlannedChanges(deps.db, { states: ['planned'], orderId });
}

/**
 * After an import the mirror holds the store's own data as of the snapshot's export. A planned change
 * made before that export is confirmed by it when its fix would change nothing there any more (the
 * agent made it in the Admin): it becomes `done`. One the store does not show stays planned, and an
 * object the snapshot no longer has is left for the agent to judge. Returns how many became done.
 */
export function confirmPlannedChanges(deps: Pick<CoreDeps, 'db' | 'gateway' | 'clock'>): number {
  const exportedAt = readMeta(deps.db).exportedAt;
  const asOf = exportedAt ? Date.parse(exportedAt) : NaN;
  if (Number.isNaN(asOf)) return 0;
  const gateway = gatewayOf(deps);
  const byFix = new Map<string, ReturnType<typeof plannedFixesBefore>>();
  for (const planned of plannedFixesBefore(deps.db, new Date(asOf).toISOString())) {
    const key = JSON.stringify(planned.fix);
    byFix.set(key, [...(byFix.get(key) ?? []), planned]);
  }
  const done: number[] = [];
  for (const changes of byFix.values()) {
    let pending: FixChange[];
    try {
      pending = gateway.preview(changes[0].fix);
    } catch (error) {
      if (error instanceof ApiFailure) continue;
      throw error;
    }
    const open = new Set(pending.map((change) => `${change.entity}\u0000${change.entityId}`));
    for (const change of changes) if (!open.has(`${change.objectKind}\u0000${change.objectId}`)) done.push(change.id);
  }
  return done.length === 0 ? 0 : settlePlannedChanges(deps.db, done, 'done', deps.clock.now().toISOString());
}

/** The change plan as a file an agent follows in the Admin, in the desk's language. */
export function exportPlan(
  deps: Pick<CoreDeps, 'db' | 'clock'>,
  format: PlanFormat,
  locale: AdminPathLocale = 'en'
): { fileName: string; text: string } {
  const changes = listPlannedChanges(deps.db, { states: ['planned'] });
  const day = deps.clock.now().toISOString().slice(0, 10);
  return format === 'csv'
    ? { fileName: `change-plan-${day}.csv`, text: planCsv(changes, locale) }
    : { fileName: `change-plan-${day}.md`, text: planMarkdown(changes, locale) };
}

export function createPlanHandlers(deps: CoreDeps) {
  return {
    'plan/list': (args: { states: PlanChangeState[]; orderId?: number }) => ({ changes: listPlannedChanges(deps.db, args) }),
    'plan/discard': ({ ids }: { ids: number[] }) => {
      const discarded = deps.db.transaction(() =>
        settlePlannedChanges(deps.db, ids, 'discarded', deps.clock.now().toISOString())
      )();
      if (discarded > 0) deps.events.emit('mirror/changed', { reason: 'fix' });
      return { discarded };
    },
    'plan/export': ({ format, locale }: { format: PlanFormat; locale: AdminPathLocale }) => exportPlan(deps, format, locale)
  };
}
