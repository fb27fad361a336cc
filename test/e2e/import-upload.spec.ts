import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';

const DEMO = join(__dirname, '../../resources/demo/snapshot');

test('browser mode uploads the snapshot files the agent picks, and imports them through the same job', async ({ desk }) => {
  const imports = new ImportPage(desk);
  await imports.open();
  await expect(desk.getByText('Upload files…')).toBeVisible();
  await desk.getByTestId('upload-files').setInputFiles(readdirSync(DEMO).map((file) => join(DEMO, file)));
  await expect(imports.done).toContainText('Imported');
  await expect(imports.folder).toHaveValue(/desk-upload-/);
  await screenshot(desk, 'import-upload');
});
