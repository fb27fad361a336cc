import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { join } from 'node:path';
import type { FakeVtex } from '../support/fake-vtex';
import { DEMO_SNAPSHOT, startConnectedDesk, type ConnectedDesk } from './connected-desk';
import { expect, openDesk, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

// The demo's Magalu order whose SKU is inactive (as in planned-change.spec).
const ORDER = 'LU-5755429522824267';

let fake: FakeVtex;
let server: ConnectedDesk['server'];
let close: ConnectedDesk['close'];

test.beforeEach(async () => {
  ({ fake, server, close } = await startConnectedDesk('desk-e2e-connected-'));
});

test.afterEach(() => close());

/** The desk's wizard on ORDER, at the Fix step. */
async function openFixStep(browser: Browser): Promise<{ page: Page; wizard: WizardPage }> {
  const page = await openDesk(browser, server.url);
  const queue = new QueuePage(page);
  const wizard = new WizardPage(page);
  await queue.openOrder(ORDER);
  await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
  await wizard.primary(); // → Evidence
  await wizard.primary(); // → Fix
  return { page, wizard };
}

test('connected: the fix names the store on its confirmation, reaches it and shows the read-back; Verify shows VTEX beside the local simulation', async ({
  browser
}) => {
  const { page, wizard } = await openFixStep(browser);

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

test('connected: the Fix step leads with the store; planning on the local copy is the secondary, labelled way', async ({
  browser
}) => {
  const { page, wizard } = await openFixStep(browser);

  // The primary action is the preview in the store; no local "Apply" sits beside it.
  await expect(wizard.root.locator('[data-primary="true"]')).toHaveText('Preview in store lojademo');
  await expect(wizard.button('Apply the fix')).toHaveCount(0);
  await expect(wizard.button('Preview the change')).toHaveCount(0);
  await screenshot(page, 'connected-4-fix-step');

  await wizard.root.getByTestId('plan-instead').click();
  await expect(wizard.root.getByTestId('plan-instead-note')).toContainText('the store stays as it is');
  await wizard.button('Preview the change').click();
  const plan = wizard.button('Plan the change (local copy only)');
  await expect(plan).toBeVisible();
  await expect(plan).not.toHaveAttribute('data-primary', 'true');
  await plan.click();
  await expect(wizard.root.getByTestId('fix-applied')).toHaveAttribute('data-planned', 'true');
  expect(fake.requests.some((r) => r.method === 'PUT')).toBe(false);
  await screenshot(page, 'connected-5-planned-instead');
});

test('connected: the order pane re-sends a Marketplace Protocol order and watches OMS for one reprocessed in the Admin', async ({
  browser
}) => {
  const page = await openDesk(browser, server.url);
  const queue = new QueuePage(page);
  await queue.openOrder(ORDER);
  const actions = queue.pane.getByTestId('connected-order');
  await expect(actions).toContainText('In store lojademo');
  await expect(actions.getByRole('link', { name: 'Open Connections > Orders' })).toHaveAttribute(
    'href',
    'https://lojademo.myvtex.com/admin/bridge/#/marketplace/order'
  );

  // The demo mirror keeps the customer's data masked: VTEX would receive the masks, so the pane offers no plain
  // re-send, says why and which ways remain, and asks for the original payload instead.
  await expect(actions.getByTestId('resend')).toHaveCount(0);
  await expect(actions.getByTestId('resend-masked')).toContainText(
    'This copy masked personal data; re-send needs the original payload: re-import with --keep-personal-data or reprocess in the Admin.'
  );
  await actions.getByTestId('resend-provide').click();
  await actions
    .getByTestId('resend-original')
    .fill('{"clientProfileData": {"email": "someone@example.com", "phone": "+5511999990000", "document": "12345678909"}}');
  await actions.getByTestId('resend-with-original').click();
  await expect(actions.getByRole('alert')).toContainText("is not this order's customer");
  await screenshot(page, 'connected-7-masked-resend');
  expect(fake.requests.some((r) => r.path === '/api/order-integration/orders')).toBe(false);

  await actions.getByTestId('watch').click();
  await expect(actions.getByTestId('watch-result')).toHaveAttribute('data-seen', 'false');
  await expect(actions.getByTestId('watch-result')).toContainText('Not in OMS yet');

  // The agent reprocessed it in Connections > Orders: OMS now holds it.
  const template = [...fake.store.oms.values()][0];
  const { affiliateId } = (
    JSON.parse(readFileSync(join(DEMO_SNAPSHOT, 'orders.json'), 'utf8')) as { marketplaceOrderId: string; affiliateId: string }[]
  ).find((o) => o.marketplaceOrderId === ORDER)!;
  fake.store.oms.set('WATCH0000001-01', {
    ...template,
    orderId: 'WATCH0000001-01',
    marketplaceOrderId: ORDER,
    affiliateId,
    creationDate: new Date(Date.now() - 60_000).toISOString()
  });
  await actions.getByTestId('watch').click();
  await expect(actions.getByTestId('watch-result')).toHaveAttribute('data-seen', 'true');
  await expect(actions.getByTestId('watch-result')).toContainText('Seen in OMS as VTEX order WATCH0000001-01');
  // Integrated now: nothing left to re-send or watch, the result stays.
  await expect(actions.getByTestId('watch')).toHaveCount(0);
  await screenshot(page, 'connected-6-watch-seen');
});
