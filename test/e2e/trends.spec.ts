import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

/**
 * The dashboard (issue 11): `d` opens it; a bar, or its cell in the table alternative, filters the
 * queue to the orders it counted and switches to it. Screenshots in both themes, en and pt-BR.
 */

async function settings(page: Page, locale: string, theme: string) {
  await page
    .locator('.rail-item')
    .filter({ has: page.locator('.rail-icon', { hasText: '⚙' }) })
    .click();
  await page.locator('#locale').selectOption(locale);
  await page.locator('#theme').selectOption(theme);
}

test('d opens the dashboard; a bar filters the queue to its error type and day', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  await desk.locator('body').press('d');
  const dashboard = desk.getByTestId('trends-screen');
  await expect(dashboard).toBeVisible();
  const errorTypes = desk.getByTestId('trend-error-types');
  const bar = errorTypes.locator('.recharts-bar-rectangle path').first();
  await expect(bar).toBeVisible();
  await bar.click();

  await expect(dashboard).toBeHidden();
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  // Three chips: the error type, and the creation day as from and to.
  await expect(desk.getByTestId('filter-chip')).toHaveCount(3);
});

test('a cell of the table alternative filters the queue to exactly the orders it counts', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  await desk.locator('body').press('d');
  const marketplaces = desk.getByTestId('trend-marketplaces');
  await marketplaces.locator('summary').click();
  const cell = marketplaces.locator('tbody .trend-link').first();
  const counted = Number((await cell.textContent())?.replace(/[^\d]/g, ''));
  expect(counted).toBeGreaterThan(0);
  await cell.click();
  await expect.poll(() => queue.totalShown()).toBe(counted);
  await expect(desk.getByTestId('filter-chip')).toHaveCount(3);
});

test('the oldest open order opens in the queue', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  await desk.locator('body').press('d');
  const first = desk.getByTestId('trend-oldest').locator('tbody .trend-link').first();
  const orderId = (await first.textContent()) ?? '';
  await first.click();
  await expect(queue.pane.getByText(orderId).first()).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'pt-BR'] as const) {
    test(`the dashboard in ${locale}, ${theme} theme`, async ({ desk }) => {
      await settings(desk, locale, theme);
      await desk.locator('body').press('d');
      await expect(desk.getByTestId('trend-value').locator('.recharts-bar-rectangle').first()).toBeVisible();
      const overflow = await desk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(desk, `trends-${locale}-${theme}`);
    });
  }
}
