import { createAccountsDeps, type AccountsDeps } from '../../core/accounts/accounts-deps';
import { findAccount, readRegistry } from '../../core/accounts/account-registry';
import { environmentVault } from '../../core/accounts/credential-vault';
import { defaultMirrorPath, userDataDir } from '../../core/paths';
import { accountFromEnv, apiBaseFrom } from '../../core/vtex/config';
import { CommandError, type CliIo } from '../io';

/**
 * The accounts as the CLI and the browser mode see them: credentials from VTEX_ACCOUNT,
 * VTEX_APP_KEY and VTEX_APP_TOKEN (never written), hosts overridden by --api-base or VTEX_API_BASE.
 */
export function environmentAccounts(io: CliIo, apiBaseFlag?: string): AccountsDeps {
  let environmentAccount: string | null;
  let apiBase: string | undefined;
  try {
    environmentAccount = accountFromEnv(io.env)?.account ?? null;
    apiBase = apiBaseFrom(apiBaseFlag, io.env);
  } catch (error) {
    throw new CommandError(error instanceof Error ? error.message : String(error));
  }
  return createAccountsDeps({
    dataDir: userDataDir(io.env),
    vault: environmentVault(io.env),
    apiBase,
    environmentAccount,
    localMirrorPath: defaultMirrorPath(io.env)
  });
}

/** The account the environment names, or an error saying which variables to set. */
export function requireEnvironmentAccount(accounts: AccountsDeps, command: string): string {
  if (!accounts.environmentAccount)
    throw new CommandError(
      `${command}: set VTEX_ACCOUNT, VTEX_APP_KEY and VTEX_APP_TOKEN (the CLI reads credentials from the environment only)`
    );
  return accounts.environmentAccount;
}

/** The mirror of a connected account, for commands run without --db. */
export function registeredMirror(accounts: AccountsDeps, account: string, command: string): string {
  const found = findAccount(readRegistry(accounts.dataDir), account);
  if (!found)
    throw new CommandError(
      `${command}: account "${account}" is not connected yet; run \`integration-desk account add ${account}\` first, or name a mirror with --db FILE`
    );
  return found.mirrorPath;
}
