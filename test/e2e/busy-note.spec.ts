import { join } from 'node:path';
import { readOwner } from '../../src/main/core/writer/mirror-owner';
import { holdWriteLock } from '../support/write-lock';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { QueuePage } from './pages/queue-page';

const DEMO = join(__dirname, '../../resources/demo/snapshot');
const ORDER = '704-3586830-8024722';
const NOTE = 'Called the customer about the address';

test('a note made while an import runs is refused as busy and kept in its box; once the import ends it is saved', async ({
  desk,
  dataDir
}) => {
  // The import must still be running when the note is saved, on any machine: another connection's
  // write lock keeps its worker waiting at its first write until the note has been refused.
  const mirror = join(dataDir, 'mirror.db');
  const lock = holdWriteLock(mirror);
  try {
    const imports = new ImportPage(desk);
    await imports.open();
    await imports.importFolder(DEMO);
    // The desk names itself the mirror's holder once it has accepted the import (and until it ends).
    await expect.poll(() => readOwner(mirror)?.job).toBe('import');

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
  } finally {
    lock.release();
  }

  // The import ends (the holder's name goes with it); the note still in its box is saved.
  await expect.poll(() => readOwner(mirror), { timeout: 120_000 }).toBeNull();
  const box = desk.getByLabel('Add note');
  await expect(box).toHaveValue(NOTE);
  await desk.getByTestId('history').getByRole('button', { name: 'Add note' }).click();
  await expect(desk.getByTestId('order-audit')).toContainText(NOTE);
  await expect(desk.getByTestId('note-error')).toHaveCount(0);
  await expect(box).toHaveValue('');
});
