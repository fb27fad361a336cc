import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrateInOms, type FakeVtex } from '../support/fake-vtex';
import { DEMO_SNAPSHOT, startConnectedDesk, type ConnectedDesk } from './connected-desk';
import { expect, openDesk, screenshot, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

// The demo's Magalu order whose SKU is inactive (as in connected-fix.spec): fixable through the Catalog API.
const ORDER = 'LU-5755429522824267';
const VTEX_ORDER = 'LOOP0000001-01';

let fake: FakeVtex;
let server: ConnectedDesk['server'];
let close: ConnectedDesk['close'];

test.beforeEach(async () => {
  ({ fake, server, close } = await startConnectedDesk('desk-e2e-loop-'));
});

test.afterEach(() => close());

const demoOrder = () =>
  (
    JSON.parse(readFileSync(join(DEMO_SNAPSHOT, 'orders.json'), 'utf8')) as {
      marketplaceOrderId: string;
      affiliateId: string;
      createdAt: string;
    }[]
  ).find((o) => o.marketplaceOrderId === ORDER)!;

test('from sync to integrated in one wizard: connect, sync, explain, evidence, fix in the store, verify with VTEX, reprocess in the Admin and see OMS hold it', async ({
  browser
}) => {
  const page = await openDesk(browser, server.url);

  // Connect the fake account and sync it.
  const accounts = new AccountsPage(page);
  await accounts.open();
  await accounts.connect.click();
  await expect(accounts.report).toContainText('Connected to lojademo');
  await accounts.syncNow.click();
  await expect(accounts.syncSummary).toContainText(/orders? now pass/, { timeout: 30_000 });
  await expect(accounts.ageOf('SKUs')).toHaveText(/now|second|minute/);
  await screenshot(page, 'loop-1-connected-synced');

  // The order still fails after the sync (its SKU is inactive in the store too): open its wizard.
  const queue = new QueuePage(page);
  await queue.open();
  await queue.openOrder(ORDER);
  const wizard = new WizardPage(page);
  await wizard.openFrom(queue.pane.getByRole('button', { name: /Troubleshoot/ }));
  await expect(wizard.step('whatHappened')).toBeVisible();
  await screenshot(page, 'loop-2-explain');
  await wizard.primary();
  await expect(wizard.step('evidence')).toBeVisible();
  await screenshot(page, 'loop-3-evidence');
  await wizard.primary();

  // Fix through the fake API, read back.
  await expect(wizard.step('fix')).toBeVisible();
  await wizard.root.getByRole('button', { name: 'Preview in store lojademo' }).click();
  await wizard.root.getByRole('button', { name: 'Apply to store lojademo' }).click();
  await expect(wizard.root.getByTestId('connected-applied')).toContainText('Store lojademo changed: 1 object read back.');
  expect(fake.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/api/catalog/pvt/stockkeepingunit/'))).toBe(true);
  await screenshot(page, 'loop-4-fix-read-back');

  // Verify with VTEX's own simulation: it now sells and delivers every item.
  await wizard.button('Next').click();
  await expect(wizard.step('verify')).toBeVisible();
  await wizard.root.getByRole('button', { name: 'Verify with VTEX (lojademo)' }).click();
  await expect(wizard.root.getByTestId('vtex-verdict')).toHaveAttribute('data-integrates', 'true');
  await screenshot(page, 'loop-5-verify-vtex');

  // Reprocess where VTEX sees it: Connections > Orders, then the OMS watch.
  await wizard.primary();
  await expect(wizard.step('reprocess')).toBeVisible();
  const reprocess = wizard.root.getByTestId('connected-reprocess');
  await expect(reprocess).toContainText('Connections > Orders of lojademo');
  await expect(reprocess.getByRole('link', { name: 'Open Connections > Orders' })).toHaveAttribute(
    'href',
    'https://lojademo.myvtex.com/admin/bridge/#/marketplace/order'
  );
  await reprocess.getByTestId('watch').click();
  await expect(reprocess.getByTestId('watch-result')).toHaveAttribute('data-seen', 'false');
  await screenshot(page, 'loop-6-reprocess-waiting');

  // The agent clicked Reprocess in the Admin: OMS now holds the order.
  const order = demoOrder();
  integrateInOms(fake.store, order, VTEX_ORDER);
  await reprocess.getByTestId('watch').click();
  await expect(reprocess.getByTestId('watch-result')).toContainText(`Seen in OMS as VTEX order ${VTEX_ORDER}`);
  await screenshot(page, 'loop-7-reprocess-seen');

  // The row turned integrated, with the VTEX order id.
  await wizard.root.getByRole('button', { name: 'Close the wizard' }).click();
  await page
    .getByTestId('state-switch')
    .getByRole('button', { name: /Integrated/ })
    .click();
  await queue.search.fill(ORDER);
  await expect(queue.row(ORDER)).toBeVisible();
  await queue.row(ORDER).click();
  await expect(queue.pane).toContainText(VTEX_ORDER);
  await screenshot(page, 'loop-8-integrated');
});
