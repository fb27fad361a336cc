import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCommand } from '../../../src/main/cli/commands/sync-command';
import type { CliIo } from '../../../src/main/cli/io';
import { openMirror } from '../../../src/main/core/db/connection';
import { readSkus } from '../../../src/main/core/db/repositories/catalog-repository';
import { failedOrderTargets } from '../../../src/main/core/db/repositories/sync-target-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { demoStore, startFakeVtex, type FakeVtex } from '../../support/fake-vtex';

let fake: FakeVtex;
let dataDir: string;
let mirror: string;

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    env: {
      INTEGRATION_DESK_DATA_DIR: dataDir,
      VTEX_ACCOUNT: fake.store.account,
      VTEX_API_BASE: fake.url,
      VTEX_APP_KEY: fake.credentials.appKey,
      VTEX_APP_TOKEN: fake.credentials.appToken
    },
    stdout(text: string) {
      captured.out += text;
    },
    stderr(text: string) {
      captured.err += text;
    },
    stdinLines: async function* () {}
  };
  return captured;
}

beforeAll(async () => {
  fake = await startFakeVtex(await demoStore({ orders: 120 }));
  dataDir = mkdtempSync(join(tmpdir(), 'desk-full-sync-'));
  mirror = join(dataDir, 'export.db');
  const db = openMirror(mirror);
  await importSnapshot(db, fake.store.dir);
  db.close();
});

afterAll(async () => {
  await fake.close();
  fake.store.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('integration-desk sync --full', () => {
  it('lists the whole catalog and brings a SKU no failed order names; without --full it does not', async () => {
    const store = fake.store;
    const id = String(Math.max(...[...store.skus.keys()].map(Number)) + 1);
    const [model] = store.skus.values();
    store.skus.set(id, { ...model, Id: Number(id) });
    const db = openMirror(mirror);
    expect(failedOrderTargets(db).skuIds).not.toContain(id);
    db.close();

    const targeted = io();
    expect(await syncCommand(['--kinds', 'skus', '--db', mirror, '--json'], targeted)).toBe(0);
    expect(JSON.parse(targeted.out)).toMatchObject({ mode: 'targeted', listing: null });
    const afterTargeted = openMirror(mirror);
    expect(readSkus(afterTargeted, { ids: [id] })).toEqual([]);
    afterTargeted.close();

    const full = io();
    expect(await syncCommand(['--full', '--kinds', 'skus', '--db', mirror], full)).toBe(0);
    expect(full.out).toContain(`Synced account "${store.account}" in full.`);
    expect(full.out).toContain(`✓ catalog listing: ${store.skus.size} SKU ids`);
    expect(full.out).toContain(`✓ skus: ${store.skus.size} applied`);
    expect(full.err).toContain(`catalog: ${store.skus.size} SKU ids listed`);
    const afterFull = openMirror(mirror);
    expect(readSkus(afterFull, { ids: [id] })).toHaveLength(1);
    afterFull.close();
  });
});
