import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { QueuePage } from './pages/queue-page';

test('the browser mode opens on the demo store and lists its failed orders', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect(queue.railAccount).toContainText('lojademo');
  await expect(queue.rows.first()).toContainText(/\S/);
  // The demo has 60+ failed orders; the queue opens on them.
  await expect.poll(() => queue.totalShown()).toBeGreaterThanOrEqual(60);
  await screenshot(desk, 'queue-demo-failed');

  await desk.getByTestId('state-switch').locator('[data-state="all"]').click();
  await expect.poll(() => queue.totalShown()).toBeGreaterThanOrEqual(150);
  await expect(queue.rows.locator('.chip-success').first()).toBeVisible();
  await screenshot(desk, 'queue-demo-all');
});

test('a bad snapshot shows where the bad record is and changes nothing', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  const before = await queue.totalShown();
  const dir = mkdtempSync(join(tmpdir(), 'desk-bad-'));
  writeFileSync(
    join(dir, 'orders.ndjson'),
    JSON.stringify({
      marketplaceOrderId: 'X-1',
      affiliateId: 'AMZ',
      createdAt: '2026-11-20T10:00:00Z',
      items: [{ id: '1', quantity: 'two', price: 100 }],
      integration: { status: 'error', message: 'x' }
    }) + '\n'
  );
  const importer = new ImportPage(desk);
  await importer.open();
  await importer.importFolder(dir);
  await expect(importer.error).toBeVisible();
  await expect(importer.error).toContainText('orders.ndjson line 1: items[0].quantity: expected a positive integer, got "two"');
  await expect(importer.error).toContainText('items[0].quantity');
  await screenshot(desk, 'import-error');

  await queue.open();
  await expect.poll(() => queue.totalShown()).toBe(before);
});

test('a good snapshot imports from the UI and its orders join the queue', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  const before = await queue.totalShown();
  const importer = new ImportPage(desk);
  await importer.open();
  await importer.importFolder(join(__dirname, '../fixtures/snapshots/small-store'));
  await expect(importer.done).toContainText(/Imported \d+ records from 12 files/);
  await screenshot(desk, 'import-done');
  await queue.open();
  await expect.poll(() => queue.totalShown()).toBe(before + 1);
});

test('the light theme', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await queue.nav('Settings').click();
  await desk.getByLabel('Theme').selectOption('light');
  await expect(desk.locator('html')).toHaveAttribute('data-theme', 'light');
  await screenshot(desk, 'settings-light');
  await queue.open();
  await queue.openOrder('2000047594104204');
  await screenshot(desk, 'queue-light');
});
