import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

const SEARCHED = 'LU-5755429522824267';

test('Esc in the search box keeps the search; j and Enter open the order searched for', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await desk.keyboard.press('/');
  await expect(queue.search).toBeFocused();
  await desk.keyboard.type(SEARCHED);
  await desk.keyboard.press('Escape');
  await expect(queue.search).not.toBeFocused();
  await expect(queue.search).toHaveValue(SEARCHED);
  await expect.poll(() => queue.totalShown()).toBe(1);
  await desk.keyboard.press('j');
  await desk.keyboard.press('Enter');
  await expect(queue.pane).toContainText(SEARCHED);
});

test('after Reprocess, Esc closes the wizard and the pane shows the planned change the order waits for', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  await queue.openOrder(SEARCHED);
  await desk.keyboard.press('w');
  await expect(wizard.root).toBeFocused();
  await desk.keyboard.press('Enter'); // → Evidence
  await desk.keyboard.press('Enter'); // → Fix
  await expect(wizard.step('fix')).toBeVisible();
  await desk.keyboard.press('Enter'); // preview
  await expect(desk.getByTestId('fix-changes')).toBeVisible();
  await desk.keyboard.press('Enter'); // apply
  await expect(desk.getByTestId('fix-applied')).toBeVisible();
  await desk.keyboard.press('Enter'); // → Verify
  await expect(desk.getByTestId('verify-green')).toBeVisible();
  await desk.keyboard.press('Enter'); // → Reprocess
  await wizard.root
    .getByRole('button', { name: /reprocess/i })
    .last()
    .click();
  await expect(desk.getByTestId('reprocess-would-integrate')).toBeVisible();
  await desk.keyboard.press('Escape');
  await expect(wizard.root).toBeHidden();
  // A snapshot mirror: the order is not integrated, it waits for the planned change.
  await expect(queue.pane.getByTestId('order-planned-changes')).toContainText('Planned change (local copy only)');
  await expect(queue.pane.getByTestId('integrated-outcome')).toHaveCount(0);
  await expect(queue.pane).not.toContainText('Not diagnosed yet');
  await screenshot(desk, 'defects-integrated-outcome');
});

test('choosing another order closes the wizard of the previous one', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.rows.nth(0).click();
  await queue.pane.waitFor();
  await desk.keyboard.press('w');
  await expect(wizard.root).toBeVisible();
  const first = (await wizard.root.locator('#wizard-title .mono').textContent()) ?? '';
  await queue.rows.nth(1).click();
  await expect(wizard.root).toBeHidden();
  await expect(queue.pane).not.toContainText(first);
});
