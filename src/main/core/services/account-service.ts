import type { AccountsState, AccountView, ConnectResult, ModuleAccessView } from '../../../shared/api/accounts';
import { ApiFailure } from '../../../shared/api/result';
import type { AccountsDeps } from '../accounts/accounts-deps';
import { prepareAccountMirror } from '../accounts/account-mirror';
import {
  accountMirrorPath,
  findAccount,
  readRegistry,
  registerAccount,
  setActiveAccount,
  unregisterAccount
} from '../accounts/account-registry';
import { openMirror } from '../db/connection';
import { readMeta } from '../db/repositories/meta-repository';
import { VTEX_MODULES, type VtexCredentials } from '../vtex/config';
import { testConnection } from '../vtex/connection';
import { VtexError } from '../vtex/errors';
import { VtexHttp } from '../vtex/http';
import { resourcePath } from '../vtex/permissions';
import type { CoreDeps } from './deps';

export function accountsOf(deps: CoreDeps): AccountsDeps {
  if (!deps.accounts)
    throw new ApiFailure('not-supported', 'This desk was started without VTEX accounts (a review or a test mirror).');
  return deps.accounts;
}

/** The client for an account, with its credentials from the vault, or null when there are none. */
export function clientFor(accounts: AccountsDeps, account: string, credentials?: VtexCredentials): VtexHttp | null {
  const found = credentials ?? accounts.vault.load(account);
  return found ? new VtexHttp({ account, apiBase: accounts.apiBase, ...found }, accounts.http) : null;
}

/** A VtexError as the contract's failure: its message is already free of credentials. */
export function vtexFailure(error: VtexError): ApiFailure {
  return new ApiFailure(error.kind === 'unauthorized' ? 'unauthorized' : 'remote-failed', error.message, {
    vtex: error.kind,
    module: error.details.module
  });
}

export function accountsState(deps: CoreDeps): AccountsState {
  const accounts = accountsOf(deps);
  const registry = readRegistry(accounts.dataDir);
  const view = (name: string, mirrorPath: string): AccountView => ({
    name,
    mirrorPath,
    active: registry.active === name,
    hasCredentials: accounts.vault.load(name) !== null
  });
  return {
    accounts: registry.accounts.map((a) => view(a.name, a.mirrorPath)),
    active: registry.active,
    credentialSource: accounts.vault.source,
    saveRefusal: accounts.vault.saveRefusal(),
    environmentAccount: accounts.environmentAccount ?? null,
    localMirrorPath: accounts.localMirrorPath
  };
}

/**
 * Points the host at another mirror file. Handlers read `deps.db` at each call, so the swap is seen
 * by every later call; a running sync writes through the old connection, so switching waits for it.
 */
function openMirrorFile(deps: CoreDeps, path: string): void {
  if (accountsOf(deps).running.controller)
    throw new ApiFailure('conflict', 'A sync is running: wait for it or cancel it before switching accounts.');
  if (path === deps.dbPath) return;
  const next = openMirror(path);
  const previous = deps.db;
  deps.db = next;
  deps.dbPath = path;
  previous.close();
  deps.events.emit('mirror/changed', { reason: 'account' });
}

async function connect(deps: CoreDeps, args: { account: string; appKey?: string; appToken?: string }): Promise<ConnectResult> {
  const accounts = accountsOf(deps);
  const typed =
    args.appKey !== undefined && args.appToken !== undefined ? { appKey: args.appKey, appToken: args.appToken } : undefined;
  const refusal = accounts.vault.saveRefusal();
  if (typed && refusal) throw new ApiFailure('not-supported', refusal);
  const http = clientFor(accounts, args.account, typed);
  if (!http) {
    throw new ApiFailure(
      'invalid-argument',
      accounts.vault.source === 'environment'
        ? `No credentials for account "${args.account}" in the environment: set VTEX_ACCOUNT=${args.account}, VTEX_APP_KEY and VTEX_APP_TOKEN.`
        : `Give the app key and app token of account "${args.account}".`
    );
  }
  let report;
  try {
    report = await testConnection(http);
  } catch (error) {
    if (error instanceof VtexError) throw vtexFailure(error);
    throw error;
  }
  // Tested: now it may be kept. A mirror that already holds this account's records (an Admin export
  // of it, the demo store of "lojademo") becomes its mirror; otherwise it gets a new file of its own.
  if (typed) accounts.vault.save(args.account, typed);
  const known = findAccount(readRegistry(accounts.dataDir), args.account);
  const mirrorPath =
    known?.mirrorPath ??
    (readMeta(deps.db).account === args.account ? deps.dbPath : accountMirrorPath(accounts.dataDir, args.account));
  if (mirrorPath !== deps.dbPath) prepareAccountMirror(mirrorPath, args.account);
  registerAccount(accounts.dataDir, {
    name: args.account,
    mirrorPath,
    addedAt: known?.addedAt ?? deps.clock.now().toISOString()
  });
  openMirrorFile(deps, mirrorPath);
  setActiveAccount(accounts.dataDir, args.account);
  const modules: ModuleAccessView[] = VTEX_MODULES.flatMap((module) => {
    const access = report.modules[module];
    if (!access) return [];
    return [
      {
        module,
        readable: access.readable,
        missingResource: access.readable ? null : resourcePath(access.missing),
        grantedByRole: access.readable ? null : access.missing.role
      }
    ];
  });
  return { account: args.account, modules, state: accountsState(deps) };
}

function switchTo(deps: CoreDeps, account: string | null): AccountsState {
  const accounts = accountsOf(deps);
  if (account === null) {
    openMirrorFile(deps, accounts.localMirrorPath);
  } else {
    const found = findAccount(readRegistry(accounts.dataDir), account);
    if (!found) throw new ApiFailure('not-found', `No account "${account}" is connected; connect it first.`);
    openMirrorFile(deps, found.mirrorPath);
  }
  setActiveAccount(accounts.dataDir, account);
  return accountsState(deps);
}

function remove(deps: CoreDeps, account: string): AccountsState {
  const accounts = accountsOf(deps);
  if (!findAccount(readRegistry(accounts.dataDir), account))
    throw new ApiFailure('not-found', `No account "${account}" is connected.`);
  if (readRegistry(accounts.dataDir).active === account) switchTo(deps, null);
  accounts.vault.remove(account);
  unregisterAccount(accounts.dataDir, account);
  return accountsState(deps);
}

export function createAccountHandlers(deps: CoreDeps) {
  return {
    'accounts/list': () => accountsState(deps),
    'accounts/connect': (args: { account: string; appKey?: string; appToken?: string }) => connect(deps, args),
    'accounts/switch': ({ account }: { account: string | null }) => switchTo(deps, account),
    'accounts/remove': ({ account }: { account: string }) => remove(deps, account)
  };
}
