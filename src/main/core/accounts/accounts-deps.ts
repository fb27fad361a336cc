import type { VtexHttpOptions } from '../vtex/http';
import type { CredentialVault } from './credential-vault';

/** What the account and sync services need from their host (the desktop app, the CLI, the bridge, a test). */
export interface AccountsDeps {
  /** The user-data folder: the account registry and each account's mirror live under it. */
  dataDir: string;
  vault: CredentialVault;
  /** One base URL for every module (`--api-base`, VTEX_API_BASE); VTEX's hosts when absent. */
  apiBase?: string;
  /** The account the environment names (CLI, browser mode): offered to connect without typing secrets. */
  environmentAccount?: string | null;
  /** The mirror opened when no account is active: the demo store or imported snapshots. */
  localMirrorPath: string;
  /** Transport options for the VTEX client (tests inject time and timeouts). */
  http?: VtexHttpOptions;
  /** The sync running now, if any: one at a time per host, and no account switch under it. */
  running: { controller: AbortController | null };
}

export function createAccountsDeps(options: Omit<AccountsDeps, 'running'>): AccountsDeps {
  return { ...options, running: { controller: null } };
}
