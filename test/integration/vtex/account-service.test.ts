import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountsState, ConnectResult } from '../../../src/shared/api/accounts';
import type { SyncStatus } from '../../../src/shared/api/sync';
import type { AppInfo } from '../../../src/shared/api/app';
import { createAccountsDeps } from '../../../src/main/core/accounts/accounts-deps';
import { encryptedFileVault, type StringCipher } from '../../../src/main/core/accounts/credential-vault';
import { startHost, type Host } from '../../../src/main/core/host';
import { demoStore, startFakeVtex, type FakeVtex } from '../../support/fake-vtex';

/** safeStorage's stand-in: reversible, never the plain text, and switchable off. */
const cipher: StringCipher & { available: boolean } = {
  available: true,
  isEncryptionAvailable: () => cipher.available,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x33)),
  decryptString: (blob) => Buffer.from(blob.map((b) => b ^ 0x33)).toString('utf8')
};

let fake: FakeVtex;
let dataDir: string;
let host: Host;

async function call<T>(
  name: string,
  args: unknown
): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
  return (await host.api.dispatch(name, args)) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
}

async function value<T>(name: string, args: unknown): Promise<T> {
  const result = await call<T>(name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  fake = await startFakeVtex(await demoStore({ orders: 60 }));
  dataDir = mkdtempSync(join(tmpdir(), 'desk-account-service-'));
  const localMirror = join(dataDir, 'mirror.db');
  host = await startHost({
    dbPath: localMirror,
    transport: 'desktop',
    appVersion: 'test',
    demoSnapshotDir: fake.store.dir,
    seedDemoWhenNew: false,
    accounts: createAccountsDeps({
      dataDir,
      vault: encryptedFileVault(join(dataDir, 'credentials'), cipher),
      apiBase: fake.url,
      localMirrorPath: localMirror
    })
  });
});

afterAll(async () => {
  host.deps.db.close();
  await fake.close();
  fake.store.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('accounts in the desktop app (credentials typed, kept encrypted)', () => {
  it('keeps nothing when VTEX refuses the key, and says so without the token', async () => {
    const result = await call('accounts/connect', {
      account: 'lojademo',
      appKey: fake.credentials.appKey,
      appToken: 'NOT-THE-TOKEN-1234'
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unauthorized');
    expect(result.error.message).toContain('VTEX refused the credentials for account "lojademo" (401)');
    expect(result.error.message).not.toContain('NOT-THE-TOKEN-1234');
    expect(existsSync(join(dataDir, 'credentials'))).toBe(false);
    expect(existsSync(join(dataDir, 'accounts.json'))).toBe(false);
  });

  it('refuses to keep credentials when the operating system offers no encryption, before calling VTEX', async () => {
    cipher.available = false;
    const before = fake.requests.length;
    const result = await call('accounts/connect', {
      account: 'lojademo',
      appKey: fake.credentials.appKey,
      appToken: fake.credentials.appToken
    });
    cipher.available = true;
    expect(result.ok ? null : result.error.code).toBe('not-supported');
    expect(fake.requests.length).toBe(before);
  });

  it('tests, keeps the pair encrypted, opens the account in its own mirror, and the rail names it', async () => {
    fake.deny('logistics', 403);
    const connected = await value<ConnectResult>('accounts/connect', {
      account: 'lojademo',
      appKey: fake.credentials.appKey,
      appToken: fake.credentials.appToken
    });
    fake.reset();
    expect(connected.modules.find((m) => m.module === 'logistics')).toEqual({
      module: 'logistics',
      readable: false,
      missingResource: 'Logistics › Logistics access › Logistics viewer',
      grantedByRole: 'Logistics - Read only'
    });
    expect(connected.modules.find((m) => m.module === 'oms')?.readable).toBe(true);
    expect(connected.state.active).toBe('lojademo');
    expect(connected.state.accounts).toEqual([
      expect.objectContaining({ name: 'lojademo', hasCredentials: true, mirrorPath: join(dataDir, 'mirrors', 'lojademo.db') })
    ]);
    const info = await value<AppInfo>('app/info', {});
    expect(info.account).toBe('lojademo');
    expect(info.dbPath).toBe(join(dataDir, 'mirrors', 'lojademo.db'));
    expect((await value<SyncStatus>('sync/status', {})).account).toBe('lojademo');
  });

  it('syncs the open account with the saved credentials, then switches back to the local mirror and removes it', async () => {
    const summary = await value<{ applied: Record<string, number> }>('sync/run', { kinds: ['sales-channels', 'docks'] });
    expect(summary.applied).toEqual({ 'sales-channels': fake.store.salesChannels.length, docks: fake.store.docks.length });
    const status = await value<SyncStatus>('sync/status', {});
    expect(status.kinds.filter((k) => k.syncedAt !== null).map((k) => k.kind)).toEqual(['sales-channels', 'docks']);

    const local = await value<AccountsState>('accounts/switch', { account: null });
    expect(local.active).toBeNull();
    expect((await value<AppInfo>('app/info', {})).dbPath).toBe(join(dataDir, 'mirror.db'));
    const back = await value<AccountsState>('accounts/switch', { account: 'lojademo' });
    expect(back.active).toBe('lojademo');
    expect((await value<SyncStatus>('sync/status', {})).kinds.find((k) => k.kind === 'docks')?.syncedAt).not.toBeNull();

    const removed = await value<AccountsState>('accounts/remove', { account: 'lojademo' });
    expect(removed).toMatchObject({ accounts: [], active: null });
    expect(readdirSync(join(dataDir, 'credentials'))).toEqual([]);
    expect(existsSync(join(dataDir, 'mirrors', 'lojademo.db'))).toBe(true);
  });

  it('left the key and token in no file of the data folder', () => {
    host.deps.db.pragma('wal_checkpoint(TRUNCATE)');
    const secrets = [fake.credentials.appKey, fake.credentials.appToken].flatMap((s) => [
      s,
      encodeURIComponent(s),
      Buffer.from(s).toString('base64')
    ]);
    const files: string[] = [];
    const walk = (dir: string) =>
      readdirSync(dir, { withFileTypes: true }).forEach((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : files.push(join(dir, e.name))
      );
    walk(dataDir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      for (const secret of secrets) expect(bytes.includes(secret), `${file} holds a credential`).toBe(false);
    }
  });
});
