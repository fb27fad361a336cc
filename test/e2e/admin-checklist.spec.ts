import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrateInOms, type FakeVtex } from '../support/fake-vtex';
import { DEMO_SNAPSHOT, startConnectedDesk, type ConnectedDesk } from './connected-desk';
import { expect, openDesk, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

let fake: FakeVtex;
let server: ConnectedDesk['server'];
let close: ConnectedDesk['close'];

test.beforeEach(async () => {
  ({ fake, server, close } = await startConnectedDesk('desk-e2e-checklist-'));
});

test.afterEach(() => close());

type DemoOrder = { marketplaceOrderId: string; affiliateId: string; createdAt: string };
const demoOrders = () => JSON.parse(readFileSync(join(DEMO_SNAPSHOT, 'orders.json'), 'utf8')) as DemoOrder[];

test('a group becomes an Admin checklist whose lines tick themselves as OMS shows the orders; the unchecked ones export', async ({
  browser
}) => {
  const page = await openDesk(browser, server.url, { acceptDownloads: true });
  const queue = new QueuePage(page);

  // SKU 10097's stock group (as in groups.spec): four orders to reprocess in the Admin.
  await queue.nav('Groups').click();
  await page.getByTestId('group-row').filter({ hasText: '10097' }).click();
  const entry = page.getByTestId('group-checklist');
  await entry.getByTestId('checklist-make').click();
  await expect(entry.getByTestId('checklist-made')).toContainText('(4 orders)');
  await entry.getByRole('button', { name: 'Open the checklist' }).click();

  const screen = page.getByTestId('checklist-screen');
  const lines = screen.getByTestId('checklist-line');
  await expect(lines).toHaveCount(4);
  await expect(screen.getByTestId('checklist-count')).toHaveText('0 of 4 seen');
  await expect(screen.getByRole('link', { name: /Open Connections > Orders of lojademo/ })).toHaveAttribute(
    'href',
    'https://lojademo.myvtex.com/admin/bridge/#/marketplace/order'
  );
  await screenshot(page, 'checklist-1-made');

  // The agent reprocessed two of them in the Admin; the watch's first pass finds both in OMS.
  const ids = await lines.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-order') ?? ''));
  const byId = new Map(demoOrders().map((o) => [o.marketplaceOrderId, o]));
  integrateInOms(fake.store, byId.get(ids[0])!, 'ADMIN000001-01');
  integrateInOms(fake.store, byId.get(ids[2])!, 'ADMIN000002-01');
  await screen.getByTestId('checklist-watch').click();
  await expect(screen.getByTestId('checklist-count')).toHaveText('2 of 4 seen');
  await expect(screen.locator('[data-testid="checklist-line"][data-seen="true"]')).toHaveCount(2);
  await expect(screen.locator(`[data-order="${ids[0]}"]`).getByTestId('checklist-seen')).toContainText(
    'VTEX order ADMIN000001-01'
  );
  await expect(screen.getByTestId('checklist-status')).toContainText('Watching OMS every 60 s');
  await screenshot(page, 'checklist-2-two-seen');
  // At 1440 px the actions keep to one line: every button's top is the first one's.
  const tops = await screen
    .getByTestId('checklist-actions')
    .locator('.button')
    .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThanOrEqual(5);
  expect(new Set(tops).size).toBe(1);

  const download = page.waitForEvent('download');
  await screen.getByTestId('checklist-export').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toBe('done,marketplace_order_id,affiliate_id,marketplace,admin_path,connections_orders_link');
  expect(rows.slice(1).map((row) => row.split(',')[1])).toEqual([ids[1], ids[3]]);

  await screen.getByTestId('checklist-stop').click();
  await expect(screen.getByTestId('checklist-status')).toContainText('Not watching');

  // The queue: the two seen orders left the open list, integrated with their VTEX order ids.
  await queue.open();
  await page
    .getByTestId('state-switch')
    .getByRole('button', { name: /Integrated/ })
    .click();
  await queue.search.fill(ids[0]);
  await queue.row(ids[0]).click();
  await expect(queue.pane).toContainText('ADMIN000001-01');
  await screenshot(page, 'checklist-3-integrated-in-queue');
});
