import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountCommand } from '../../../src/main/cli/commands/account-command';
import { syncCommand } from '../../../src/main/cli/commands/sync-command';
import type { CliIo } from '../../../src/main/cli/io';
import { run } from '../../../src/main/cli/run';
import { openMirror } from '../../../src/main/core/db/connection';
import { diagnosisOutcomes, failedOrderTargets } from '../../../src/main/core/db/repositories/sync-target-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { readSyncedAt } from '../../../src/main/core/vtex/sync-state';
import { demoStore, startFakeVtex, type FakeVtex } from '../../support/fake-vtex';

let fake: FakeVtex;
let dataDir: string;
let mirror: string;
const written: string[] = [];

function io(env: Record<string, string>): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    env: { INTEGRATION_DESK_DATA_DIR: dataDir, ...env },
    stdout(text: string) {
      captured.out += text;
      written.push(text);
    },
    stderr(text: string) {
      captured.err += text;
      written.push(text);
    },
    stdinLines: async function* () {}
  };
  return captured;
}

const envFor = () => ({
  VTEX_ACCOUNT: fake.store.account,
  VTEX_API_BASE: fake.url,
  VTEX_APP_KEY: fake.credentials.appKey,
  VTEX_APP_TOKEN: fake.credentials.appToken
});

beforeAll(async () => {
  fake = await startFakeVtex(await demoStore({ orders: 120 }));
  dataDir = mkdtempSync(join(tmpdir(), 'desk-accounts-'));
  // The agent's mirror: the account's Admin export as of yesterday, diagnosed.
  mirror = join(dataDir, 'export.db');
  const db = openMirror(mirror);
  await importSnapshot(db, fake.store.dir);
  runDiagnosis(db, { now: new Date('2026-11-21T09:00:00Z') });
  db.close();
  // Since then the store changed: every SKU got stock in every warehouse it is in.
  for (const inventory of fake.store.inventory.values()) {
    for (const balance of inventory.balance) Object.assign(balance, { totalQuantity: 500, reservedQuantity: 0 });
  }
});

afterAll(async () => {
  await fake.close();
  fake.store.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('integration-desk account', () => {
  it('refuses wrong credentials with the 401 explained, and records nothing', async () => {
    const out = io({ ...envFor(), VTEX_APP_TOKEN: 'WRONG-TOKEN-0000' });
    expect(await run(['account', 'add', fake.store.account, '--db', mirror], out)).toBe(1);
    expect(out.err).toContain(`VTEX refused the credentials for account "${fake.store.account}" (401)`);
    expect(readdirSync(dataDir)).not.toContain('accounts.json');
  });

  it('tests the connection, names the License Manager resource a module lacks, and adopts the mirror holding the account', async () => {
    fake.deny('pricing', 403);
    const out = io(envFor());
    expect(await accountCommand(['add', fake.store.account, '--db', mirror], out)).toBe(0);
    fake.reset();
    expect(out.out).toContain(`Connected account "${fake.store.account}"`);
    expect(out.out).toContain(`its mirror: ${mirror}`);
    expect(out.out).toContain('✓ oms');
    expect(out.out).toContain('✕ pricing: the key lacks Pricing › Price List › Read prices');
    expect(statSync(join(dataDir, 'accounts.json')).mode & 0o777).toBe(0o600);
    const list = io(envFor());
    expect(await accountCommand(['list'], list)).toBe(0);
    expect(list.out).toMatch(
      new RegExp(`^\\* ${fake.store.account}\\s+credentials ok\\s+${mirror.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm')
    );
  });

  it('refuses an account the environment does not name', async () => {
    const out = io(envFor());
    expect(await run(['account', 'add', 'otherstore'], out)).toBe(1);
    expect(out.err).toContain(`VTEX_ACCOUNT names "${fake.store.account}", not "otherstore"`);
  });
});

describe('integration-desk sync', () => {
  it('is cancellable, resumes from its checkpoint, then re-diagnoses and says how many orders now pass', async () => {
    const db = openMirror(mirror);
    const targets = failedOrderTargets(db);
    const before = diagnosisOutcomes(db, targets.orderIds);
    db.close();
    expect(targets.orderIds.length).toBeGreaterThan(5);

    // The inventory calls hang; the agent presses Ctrl+C once the sync is waiting on them.
    fake.fault({ pathPrefix: '/api/logistics/pvt/inventory/skus/', times: 1_000, answer: 'hang' });
    const controller = new AbortController();
    const first = io(envFor());
    const running = syncCommand([], first, controller.signal);
    while (!fake.requests.some((r) => r.path.startsWith('/api/logistics/pvt/inventory/skus/')))
      await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    expect(await running).toBe(130);
    fake.reset();
    expect(first.out).toContain('cancelled: what was applied is kept');
    expect(first.err).toContain('skus: applied');
    const partial = openMirror(mirror);
    expect(Object.keys(readSyncedAt(partial))).toContain('skus');
    expect(Object.keys(readSyncedAt(partial))).not.toContain('inventory');
    partial.close();

    const requestsBefore = fake.requests.length;
    const second = io(envFor());
    expect(await syncCommand([], second)).toBe(0);
    expect(second.out).toContain('= skus: applied by the interrupted run, not fetched again');
    expect(second.out).toMatch(/✓ inventory: \d+ applied/);
    expect(fake.requests.slice(requestsBefore).some((r) => r.path.startsWith('/api/catalog_system/pvt/sku/'))).toBe(false);

    const after = openMirror(mirror);
    const now = diagnosisOutcomes(after, targets.orderIds);
    after.close();
    const nowPassing = [...now].filter(
      ([id, d]) => before.get(id)?.outcome === 'causes' && d.outcome === 'no_cause_found'
    ).length;
    expect(nowPassing).toBeGreaterThan(0);
    expect(second.out).toContain(
      `Re-diagnosed ${targets.orderIds.length} failed orders: ${nowPassing} ${nowPassing === 1 ? 'order now passes' : 'orders now pass'} every check`
    );
  });

  it('says a kind it could not read keeps its previous data, and which resource is missing', async () => {
    fake.deny('pricing', 403);
    const out = io(envFor());
    expect(await syncCommand(['--kinds', 'prices', '--db', mirror], out)).toBe(1);
    fake.reset();
    expect(out.out).toContain(
      '✕ prices: The key for account "lojademo" lacks the License Manager resource Pricing › Price List › Read prices'
    );
    expect(out.out).toContain('the mirror keeps its previous prices');
  });

  it('syncs OMS incrementally from --since through the --api-base given on the command line', async () => {
    const out = io({ ...envFor(), VTEX_API_BASE: 'http://127.0.0.1:9' });
    expect(await syncCommand(['--kinds', 'oms-orders', '--since', '2026-01-01', '--api-base', fake.url, '--json'], out)).toBe(0);
    const summary = JSON.parse(out.out) as { incremental: { orders: number; windows: number } };
    expect(summary.incremental.orders).toBe([...fake.store.oms.values()].filter((o) => o.marketplaceOrderId).length);
  });

  it('refuses a bad --kinds or --since with the usage', async () => {
    const out = io(envFor());
    expect(await run(['sync', '--kinds', 'everything'], out)).toBe(2);
    expect(out.err).toContain('--kinds takes sales-channels');
    expect(await run(['sync', '--since', 'yesterday'], out)).toBe(2);
  });

  it('leaves the credentials in no file it wrote and in nothing it printed', () => {
    const secrets = [fake.credentials.appKey, fake.credentials.appToken].flatMap((s) => [
      s,
      encodeURIComponent(s),
      Buffer.from(s).toString('base64')
    ]);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else files.push(join(dir, entry.name));
      }
    };
    walk(dataDir);
    expect(files.map((f) => f.slice(dataDir.length))).toEqual(expect.arrayContaining(['/accounts.json', '/export.db']));
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      for (const secret of secrets) expect(bytes.includes(secret), `${file} holds a credential`).toBe(false);
    }
    const printed = written.join('');
    expect(printed).toContain('lojademo');
    for (const secret of secrets) expect(printed.includes(secret)).toBe(false);
  });
});

describe('integration-desk account remove', () => {
  it('forgets the account and keeps its mirror file; a remove without a name is a usage error', async () => {
    const out = io(envFor());
    expect(await run(['account', 'remove'], out)).toBe(2);
    expect(out.err).toContain('account remove: name the account');

    const removed = io(envFor());
    expect(await run(['account', 'remove', fake.store.account], removed)).toBe(0);
    expect(removed.out).toBe(`Account "${fake.store.account}" removed; its mirror file was kept.\n`);
    const list = io(envFor());
    expect(await accountCommand(['list'], list)).toBe(0);
    expect(list.out).not.toContain(mirror);
    expect(statSync(mirror).isFile()).toBe(true);
  });
});
