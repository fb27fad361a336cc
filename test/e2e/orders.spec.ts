import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { OrdersPage } from './pages/orders-page';

test('the browser mode opens on the demo store and lists its failed orders', async ({ desk }) => {
  const orders = new OrdersPage(desk);
  await expect(orders.railAccount).toContainText('lojademo');
  await expect(orders.rows.first()).toBeVisible();
  // The demo has 60+ failed orders; the queue opens on them, newest first.
  await expect(orders.count).toContainText(/of (6\d|[7-9]\d|\d{3,}) orders/);
  await expect(orders.rows.first().locator('.chip-error')).toBeVisible();
  await screenshot(desk, 'orders-demo-errors');

  await orders.showStatus('All');
  await expect(orders.rows.locator('.chip-success').first()).toBeVisible();
  await screenshot(desk, 'orders-demo-all');
});

test('a bad snapshot shows where the bad record is and changes nothing', async ({ desk }) => {
  const orders = new OrdersPage(desk);
  const before = await orders.count.textContent();
  const dir = mkdtempSync(join(tmpdir(), 'desk-bad-'));
  writeFileSync(
    join(dir, 'orders.ndjson'),
    JSON.stringify({ marketplaceOrderId: 'X-1', affiliateId: 'AMZ', createdAt: '2026-11-20T10:00:00Z', items: [{ id: '1', quantity: 'two', price: 100 }], integration: { status: 'error', message: 'x' } }) + '\n'
  );
  const importer = new ImportPage(desk);
  await importer.open();
  await importer.importFolder(dir);
  await expect(importer.error).toBeVisible();
  await expect(importer.error).toContainText('orders.ndjson');
  await expect(importer.error).toContainText('items[0].quantity');
  await screenshot(desk, 'import-error');

  await desk.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Orders' }).click();
  await expect(orders.count).toHaveText(before ?? '');
});
