import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

/**
 * Verify and the replay share one judge. The demo's storefront order 26a5917c… failed because an XML
 * feed hid its out-of-stock SKU 10107; showing out-of-stock SKUs in the feed fixes that cause, but
 * the SKU still has no stock: Verify must not be green above a simulation that cannot deliver, and
 * the replay must not integrate it.
 */
test('verify is red while the order’s own simulation says it cannot be served, and the replay agrees', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await queue.openOrder('26a5917c645cfcae5b7401bfdce70306');
  await expect(queue.pane.locator('[data-cause="xml_hides_out_of_stock"]')).toBeVisible();
  await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
  await wizard.primary(); // evidence
  await expect(wizard.step('evidence')).toBeVisible();
  await wizard.root.getByRole('radio').first().check();
  await wizard.primary(); // fix
  await expect(desk.getByTestId('fix-form')).toBeVisible();
  await wizard.primary(); // preview
  await expect(desk.getByTestId('fix-changes')).toContainText('Show unavailable products');
  await wizard.primary(); // apply
  await expect(desk.getByTestId('fix-applied')).toBeVisible();
  await wizard.primary(); // verify

  await expect(desk.getByTestId('verify-red')).toBeVisible();
  await expect(desk.getByTestId('verify-green')).toHaveCount(0);
  await expect(desk.getByTestId('verify-vtex-answer')).toContainText('10107');
  await expect(wizard.root.getByTestId('simulation-result')).toBeVisible();
  await screenshot(desk, 'verify-xml-fix-still-no-stock');

  // The stepper still reaches Reprocess: the replay fails the same way.
  await wizard.root.locator('.stepper li').nth(4).getByRole('button').click();
  await wizard.primary();
  await expect(desk.getByTestId('reprocess-failed')).toContainText('10107');
  await screenshot(desk, 'verify-xml-fix-reprocess-failed');
});
