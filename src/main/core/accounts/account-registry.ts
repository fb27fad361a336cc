import { closeSync, existsSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, openPrivateForWriting } from '../private-files';
import { checkAccountName } from '../vtex/config';

/*
 * Which VTEX accounts the agent connected, and the mirror file of each: a small JSON file in the
 * user-data folder. It names accounts and paths only; credentials live in a CredentialVault.
 * Each account has its own mirror so two stores' records never mix (sync also refuses to).
 */

export interface RegisteredAccount {
  name: string;
  /** The account's own mirror file. */
  mirrorPath: string;
  addedAt: string;
}

export interface AccountRegistry {
  accounts: RegisteredAccount[];
  /** The account the desk opens; null: the local mirror (the demo store or imported snapshots). */
  active: string | null;
}

const FILE = 'accounts.json';

export const registryFile = (dataDir: string): string => join(dataDir, FILE);

/** Where a new account's mirror goes: its own file under the user-data folder. */
export const accountMirrorPath = (dataDir: string, name: string): string =>
  join(dataDir, 'mirrors', `${checkAccountName(name)}.db`);

function isRegistry(value: unknown): value is AccountRegistry {
  if (typeof value !== 'object' || value === null) return false;
  const { accounts, active } = value as Record<string, unknown>;
  return (
    Array.isArray(accounts) &&
    accounts.every(
      (a) => typeof a === 'object' && a !== null && typeof a.name === 'string' && typeof a.mirrorPath === 'string'
    ) &&
    (active === null || typeof active === 'string')
  );
}

/** The registry, empty when there is none yet; a file that is not one is an error naming it. */
export function readRegistry(dataDir: string): AccountRegistry {
  const file = registryFile(dataDir);
  if (!existsSync(file)) return { accounts: [], active: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    parsed = null;
  }
  if (!isRegistry(parsed)) throw new Error(`${file} is not an account list the desk can read; move it away to start a new one`);
  return parsed;
}

/** Writes the whole registry through a temporary file and a rename, so a crash never leaves half of it. */
export function writeRegistry(dataDir: string, registry: AccountRegistry): void {
  ensurePrivateDir(dataDir);
  const file = registryFile(dataDir);
  const temporary = `${file}.tmp`;
  const fd = openPrivateForWriting(temporary);
  try {
    writeSync(fd, JSON.stringify(registry, null, 2) + '\n');
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

export function findAccount(registry: AccountRegistry, name: string): RegisteredAccount | null {
  return registry.accounts.find((a) => a.name === name) ?? null;
}

/** Adds (or keeps) an account with the given mirror; returns the registry as written. */
export function registerAccount(dataDir: string, account: RegisteredAccount): AccountRegistry {
  const registry = readRegistry(dataDir);
  const others = registry.accounts.filter((a) => a.name !== account.name);
  const next = { ...registry, accounts: [...others, account].sort((a, b) => a.name.localeCompare(b.name)) };
  writeRegistry(dataDir, next);
  return next;
}

/** Forgets an account (its mirror file stays where it is: it is the agent's data). */
export function unregisterAccount(dataDir: string, name: string): AccountRegistry {
  const registry = readRegistry(dataDir);
  const next = {
    accounts: registry.accounts.filter((a) => a.name !== name),
    active: registry.active === name ? null : registry.active
  };
  writeRegistry(dataDir, next);
  return next;
}

export function setActiveAccount(dataDir: string, name: string | null): AccountRegistry {
  const registry = readRegistry(dataDir);
  if (name !== null && !findAccount(registry, name)) throw new Error(`No account "${name}" is connected`);
  const next = { ...registry, active: name };
  writeRegistry(dataDir, next);
  return next;
}

/** The mirror the desk should open at start: the active account's, or null for the local one. */
export function activeMirrorPath(dataDir: string): string | null {
  const registry = readRegistry(dataDir);
  return registry.active ? (findAccount(registry, registry.active)?.mirrorPath ?? null) : null;
}
