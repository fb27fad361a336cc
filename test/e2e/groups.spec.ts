import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

test('fix once, then reprocess every order of a root-cause group', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await queue.nav('Groups').click();
  // One group for SKU 10097's stock whatever the trade policy its orders came through (issue 11).
  const group = desk.getByTestId('group-row').filter({ hasText: '10097' });
  await expect(group).toHaveCount(1);
  await screenshot(desk, 'groups');
  await group.click();
  const panel = desk.getByTestId('group-panel');
  await expect(panel.getByTestId('group-trade-policies')).toContainText('2');
  await expect(panel.getByTestId('group-marketplaces')).toContainText(/LOJ.*MLB/);
  await expect(panel.getByTestId('group-orders').getByRole('listitem')).toHaveCount(4);
  await expect(panel.getByTestId('group-precheck')).toContainText(/0 of 4 orders/);
  // The fix asks for Mercado Livre's two orders' need (4), not the first order's (2).
  await expect(panel.getByLabel('Quantity in stock')).toHaveValue('4');
  await screenshot(desk, 'group-precheck-shortfall');
  await panel.getByRole('button', { name: 'Preview the change' }).click();
  await panel.getByRole('button', { name: 'Apply the fix' }).click();
  await expect(panel.getByTestId('group-fix-applied')).toBeVisible();
  // The other two orders want stock from a warehouse their policy does not reach: still failing.
  await expect(panel.getByTestId('group-precheck')).toContainText(/2 of 4 orders would integrate once these changes are made/);
  await screenshot(desk, 'group-fixed');
  await panel.getByTestId('group-reprocess').click();
  // A snapshot mirror: the fix is a planned change, and the orders would integrate once it is made.
  await expect(panel.getByTestId('group-fix-applied')).toContainText('Planned change (local copy only)');
  await expect(panel.getByTestId('group-reprocess-summary')).toContainText(
    '2 would integrate once the planned changes are made, 2 still failing'
  );
  await expect(panel.getByTestId('group-reprocess-summary')).not.toContainText('integrated,');
  await screenshot(desk, 'group-reprocessed');
  // An order of the group opens in the queue's order pane.
  const first = panel.getByTestId('group-orders').getByRole('button').first();
  const marketplaceOrderId = (await first.textContent())!;
  await first.click();
  await expect(desk.getByTestId('order-pane')).toContainText(marketplaceOrderId);
  await screenshot(desk, 'group-order-opened');
});
