import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccountsDeps } from '../../../src/main/core/accounts/accounts-deps';
import { encryptedFileVault, type StringCipher } from '../../../src/main/core/accounts/credential-vault';
import { openMirror } from '../../../src/main/core/db/connection';
import { startHost, type Host } from '../../../src/main/core/host';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { demoStore, startFakeVtex, type FakeVtex } from '../../support/fake-vtex';

/** safeStorage's stand-in: reversible, never the plain text. */
const cipher: StringCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (blob) => Buffer.from(blob.map((b) => b ^ 0x5a)).toString('utf8')
};

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export interface ConnectedDesk {
  fake: FakeVtex;
  host: Host;
  dataDir: string;
  call<T>(name: string, args: unknown): Promise<Reply<T>>;
  value<T>(name: string, args: unknown): Promise<T>;
  /** Closes the host and starts a new one over the same mirror and account files (the desk restarted). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A desk whose mirror holds the fake account's own snapshot (customer data kept whole, so an order
 * can be re-sent, unless `keepPersonalData` is false: the import's default), diagnosed, and connected
 * to the fake with a typed key pair.
 */
export async function connectedDesk(options: { keepPersonalData?: boolean; orders?: number } = {}): Promise<ConnectedDesk> {
  const fake = await startFakeVtex(await demoStore({ orders: options.orders ?? 80 }));
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-connected-'));
  const localMirror = join(dataDir, 'mirror.db');
  const db = openMirror(localMirror);
  await importSnapshot(db, fake.store.dir, { keepPersonalData: options.keepPersonalData ?? true });
  runDiagnosis(db, { now: new Date() });
  db.close();
  const start = () =>
    startHost({
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
  const call = async <T>(name: string, args: unknown) => (await desk.host.api.dispatch(name, args)) as Reply<T>;
  const value = async <T>(name: string, args: unknown): Promise<T> => {
    const result = await call<T>(name, args);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const desk: ConnectedDesk = {
    fake,
    host: await start(),
    dataDir,
    call,
    value,
    restart: async () => {
      await desk.host.writer.idle();
      desk.host.deps.db.close();
      desk.host = await start();
    },
    close: async () => {
      desk.host.deps.db.close();
      await fake.close();
      fake.store.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  await value('accounts/connect', {
    account: fake.store.account,
    appKey: fake.credentials.appKey,
    appToken: fake.credentials.appToken
  });
  return desk;
}
