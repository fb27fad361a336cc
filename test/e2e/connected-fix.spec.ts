import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeVtex, storeFromSnapshot, type FakeVtex } from '../support/fake-vtex';
import { expect, screenshot, startWebServer, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

const DEMO_SNAPSHOT = resolve(__dirname, '../../resources/demo/snapshot');
// The demo's Magalu order whose SKU is inactive (as in planned-change.spec).
const ORDER = 'LU-5755429522824267';

let fake: FakeVtex;
let dataDir: string;
let server: { url: string; child: ChildProcess };

test.beforeEach(async () => {
  fake = await startFakeVtex(storeFromSnapshot(DEMO_SNAPSHOT));
  dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-connected-'));
  server = await startWebServer(dataDir, { VTEX_ACCOUNT: fake.store.account, VTEX_APP_KEY: fake.credentials.appKey, VTEX_APP_TOKEN: fake.credentials.appToken, VTEX_API_BASE: fake.url });
});

test.afterEach(async () => {
  server.child.kill('SIGTERM');
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('connected: the fix names the store on its confirmation, reaches it and shows the read-back; Verify shows VTEX beside the local simulation', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.locator('body[data-ready="true"]').waitFor();
  const queue = new QueuePage(page);
  const wizard = new WizardPage(page);
  await queue.openOrder(ORDER);
  await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
  await wizard.primary(); // → Evidence
  await wizard.primary(); // → Fix

  const panel = page.getByTestId('connected-fix');
  await panel.getByRole('button', { name: 'Preview in store lojademo' }).click();
  const confirm = page.getByTestId('connected-confirm');
  await expect(confirm).toContainText('Change the VTEX store lojademo');
  await expect(confirm.getByRole('button', { name: 'Apply to store lojademo' })).toBeVisible();
  await screenshot(page, 'connected-1-confirm');
  await confirm.getByRole('button', { name: 'Apply to store lojademo' }).click();
  const applied = page.getByTestId('connected-applied');
  await expect(applied).toContainText('Store lojademo changed: 1 object read back.');
  await expect(applied).toContainText('Read back from VTEX');
  await screenshot(page, 'connected-2-applied');
  expect(fake.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/api/catalog/pvt/stockkeepingunit/'))).toBe(true);

  await wizard.button('Next').click(); // → Verify
  const verify = page.getByTestId('vtex-verify');
  await verify.getByRole('button', { name: 'Verify with VTEX (lojademo)' }).click();
  await expect(page.getByTestId('vtex-verdict')).toBeVisible();
  await expect(verify.getByRole('table')).toContainText('Local simulation');
  await screenshot(page, 'connected-3-verify');
});
