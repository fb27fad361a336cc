import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

// The demo's Magalu order whose SKU is inactive (as in planned-change.spec).
const ORDER = 'LU-5755429522824267';

test('a SKU with no order: the stepper ends at Verify, there is no Reprocess step', async ({ desk }) => {
  await desk.locator('body').press('b');
  await desk.getByTestId('storefront-sku').fill('10154');
  await desk.getByTestId('storefront-sku').press('Enter');
  const card = desk.locator('[data-testid="cause-card"][data-cause="price_missing_for_trade_policy"]');
  await card.locator('.cause-card-foot button').click();
  const wizard = new WizardPage(desk);
  const stepper = wizard.root.locator('.stepper li');
  await expect(stepper).toHaveCount(4);
  await expect(stepper).toHaveText([/What happened/, /Evidence/, /Fix/, /Verify/]);
  await expect(wizard.root.locator('.stepper')).not.toContainText('Reprocess');
  await stepper.nth(3).getByRole('button').click();
  await expect(wizard.step('verify')).toBeVisible();
  // The last step finishes: no Next leads past Verify.
  await expect(wizard.button('Next')).toHaveCount(0);
  await expect(wizard.button('Finish')).toBeVisible();
  await screenshot(desk, 'wizard-modes-sku-stepper');
});

test('an order keeps its Reprocess step', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await queue.openOrder(ORDER);
  await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
  await expect(new WizardPage(desk).root.locator('.stepper li')).toHaveCount(5);
});

test('in Portuguese, a planned change names the SKU, the field and the values in Portuguese', async ({ desk }) => {
  await desk.getByRole('button', { name: 'Settings' }).click();
  await desk.locator('#locale').selectOption({ label: 'Português (Brasil)' });
  await desk.locator('body').press('q');
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await queue.openOrder(ORDER);
  await desk.locator('body').press('w');
  await wizard.applyFirstFix();
  const line = desk.getByTestId('fix-applied').getByTestId('planned-change');
  await expect(line).toContainText('Status: inativo → ativo');
  await expect(line).toContainText('SKU ');
  await expect(line).not.toContainText('false');
  await screenshot(desk, 'wizard-modes-planned-pt');
  await desk.keyboard.press('Escape');
  const note = queue.pane.getByTestId('order-planned-changes').getByTestId('planned-change');
  await expect(note).toContainText('Status: inativo → ativo');
});
