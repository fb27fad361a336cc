import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { QueuePage } from './pages/queue-page';

const DEMO = join(__dirname, '../../resources/demo/snapshot');
const ORDER = '704-3586830-8024722';

test('an import into a mirror holding a note asks first; "open as a new mirror" switches to a new file without the note', async ({
  desk
}) => {
  const queue = new QueuePage(desk);
  await queue.open();
  await queue.openOrder(ORDER);
  await desk.getByLabel('Add note').fill('Called the marketplace');
  await desk.getByTestId('history').getByRole('button', { name: 'Add note' }).click();
  await expect(desk.getByTestId('order-audit')).toContainText('Called the marketplace');

  const imports = new ImportPage(desk);
  await imports.open();
  await imports.importFolder(DEMO);
  const choice = desk.getByTestId('import-choice');
  await expect(choice).toContainText('Planned changes: 0 · notes: 1');
  await screenshot(desk, 'import-choice');
  await choice.getByRole('button', { name: 'Open as a new mirror' }).click();
  await expect(imports.done).toContainText('Now working on the new mirror');

  await queue.open();
  await queue.openOrder(ORDER);
  await expect(desk.getByTestId('history')).toBeVisible();
  await expect(desk.getByTestId('order-audit')).not.toContainText('Called the marketplace');
});
