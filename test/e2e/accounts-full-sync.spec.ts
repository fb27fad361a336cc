import type { FakeVtex } from '../support/fake-vtex';
import { startConnectedDesk, type ConnectedDesk } from './connected-desk';
import { expect, openDesk, screenshot, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';

let fake: FakeVtex;
let server: ConnectedDesk['server'];
let close: ConnectedDesk['close'];
/** A SKU added to the catalog after the snapshot: no failed order names it. */
const NEW_SKU = '99999';

test.beforeEach(async () => {
  ({ fake, server, close } = await startConnectedDesk('desk-e2e-full-sync-', (vtex) => {
    const [model] = vtex.store.skus.values();
    vtex.store.skus.set(NEW_SKU, { ...model, Id: Number(NEW_SKU) });
  }));
});

test.afterEach(() => close());

test('a full sync, chosen beside the targeted one, lists the whole catalog and reads a SKU no order names', async ({
  browser
}) => {
  const page = await openDesk(browser, server.url);
  const accounts = new AccountsPage(page);
  await accounts.open();
  await accounts.connect.click();
  await expect(accounts.report).toContainText('Connected to lojademo');

  const fullSync = page.getByRole('button', { name: 'Full sync' });
  await expect(fullSync).toBeVisible();
  await expect(accounts.syncNow).toBeVisible();
  // The progress line is recorded as it changes (it lasts only while the sync runs); every VTEX
  // answer takes 30 ms so the listing's line stays up at least one round trip.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seenProgress: seen });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="sync-panel"] [aria-live]')?.textContent;
      if (text && !seen.includes(text)) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  fake.latency(30);
  await fullSync.click();
  const catalog = fake.store.skus.size;
  await expect(accounts.syncSummary).toContainText(`Full sync: ${catalog} SKU ids listed in the catalog`, { timeout: 60_000 });
  await expect(accounts.ageOf('SKUs')).toHaveText(/now|second|minute/);
  const seen = await page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
  expect(seen).toContain(`Catalog: ${catalog} SKU ids listed`);
  expect(seen.some((text) => /^SKUs: \d+ of \d+$/.test(text))).toBe(true);
  const paths = fake.requests.map((r) => r.path);
  expect(paths).toContain('/api/catalog_system/pvt/sku/stockkeepingunitids');
  expect(paths).toContain(`/api/catalog_system/pvt/sku/stockkeepingunitbyid/${NEW_SKU}`);
  await screenshot(page, 'accounts-full-sync');
});
