import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  accountMirrorPath,
  activeMirrorPath,
  readRegistry,
  registerAccount,
  registryFile,
  setActiveAccount,
  unregisterAccount
} from '../../../src/main/core/accounts/account-registry';
import { encryptedFileVault, environmentVault, type StringCipher } from '../../../src/main/core/accounts/credential-vault';
import { apiBaseFrom } from '../../../src/main/core/vtex/config';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'accounts-')), 'data');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

/** A stand-in for safeStorage: reversible, and never the plain text. */
function fakeCipher(available = true): StringCipher & { calls: number } {
  const cipher = {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => {
      cipher.calls += 1;
      return Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a));
    },
    decryptString: (blob: Buffer) => Buffer.from(blob.map((b) => b ^ 0x5a)).toString('utf8')
  };
  return cipher;
}

describe('account registry', () => {
  it('keeps names and mirror paths in a private file, switches and forgets accounts', () => {
    expect(readRegistry(dir)).toEqual({ accounts: [], active: null });
    const mirror = accountMirrorPath(dir, 'mystore');
    registerAccount(dir, { name: 'mystore', mirrorPath: mirror, addedAt: '2026-12-03T06:00:00.000Z' });
    registerAccount(dir, { name: 'another', mirrorPath: accountMirrorPath(dir, 'another'), addedAt: '2026-12-03T06:00:00.000Z' });
    expect(mode(dir)).toBe(0o700);
    expect(mode(registryFile(dir))).toBe(0o600);
    expect(readRegistry(dir).accounts.map((a) => a.name)).toEqual(['another', 'mystore']);
    expect(activeMirrorPath(dir)).toBeNull();
    setActiveAccount(dir, 'mystore');
    expect(activeMirrorPath(dir)).toBe(mirror);
    expect(() => setActiveAccount(dir, 'unknown')).toThrow('No account "unknown"');
    unregisterAccount(dir, 'mystore');
    expect(readRegistry(dir)).toEqual({ accounts: [expect.objectContaining({ name: 'another' })], active: null });
  });

  it('gives each account its own mirror file and refuses a name that could leave the folder', () => {
    expect(accountMirrorPath(dir, 'a')).not.toBe(accountMirrorPath(dir, 'b'));
    expect(() => accountMirrorPath(dir, '../etc')).toThrow('not a VTEX account name');
  });
});

describe('encrypted credential vault', () => {
  it('writes only the cipher output, 0600 in a 0700 folder, and reads it back', () => {
    const cipher = fakeCipher();
    const vault = encryptedFileVault(join(dir, 'credentials'), cipher);
    const secret = { appKey: 'vtexappkey-mystore-ABCDEF', appToken: 'TOKEN-SHOULD-NEVER-BE-IN-CLEAR' };
    expect(vault.saveRefusal()).toBeNull();
    vault.save('mystore', secret);
    expect(cipher.calls).toBe(1);
    const files = readdirSync(join(dir, 'credentials'));
    expect(files).toEqual(['mystore.bin']);
    const bytes = readFileSync(join(dir, 'credentials', 'mystore.bin'));
    expect(bytes.toString('latin1')).not.toContain(secret.appToken);
    expect(bytes.toString('latin1')).not.toContain(secret.appKey);
    expect(mode(join(dir, 'credentials'))).toBe(0o700);
    expect(mode(join(dir, 'credentials', 'mystore.bin'))).toBe(0o600);
    expect(vault.load('mystore')).toEqual(secret);
    expect(vault.load('other')).toBeNull();
    vault.remove('mystore');
    expect(vault.load('mystore')).toBeNull();
  });

  it('refuses to save when the operating system offers no encryption, and writes nothing', () => {
    const vault = encryptedFileVault(join(dir, 'credentials'), fakeCipher(false));
    expect(vault.saveRefusal()).toContain('never stores them in clear');
    expect(() => vault.save('mystore', { appKey: 'k', appToken: 't' })).toThrow('not saved');
    expect(() => readdirSync(join(dir, 'credentials'))).toThrow();
  });
});

describe('environment credential vault', () => {
  const env = { VTEX_ACCOUNT: 'mystore', VTEX_APP_KEY: 'key-123456', VTEX_APP_TOKEN: 'token-123456' };

  it("reads the environment's account only and never writes", () => {
    const vault = environmentVault(env);
    expect(vault.load('mystore')).toEqual({ appKey: 'key-123456', appToken: 'token-123456' });
    expect(vault.load('another')).toBeNull();
    expect(vault.saveRefusal()).toContain('VTEX_APP_KEY');
    expect(() => vault.save('mystore', { appKey: 'a', appToken: 'b' })).toThrow('never written');
  });
});

describe('--api-base / VTEX_API_BASE', () => {
  it('takes the flag over the variable, trims a trailing slash and refuses what is not a plain base URL', () => {
    expect(apiBaseFrom(undefined, {})).toBeUndefined();
    expect(apiBaseFrom(undefined, { VTEX_API_BASE: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080');
    expect(apiBaseFrom('https://proxy.example/vtex/', { VTEX_API_BASE: 'http://127.0.0.1:8080' })).toBe(
      'https://proxy.example/vtex'
    );
    expect(() => apiBaseFrom('ftp://x', {})).toThrow('--api-base must be an http(s) URL, not ftp:');
    expect(() => apiBaseFrom('not a url secret-123', {})).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-123') })
    );
    expect(() => apiBaseFrom(undefined, { VTEX_API_BASE: 'http://user:pw@host' })).toThrow('without credentials');
  });
});
