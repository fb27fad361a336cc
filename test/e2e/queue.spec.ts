import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

test('filter the queue by error type and cause, with counts, and search it', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThanOrEqual(60);
  const all = await queue.totalShown();

  await desk.getByTestId('facet-error-type').getByRole('button').first().click();
  const option = desk.getByTestId('facet-error-type').getByRole('option', { name: /SLA/ }).first();
  const facetCount = Number(((await option.locator('.facet-n').textContent()) ?? '0').replace(/\D/g, ''));
  expect(facetCount).toBeGreaterThan(0);
  await screenshot(desk, 'queue-facet-open');
  await option.click();
  await desk.keyboard.press('Escape');
  await expect.poll(() => queue.totalShown()).toBe(facetCount);
  expect(facetCount).toBeLessThan(all);
  await screenshot(desk, 'queue-filtered');

  await desk.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => queue.totalShown()).toBe(all);

  // Search without accents finds accented SKU names, and order ids by prefix.
  await queue.search.fill('2000047594');
  await expect.poll(() => queue.totalShown()).toBe(1);
  await expect(queue.rows.first()).toContainText('2000047594104204');
  await queue.rows.first().click();
  await expect(queue.pane).toBeVisible();
  await expect(queue.pane.getByTestId('cause-card').first()).toBeVisible();
  await screenshot(desk, 'queue-order-pane');
});

test('the duplicate guard never reprocesses an order OMS already holds', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await queue.openOrder('Americanas-673570344225');
  await expect(queue.pane.locator('[data-cause="order_already_in_oms"]')).toBeVisible();
  await queue.pane.getByRole('button', { name: /Reprocess/ }).click();
  await expect(desk.getByTestId('order-notice')).toContainText('OMS already holds this order');
  await screenshot(desk, 'duplicate-guard');
  await queue.nav('Audit log').click();
  await expect(desk.getByTestId('audit-row').filter({ hasText: 'Americanas-673570344225' }).first()).toBeVisible();
});

test('switching language changes every text and is remembered', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await queue.nav('Settings').click();
  await desk.getByLabel('Language').selectOption('pt-BR');
  await expect(desk.getByRole('navigation', { name: 'Main' })).toContainText('Fila');
  await queue.nav('Fila').click();
  await expect(desk.getByRole('heading', { name: 'Fila de erros' })).toBeVisible();
  await queue.openOrder('LU-5755429522824267');
  await expect(queue.pane).toContainText('Diagnóstico');
  await screenshot(desk, 'queue-pt-BR');
  await desk.reload();
  await expect(desk.getByRole('heading', { name: 'Fila de erros' })).toBeVisible();
  await desk.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Configurações' }).click();
  await desk.getByLabel('Idioma').selectOption('es');
  await expect(desk.getByRole('navigation', { name: 'Main' })).toContainText('Cola');
  await desk.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cola' }).click();
  await screenshot(desk, 'queue-es');
});
