import type { FakeVtex } from '../support/fake-vtex';
import { startConnectedDesk, type ConnectedDesk } from './connected-desk';
import { expect, openDesk, screenshot, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';

let fake: FakeVtex;
let server: ConnectedDesk['server'];
let close: ConnectedDesk['close'];

test.beforeEach(async () => {
  // The fake account is the demo store the desk starts on, except that since the snapshot every
  // SKU received stock in each warehouse it is in: a sync must turn some failed orders green.
  ({ fake, server, close } = await startConnectedDesk('desk-e2e-accounts-', (vtex) => {
    for (const inventory of vtex.store.inventory.values()) {
      for (const balance of inventory.balance) Object.assign(balance, { totalQuantity: 500, reservedQuantity: 0 });
    }
  }));
});

test.afterEach(() => close());

test('connects the environment account, names a missing resource, syncs and says how many orders now pass', async ({
  browser
}) => {
  const page = await openDesk(browser, server.url);
  const accounts = new AccountsPage(page);
  await accounts.open();

  // Browser mode: the account comes from the environment; no key or token field is offered.
  await expect(accounts.accountName).toHaveValue('lojademo');
  await expect(page.getByLabel('App token')).toHaveCount(0);
  await expect(accounts.ageOf('SKUs')).toHaveText('never (snapshot data)');

  fake.deny('pricing', 403);
  await accounts.connect.click();
  await expect(accounts.report).toContainText('Connected to lojademo');
  await expect(accounts.report).toContainText('Orders (OMS): readable');
  await expect(accounts.report).toContainText('Pricing: the key lacks Pricing › Price List › Read prices');
  fake.reset();
  await expect(accounts.list.getByRole('row', { name: /lojademo/ })).toContainText('Open now');
  await expect(accounts.railAccount).toContainText('lojademo');
  await expect(accounts.railSync.getByRole('button', { name: /Sync/ })).toBeVisible();

  await accounts.syncNow.click();
  await expect(accounts.syncSummary).toContainText(/\d+ orders? now pass(es)? every check/, { timeout: 30_000 });
  const passing = Number((await accounts.syncSummary.locator('.banner-title').innerText()).match(/^\d+/)?.[0]);
  expect(passing).toBeGreaterThan(0);
  await expect(accounts.ageOf('SKUs')).toHaveText(/now|second|minute/);
  await expect(accounts.ageOf('Inventory')).not.toHaveText('never (snapshot data)');
  await screenshot(page, 'accounts-sync');
  await accounts.ages.scrollIntoViewIfNeeded();
  await screenshot(page, 'accounts-sync-ages');

  // Every screen names the account, with the Sync button beside it.
  await accounts.nav('Queue').click();
  await expect(accounts.railAccount).toContainText('lojademo');
  await expect(accounts.railSync).toContainText(`${passing} order`);
  await screenshot(page, 'accounts-sync-queue');
  // One key from any screen brings the account list, focused on a choice (never a switch by itself).
  await page.keyboard.press('a');
  await expect(accounts.list.getByRole('button').first()).toBeFocused();
  await expect(accounts.railAccount).toContainText('lojademo');
  const requests = fake.requests.map((r) => JSON.stringify(r)).join('\n');
  expect(requests).not.toContain(fake.credentials.appToken);
});
