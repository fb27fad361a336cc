import { closeSync, existsSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, openPrivateForWriting } from '../private-files';
import { accountFromEnv, checkAccountName, type VtexCredentials } from '../vtex/config';

/**
 * Where an account's API key and token are kept. The desktop app encrypts them with the operating
 * system's keychain (Electron's safeStorage); the CLI and the browser mode read them from the
 * environment and never write them anywhere.
 */
export interface CredentialVault {
  readonly source: 'encrypted' | 'environment';
  /** Null when `save` can work; otherwise why it cannot, in words for the agent. */
  saveRefusal(): string | null;
  save(account: string, credentials: VtexCredentials): void;
  load(account: string): VtexCredentials | null;
  remove(account: string): void;
}

/** The part of Electron's safeStorage the vault uses; tests pass a fake cipher. */
export interface StringCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const ENVIRONMENT_ONLY =
  'Here credentials come from the environment only (VTEX_ACCOUNT, VTEX_APP_KEY, VTEX_APP_TOKEN) and are never written; set them and start again.';

const NO_KEYCHAIN =
  'The operating system offers no encryption to this app (no keychain or secret service), so the credentials are not saved: the desk never stores them in clear.';

function isCredentials(value: unknown): value is VtexCredentials {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (typeof v.appKey === 'string' && typeof v.appToken === 'string') || typeof v.userToken === 'string';
}

/**
 * Encrypted blobs, one per account, in `dir` (0700, files 0600). Refuses to save when the cipher
 * says encryption is unavailable (on Linux without a secret service safeStorage would fall back to
 * a hard-coded key: that is clear text in all but name).
 */
export function encryptedFileVault(dir: string, cipher: StringCipher): CredentialVault {
  const fileOf = (account: string) => join(dir, `${checkAccountName(account)}.bin`);
  const refusal = () => (cipher.isEncryptionAvailable() ? null : NO_KEYCHAIN);
  return {
    source: 'encrypted',
    saveRefusal: refusal,
    save(account, credentials) {
      const why = refusal();
      if (why) throw new Error(why);
      ensurePrivateDir(dir);
      const file = fileOf(account);
      const fd = openPrivateForWriting(`${file}.tmp`);
      try {
        writeSync(fd, cipher.encryptString(JSON.stringify(credentials)));
      } finally {
        closeSync(fd);
      }
      renameSync(`${file}.tmp`, file);
    },
    load(account) {
      const file = fileOf(account);
      if (!existsSync(file) || !cipher.isEncryptionAvailable()) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(cipher.decryptString(readFileSync(file)));
      } catch {
        // A blob from another user or machine cannot be decrypted: the account must be connected again.
        return null;
      }
      return isCredentials(parsed) ? parsed : null;
    },
    remove(account) {
      rmSync(fileOf(account), { force: true });
    }
  };
}

/** VTEX_ACCOUNT / VTEX_APP_KEY / VTEX_APP_TOKEN (or VTEX_USER_TOKEN): read, never written. */
export function environmentVault(env: Record<string, string | undefined>): CredentialVault {
  return {
    source: 'environment',
    saveRefusal: () => ENVIRONMENT_ONLY,
    save() {
      throw new Error(ENVIRONMENT_ONLY);
    },
    load(account) {
      const fromEnv = accountFromEnv(env);
      if (!fromEnv || fromEnv.account !== account) return null;
      return 'userToken' in fromEnv ? { userToken: fromEnv.userToken } : { appKey: fromEnv.appKey, appToken: fromEnv.appToken };
    },
    remove: () => undefined
  };
}
