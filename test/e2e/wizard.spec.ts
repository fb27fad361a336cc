import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

/**
 * One order of the demo store per error type, each with a planted cause (resources/demo/expected-causes.json):
 * the wizard explains it, shows the evidence, applies the fix, verifies and reprocesses.
 */
const FIXABLE = [
  { errorType: 'out_of_stock', orderId: '2000047594104204', cause: 'insufficient_stock' },
  { errorType: 'sla_unavailable', orderId: 'Americanas-203926743910', cause: 'stock_outside_trade_policy' },
  { errorType: 'sku_unavailable', orderId: 'LU-5755429522824267', cause: 'sku_inactive' },
  { errorType: 'price_divergence', orderId: 'LU-5349338023864708', cause: 'price_divergence_over_allowance' }
];

for (const scenario of FIXABLE) {
  test(`the ${scenario.errorType} wizard: explain, evidence, fix (planned), verify green on the copy, would integrate`, async ({
    desk
  }) => {
    const queue = new QueuePage(desk);
    const wizard = new WizardPage(desk);
    await queue.openOrder(scenario.orderId);
    await expect(queue.pane.locator(`[data-cause="${scenario.cause}"]`)).toBeVisible();
    await screenshot(desk, `${scenario.errorType}-1-order`);

    await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
    await expect(wizard.step('whatHappened')).toBeVisible();
    await expect(wizard.step('whatHappened').locator('.raw-message')).not.toBeEmpty();
    await screenshot(desk, `${scenario.errorType}-2-what-happened`);
    await wizard.primary();

    await expect(wizard.step('evidence')).toBeVisible();
    await screenshot(desk, `${scenario.errorType}-3-evidence`);
    await wizard.primary();

    await expect(wizard.step('fix')).toBeVisible();
    await expect(desk.getByTestId('fix-form')).toBeVisible();
    await wizard.primary(); // preview: before → after
    await expect(desk.getByTestId('fix-changes')).toBeVisible();
    await screenshot(desk, `${scenario.errorType}-4-fix-preview`);
    await wizard.primary(); // apply
    await expect(desk.getByTestId('fix-applied')).toBeVisible();
    await wizard.primary(); // verify

    await expect(desk.getByTestId('verify-green')).toBeVisible();
    await screenshot(desk, `${scenario.errorType}-5-verify`);
    await wizard.primary();

    await expect(wizard.step('reprocess')).toBeVisible();
    await wizard.primary();
    // A snapshot mirror: never "Integrated", but what would integrate once the planned change is made.
    await expect(desk.getByTestId('reprocess-would-integrate')).toContainText('Would integrate once these changes are made');
    await expect(desk.getByTestId('reprocess-succeeded')).toHaveCount(0);
    await screenshot(desk, `${scenario.errorType}-6-reprocessed`);
    await wizard.button('Finish').click();

    // The audit trail holds the fix and the reprocess.
    await queue.nav('Audit log').click();
    await expect(desk.getByTestId('audit-row').filter({ hasText: scenario.orderId }).filter({ hasText: 'fix:' })).toHaveCount(1);
    await expect(
      desk.getByTestId('audit-row').filter({ hasText: scenario.orderId }).filter({ hasText: 'reprocess' }).first()
    ).toBeVisible();
  });
}

test('the unknown_sku wizard explains a fix that belongs to the marketplace, and reprocess still fails', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await queue.openOrder('1499064288');
  await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
  await wizard.primary();
  await expect(wizard.step('evidence')).toContainText('10132');
  await wizard.primary();
  await expect(desk.getByTestId('outside-fix')).toBeVisible();
  await screenshot(desk, 'unknown_sku-fix-outside');
  await wizard.primary();
  await expect(desk.getByTestId('verify-red')).toBeVisible();
  await screenshot(desk, 'unknown_sku-verify-explained');
  // Verify is red, so its primary action leads back to the evidence; the stepper still reaches Reprocess.
  await wizard.root.locator('.stepper li').nth(4).getByRole('button').click();
  await wizard.primary();
  await expect(desk.getByTestId('reprocess-failed')).toContainText('inexistentes');
  await queue.nav('Audit log').click();
  await expect(desk.getByTestId('audit-row').filter({ hasText: '1499064288' }).first()).toBeVisible();
});
