import type { ConnectedFixOutcome, ConnectedFixPreview, ConnectedFixResult, MarkDoneResult } from '../../../shared/api/connected';
import type { FixRequest } from '../../../shared/api/fixes';
import { ApiFailure } from '../../../shared/api/result';
import { appendAudit } from '../db/repositories/audit-repository';
import { getOrder } from '../db/repositories/order-repository';
import { failedOrdersNaming } from '../db/repositories/store-write-repository';
import { createMirrorGateway } from '../gateway';
import { createVtexGateway } from '../gateway/vtex-gateway';
import { reachesApi } from '../gateway/vtex-fix-writes';
import { rereadFixObjects } from '../gateway/vtex-reread';
import { VtexError } from '../vtex/errors';
import { vtexFailure } from './account-service';
import { connectedClient, settleConfirmedChanges } from './connected-account';
import type { CoreDeps } from './deps';
import { runDiagnosis } from './diagnosis-runner';
import { scopeOf, subjectOf } from './fix-service';
import { agentName } from './preferences-service';

function preview(deps: CoreDeps, fix: FixRequest): ConnectedFixPreview {
  const { http } = connectedClient(deps);
  return createVtexGateway(deps.db, http).preview(fix);
}

/**
 * Audits what a connected fix did: each call's method, path, status and the value read back, and
 * the refusals in an entry of their own (the log must not read a refused object as changed).
 * The caller holds the transaction. Returns the changes' entry id, else the refusals', else 0.
 */
export function auditOutcome(
  deps: CoreDeps,
  fix: FixRequest,
  outcome: ConnectedFixOutcome,
  context: { at: string; orderRef: string | null; note: string | null }
): number {
  const base = { ...context, actor: agentName(deps), ...subjectOf(fix) };
  const refusal =
    outcome.failed.length === 0
      ? null
      : appendAudit(deps.db, {
          ...base,
          action: `fix-refused:${fix.kind}`,
          before: null,
          after: {
            account: outcome.account,
            refused: outcome.failed.map((f) => ({
              entity: f.entity,
              entityId: f.entityId,
              field: f.field,
              message: f.message,
              ...f.call
            }))
          }
        });
  const entry =
    outcome.changed.length === 0
      ? null
      : appendAudit(deps.db, {
          ...base,
          action: `fix:${fix.kind}`,
          before: outcome.changed.map((c) => ({ entity: c.entity, entityId: c.entityId, field: c.field, value: c.before })),
          after: outcome.changed.map((c) => ({
            entity: c.entity,
            entityId: c.entityId,
            field: c.field,
            value: c.after,
            account: outcome.account,
            ...c.call
          }))
        });
  return (entry ?? refusal)?.id ?? 0;
}

/**
 * Applies a fix to the connected store: its objects are read from VTEX into the mirror, then written
 * and read back. The network calls run outside any transaction; then one transaction audits what
 * happened (each call's method, path, status and the value read back; refusals in an entry of their
 * own), settles the planned changes the store now confirms, and diagnoses again the failed orders
 * the fix concerns. A fix with no public API changes nothing and says where to make it.
 */
async function apply(deps: CoreDeps, request: { fix: FixRequest; orderId?: number; note?: string }): Promise<ConnectedFixResult> {
  const { fix } = request;
  const { http } = connectedClient(deps);
  const order = request.orderId === undefined ? null : getOrder(deps.db, request.orderId);
  if (request.orderId !== undefined && !order)
    throw new ApiFailure('not-found', `No order with id ${request.orderId} in this mirror.`);
  // The store's current objects first: the copy may show a planned change the store never got.
  if (reachesApi(fix.kind)) {
    const fresh = await rereadFixObjects(deps.db, http, fix);
    deps.db.transaction(() => fresh.forEach((write) => write(deps.db)))();
  }
  const affectedOrderIds = failedOrdersNaming(deps.db, scopeOf(deps.db, fix));
  const now = deps.clock.now();
  const outcome = await createVtexGateway(deps.db, http).apply(fix, now);
  if (outcome.through === 'admin') return { ...outcome, auditId: 0, plannedDone: 0, rediagnosed: 0 };
  const result = deps.db.transaction((): ConnectedFixResult => {
    const auditId = auditOutcome(deps, fix, outcome, {
      at: now.toISOString(),
      orderRef: order?.marketplaceOrderId ?? null,
      note: request.note?.trim() || null
    });
    const objects = new Set(outcome.changed.map((c) => `${c.entity}/${c.entityId}`));
    const plannedDone = settleConfirmedChanges(deps.db, fix, objects, now.toISOString());
    const rediagnosed =
      outcome.changed.length > 0 && affectedOrderIds.length > 0
        ? runDiagnosis(deps.db, { now, orderIds: affectedOrderIds }).diagnosed
        : 0;
    return { ...outcome, auditId, plannedDone, rediagnosed };
  })();
  if (outcome.changed.length > 0) deps.events.emit('mirror/changed', { reason: 'fix' });
  return result;
}

/**
 * After the agent made a change in the Admin: re-reads the objects from VTEX into the mirror and
 * asks the mirror whether the fix still changes anything. Only when it does not is the change plan
 * settled; the answer lists what the store still does not show.
 */
async function markDone(deps: CoreDeps, fix: FixRequest): Promise<MarkDoneResult> {
  const { account, http } = connectedClient(deps);
  const mirror = createMirrorGateway(deps.db);
  const objects = new Set(mirror.preview(fix).map((c) => `${c.entity}/${c.entityId}`));
  const writes = await rereadFixObjects(deps.db, http, fix);
  const now = deps.clock.now().toISOString();
  const result = deps.db.transaction((): MarkDoneResult => {
    for (const write of writes) write(deps.db);
    const pending = mirror.preview(fix);
    const plannedDone = settleConfirmedChanges(deps.db, fix, objects, now);
    return { account, confirmed: pending.length === 0, pending, plannedDone };
  })();
  deps.events.emit('mirror/changed', { reason: 'fix' });
  return result;
}

/** VtexErrors out of a connected call become the contract's failures (messages already redacted). */
export function typed<A, R>(handler: (args: A) => Promise<R>): (args: A) => Promise<R> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      if (error instanceof VtexError) throw vtexFailure(error);
      throw error;
    }
  };
}

export function createConnectedFixHandlers(deps: CoreDeps) {
  return {
    'connected/preview': ({ fix }: { fix: FixRequest }) => preview(deps, fix),
    'connected/apply': typed((request: { fix: FixRequest; orderId?: number; note?: string }) => apply(deps, request)),
    'connected/mark-done': typed(({ fix }: { fix: FixRequest }) => markDone(deps, fix))
  };
}
