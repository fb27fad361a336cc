import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

/** A demo order the marketplace canceled, whose integration failed ("Cannot retry canceled orders"). */
const CANCELED = '2000033586184211';

test('an order canceled at the marketplace is resolved without a reprocess by the agent named in Settings, leaves the open view, and is reopened', async ({
  desk
}) => {
  const queue = new QueuePage(desk);
  await queue.nav('Settings').click();
  await desk.getByLabel('Your name').fill('Ana Souza');
  await desk.getByRole('button', { name: 'Save' }).click();
  await expect(desk.getByText('Saved.')).toBeVisible();
  await queue.open();

  const states = desk.getByTestId('state-switch');
  await expect(states.locator('[data-state="open"]')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  const openBefore = await queue.totalShown();

  await queue.openOrder(CANCELED);
  await expect(queue.pane.getByTestId('marketplace-status')).toContainText('Canceled');
  await expect(queue.pane.getByTestId('canceled-hint')).toBeVisible();
  await queue.pane.getByTestId('resolve-button').click();
  const form = queue.pane.getByTestId('resolve-form');
  await expect(form.getByLabel('Canceled at the marketplace')).toBeChecked();
  await form.getByLabel('Note (optional)').fill('Buyer canceled at Mercado Livre on 18/11');
  await screenshot(desk, 'resolve-form');
  await form.getByRole('button', { name: 'Resolve' }).click();

  const banner = queue.pane.getByTestId('resolution-banner');
  await expect(banner).toContainText('Resolved by Ana Souza');
  await expect(banner).toContainText('Canceled at the marketplace');
  await expect(banner).toContainText('Buyer canceled at Mercado Livre');
  await expect(queue.pane.getByRole('button', { name: /Reprocess/ })).toBeDisabled();

  // The search still names the order; without it, the open view has one order fewer.
  await desk.getByTestId('filter-chip').filter({ hasText: CANCELED }).getByRole('button').click();
  await expect.poll(() => queue.totalShown()).toBe(openBefore - 1);
  await expect(queue.row(CANCELED)).toHaveCount(0);

  await states.locator('[data-state="resolved"]').click();
  await expect(states.locator('[data-state="resolved"]')).toContainText('1');
  await expect.poll(() => queue.totalShown()).toBe(1);
  await expect(queue.row(CANCELED).getByTestId('row-resolved')).toContainText('Canceled at the marketplace');
  await screenshot(desk, 'resolve-resolved-view');

  await banner.getByRole('button', { name: 'Reopen' }).click();
  await expect(banner).toBeHidden();
  await expect.poll(() => queue.totalShown()).toBe(0);
  await states.locator('[data-state="open"]').click();
  await expect.poll(() => queue.totalShown()).toBe(openBefore);
  await expect(queue.pane.getByTestId('resolve-button')).toBeVisible();
});

test('the integrated view lists orders VTEX holds, with no way to resolve them', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  await desk.getByTestId('state-switch').locator('[data-state="integrated"]').click();
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(50);
  await queue.rows.first().click();
  await expect(queue.pane.getByTestId('marketplace-status')).toBeVisible();
  await expect(queue.pane.getByTestId('resolve-button')).toHaveCount(0);
});
