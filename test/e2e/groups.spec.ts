import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

test('fix once, then reprocess every order of a root-cause group', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await queue.nav('Groups').click();
  const group = desk.getByTestId('group-row').filter({ hasText: '10097' }).filter({ hasText: /^(?!.*LOJ)/ });
  await expect(group.first()).toBeVisible();
  await screenshot(desk, 'groups');
  // The group of SKU 10097 in Mercado Livre's trade policy: two orders short of stock.
  await desk.getByTestId('group-row').filter({ hasText: '10097' }).last().click();
  const panel = desk.getByTestId('group-panel');
  await expect(panel.getByTestId('group-precheck')).toContainText(/0 of 2 orders/);
  // CD São Paulo holds 1 unit; the two orders want 2 each, walked oldest first over shared stock.
  await expect(panel.getByTestId('group-shortfall')).toContainText(/Still missing: 3 units of SKU 10097 .*at CD São Paulo for the rest/);
  // The fix asks for the whole group's need (4), not the first order's (2).
  await expect(panel.getByLabel('Quantity in stock')).toHaveValue('4');
  await screenshot(desk, 'group-precheck-shortfall');
  await panel.getByRole('button', { name: 'Preview the change' }).click();
  await panel.getByRole('button', { name: 'Apply the fix' }).click();
  await expect(panel.getByTestId('group-fix-applied')).toBeVisible();
  await expect(panel.getByTestId('group-precheck')).toContainText(/2 of 2 orders would integrate once these changes are made/);
  await expect(panel.getByTestId('group-shortfall')).toHaveCount(0);
  await screenshot(desk, 'group-fixed');
  await panel.getByTestId('group-reprocess').click();
  // A snapshot mirror: the fix is a planned change, and the orders would integrate once it is made.
  await expect(panel.getByTestId('group-fix-applied')).toContainText('Planned change (local copy only)');
  await expect(panel.getByTestId('group-reprocess-summary')).toContainText('2 would integrate once the planned changes are made, 0 still failing');
  await expect(panel.getByTestId('group-reprocess-summary')).not.toContainText('integrated,');
  await screenshot(desk, 'group-reprocessed');
});
