import { ApiFailure } from '../../../shared/api/result';
import type { FixRequest } from '../../../shared/api/fixes';
import type { Db } from '../db/connection';
import { plannedFixesBefore, settlePlannedChanges } from '../db/repositories/plan-repository';
import { readRegistry } from '../accounts/account-registry';
import { createMirrorGateway } from '../gateway';
import type { VtexHttp } from '../vtex/http';
import { accountsOf, clientFor } from './account-service';
import type { CoreDeps } from './deps';

/** The account a sync reads: the one the environment names (CLI, browser mode), else the active one. */
export function syncAccount(deps: CoreDeps): string | null {
  const accounts = deps.accounts;
  if (!accounts) return null;
  return accounts.environmentAccount ?? readRegistry(accounts.dataDir).active;
}

/**
 * Connected mode: the account a sync would read (the environment's, else the active one) and its
 * client. Without one, a connected call is refused: the desk does not pretend the store changed.
 */
export function connectedClient(deps: CoreDeps): { account: string; http: VtexHttp } {
  const accounts = accountsOf(deps);
  const account = syncAccount(deps);
  if (!account)
    throw new ApiFailure(
      'not-supported',
      'No VTEX account is connected: connect one in Settings (or set VTEX_ACCOUNT, VTEX_APP_KEY and VTEX_APP_TOKEN).'
    );
  const http = clientFor(accounts, account);
  if (!http) throw new ApiFailure('unauthorized', `No credentials for account "${account}": connect it again.`);
  return { account, http };
}

const LATEST = '9999-12-31T23:59:59.999Z';

/**
 * Settles the planned changes of this fix kind on `objects` that the mirror (now holding what the
 * store returned) no longer needs: the store confirmed them. Returns how many became `done`.
 */
export function settleConfirmedChanges(db: Db, fix: FixRequest, objects: ReadonlySet<string>, at: string): number {
  const mirror = createMirrorGateway(db);
  const done: number[] = [];
  for (const planned of plannedFixesBefore(db, LATEST)) {
    if (planned.fix.kind !== fix.kind || !objects.has(`${planned.objectKind}/${planned.objectId}`)) continue;
    let open: boolean;
    try {
      open = mirror
        .preview(planned.fix)
        .some((change) => change.entity === planned.objectKind && change.entityId === planned.objectId);
    } catch (error) {
      // The object is gone from the store's answer: left for the agent to judge.
      if (error instanceof ApiFailure) continue;
      throw error;
    }
    if (!open) done.push(planned.id);
  }
  return done.length === 0 ? 0 : settlePlannedChanges(db, done, 'done', at);
}
