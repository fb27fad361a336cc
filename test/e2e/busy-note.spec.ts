import { bigSnapshot } from '../integration/writer/big-snapshot';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { QueuePage } from './pages/queue-page';

const ORDER = '704-3586830-8024722';
const NOTE = 'Called the customer about the address';

test('a note made while an import runs is refused as busy and kept in its box; once the import ends it is saved', async ({
  desk
}) => {
  test.setTimeout(240_000);
  const imports = new ImportPage(desk);
  await imports.open();
  await imports.importFolder(bigSnapshot(150).dir);

  // Reads answer during the import: the queue and the order open from the committed mirror.
  const queue = new QueuePage(desk);
  await queue.open();
  await queue.openOrder(ORDER);
  const box = desk.getByLabel('Add note');
  const save = desk.getByTestId('history').getByRole('button', { name: 'Add note' });
  await box.fill(NOTE);
  await save.click();
  await expect(desk.getByTestId('note-error')).toContainText('The mirror is busy');
  await expect(box).toHaveValue(NOTE);
  await expect(desk.getByTestId('order-audit')).not.toContainText(NOTE);
  await screenshot(desk, 'busy-note');

  await expect(async () => {
    if ((await box.inputValue()) === '') await box.fill(NOTE);
    await save.click();
    await expect(desk.getByTestId('order-audit')).toContainText(NOTE, { timeout: 2_000 });
  }).toPass({ timeout: 200_000 });
  await expect(desk.getByTestId('note-error')).toHaveCount(0);
});
