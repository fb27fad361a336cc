import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

test('a keyboard-only walk: search, open, run the wizard, reprocess', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  await desk.locator('body').press('?');
  await expect(desk.getByTestId('keymap')).toBeVisible();
  await screenshot(desk, 'keymap');
  await desk.keyboard.press('Escape');

  await desk.keyboard.press('/');
  await expect(queue.search).toBeFocused();
  await desk.keyboard.type('LU-5755429522824267');
  await expect.poll(() => queue.totalShown()).toBe(1);
  await desk.keyboard.press('Escape'); // leave the search box
  await desk.keyboard.press('j');
  await desk.keyboard.press('Enter');
  await expect(queue.pane).toContainText('LU-5755429522824267');

  await desk.keyboard.press('w');
  const wizard = desk.getByTestId('wizard');
  await expect(wizard).toBeFocused();
  await desk.keyboard.press('Enter'); // What happened → Evidence
  await expect(wizard.locator('[data-step="evidence"]')).toBeVisible();
  await desk.keyboard.press('Enter'); // → Fix
  await expect(wizard.locator('[data-step="fix"]')).toBeVisible();
  await desk.keyboard.press('Enter'); // preview
  await expect(desk.getByTestId('fix-changes')).toBeVisible();
  await desk.keyboard.press('Enter'); // apply
  await expect(desk.getByTestId('fix-applied')).toBeVisible();
  await desk.keyboard.press('Enter'); // → Verify
  await expect(desk.getByTestId('verify-green')).toBeVisible();
  await screenshot(desk, 'keyboard-verify');
  await desk.keyboard.press('Enter'); // → Reprocess
  await desk.keyboard.press('Enter'); // reprocess
  await expect(desk.getByTestId('reprocess-would-integrate')).toBeVisible();
  await desk.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  await desk.keyboard.press('g');
  await expect(desk.getByRole('heading', { name: 'Root-cause groups' })).toBeVisible();
});
