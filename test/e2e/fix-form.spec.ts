import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

/*
 * The Fix step's form comes from the request type (issue 9): every field of the kind, each edited by
 * its control, an optional one shown even when the cause does not fill it.
 */
test('a missing price opens with the order’s price and the validity dates the request allows', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.openOrder('Americanas-834166424582');
  await queue.pane.locator('[data-cause="price_missing_for_trade_policy"] .cause-card-foot button').click();

  const form = desk.getByTestId('fix-form');
  await expect(form.locator('label')).toHaveText(
    ['SKU', 'Trade policy', 'Price', 'Valid from', 'Valid until'].map((t) => new RegExp(`^${t}`))
  );
  await expect(form.locator('#fix-skuId')).not.toHaveValue('');
  expect(Number(await form.locator('#fix-valueCents').inputValue())).toBeGreaterThan(0);
  await expect(form.locator('#fix-dateFrom')).toHaveValue('');
  await form.locator('#fix-dateTo').pressSequentially('12/31/2027');
  await screenshot(desk, 'fix-form-set-price');
  await wizard.primary();
  await expect(desk.getByTestId('fix-changes')).toContainText('Dec 31, 2027');
  await screenshot(desk, 'fix-form-set-price-preview');
});
