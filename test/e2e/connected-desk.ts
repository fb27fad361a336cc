import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeVtex, storeFromSnapshot, type FakeVtex } from '../support/fake-vtex';
import { startWebServer } from './fixtures';

export const DEMO_SNAPSHOT = resolve(__dirname, '../../resources/demo/snapshot');

export interface ConnectedDesk {
  fake: FakeVtex;
  server: { url: string; child: ChildProcess };
  close(): Promise<void>;
}

/**
 * The desk in browser mode connected (through the environment) to a fake VTEX account holding the
 * demo store; `prepare` changes that store before the desk starts. `close` stops both and removes
 * the desk's data folder.
 */
export async function startConnectedDesk(prefix: string, prepare?: (fake: FakeVtex) => void): Promise<ConnectedDesk> {
  const fake = await startFakeVtex(storeFromSnapshot(DEMO_SNAPSHOT));
  prepare?.(fake);
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const server = await startWebServer(dataDir, {
    VTEX_ACCOUNT: fake.store.account,
    VTEX_APP_KEY: fake.credentials.appKey,
    VTEX_APP_TOKEN: fake.credentials.appToken,
    VTEX_API_BASE: fake.url
  });
  return {
    fake,
    server,
    close: async () => {
      server.child.kill('SIGTERM');
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
