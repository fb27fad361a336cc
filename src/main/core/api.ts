import { contract, isApiName, type ApiName, type ParsedArgsOf, type ValueOf } from '../../shared/api';
import { ApiFailure, fail, ok, type Result } from '../../shared/api/result';
import { DatabaseTooNewError } from './db/migrate';
import { ImportError } from './import';
import { createAccountHandlers } from './services/account-service';
import { createChecklistHandlers } from './services/admin-checklist-service';
import { createConnectedFixHandlers } from './services/connected-fix-service';
import { createOmsWatchHandlers } from './services/oms-watch-service';
import { createVerifyVtexHandlers } from './services/verify-vtex-service';
import { createAppHandlers } from './services/app-service';
import { createAuditHandlers } from './services/audit-service';
import { createBulkReprocessHandlers } from './services/bulk-reprocess-service';
import { createDiagnosisHandlers } from './services/diagnosis-service';
import { createFixHandlers } from './services/fix-service';
import { createGroupHandlers } from './services/group-service';
import { createGroupPrecheckHandlers } from './services/group-precheck-service';
import { createGroupSnapshots } from './services/group-precheck-snapshots';
import { createImportHandlers } from './services/import-service';
import { createOrderViewHandlers } from './services/order-view-service';
import { createPlanApplyHandlers } from './services/plan-apply-service';
import { createPlanHandlers } from './services/plan-service';
import { createPreferencesHandlers } from './services/preferences-service';
import { createQueueHandlers } from './services/queue-service';
import { createResolutionHandlers } from './services/resolution-service';
import { createReprocessHandlers } from './services/reprocess-service';
import { createSimulationHandlers } from './services/simulation-service';
import { createStorefrontHandlers } from './services/storefront-service';
import { createTrendsHandlers } from './services/trends-service';
import { createSyncHandlers } from './services/sync-service';
import type { CoreDeps } from './services/deps';
import { accessOf } from './writer/access';
import { describeOwner, otherOwner } from './writer/mirror-owner';
import { createMirrorWriter } from './writer/mirror-writer';
import type { WriteQueue } from './writer/write-queue';

export type Handlers = { [N in ApiName]: (args: ParsedArgsOf<N>) => ValueOf<N> | Promise<ValueOf<N>> };

export interface CoreApi {
  /** Validates the raw argument against the contract, runs the handler, and never throws. */
  dispatch(name: unknown, rawArgs: unknown): Promise<Result<unknown>>;
}

/**
 * SQLite's "database is locked": another process wrote to the mirror file for longer than the busy
 * timeout. Told as `busy`, naming that process when it left its owner file, never as a raw error.
 */
function busyFailure(dbPath: string): Result<never> {
  const owner = dbPath === ':memory:' ? null : otherOwner(dbPath);
  const holder = owner ? describeOwner(owner) : 'another process';
  return fail('busy', `The mirror is held by ${holder} — try again when it ends.`);
}

/** Turns what a handler threw into a Result; unexpected errors keep their stack in the log only. */
function toFailure(error: unknown, deps: CoreDeps, log: (error: unknown) => void): Result<never> {
  if (error instanceof ApiFailure) return fail(error.code, error.message, error.details);
  if (error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_BUSY') return busyFailure(deps.dbPath);
  if (error instanceof ImportError) return fail('import-failed', error.message, { ...error.details });
  if (error instanceof DatabaseTooNewError) return fail('database-too-new', error.message);
  log(error);
  return fail('internal', error instanceof Error ? error.message : String(error));
}

/**
 * The one core API; the IPC adapter, the loopback bridge and the CLI all serve it. Every call that
 * writes goes through the host's one write queue (src/main/core/writer/access.ts says which do).
 */
export function createApi(deps: CoreDeps, writer: WriteQueue = createMirrorWriter(deps, deps.transport)): CoreApi {
  // A group's pre-check keeps the orders it walked; the bulk reprocess of that group reads them back.
  const groupSnapshots = createGroupSnapshots();
  const handlers: Handlers = {
    ...createAppHandlers(deps),
    ...createPreferencesHandlers(deps),
    ...createImportHandlers(deps),
    ...createOrderViewHandlers(deps),
    ...createResolutionHandlers(deps),
    ...createQueueHandlers(deps),
    ...createGroupHandlers(deps),
    ...createGroupPrecheckHandlers(deps, groupSnapshots),
    ...createFixHandlers(deps),
    ...createReprocessHandlers(deps),
    ...createBulkReprocessHandlers(deps, groupSnapshots),
    ...createPlanHandlers(deps),
    ...createPlanApplyHandlers(deps),
    ...createAuditHandlers(deps),
    ...createSimulationHandlers(deps),
    ...createDiagnosisHandlers(deps),
    ...createStorefrontHandlers(deps),
    ...createTrendsHandlers(deps),
    ...createAccountHandlers(deps),
    ...createSyncHandlers(deps),
    ...createConnectedFixHandlers(deps),
    ...createVerifyVtexHandlers(deps),
    ...createOmsWatchHandlers(deps),
    ...createChecklistHandlers(deps, writer)
  };
  const log = deps.log ?? ((error: unknown) => console.error(error));
  return {
    async dispatch(name, rawArgs) {
      if (!isApiName(name)) return fail('unknown-method', `Unknown API method: ${String(name).slice(0, 80)}`);
      const parsed = contract[name].args.safeParse(rawArgs ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.length ? issue.path.join('.') : 'argument';
        return fail('invalid-argument', `${name}: ${where}: ${issue.message}`);
      }
      try {
        const handler = handlers[name] as (args: unknown) => unknown;
        const run = () => handler(parsed.data);
        const access = accessOf(name);
        if (access === 'read') return ok(await run());
        if (access === 'write') return ok(await writer.write(run));
        // An import waits for another process's import (SQLite's busy timeout); other jobs are refused at once.
        return ok(await writer.runJob(access.job, run, { waitForOtherProcess: access.job === 'import' }));
      } catch (error) {
        return toFailure(error, deps, log);
      }
    }
  };
}
