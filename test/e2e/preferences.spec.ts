import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

test('language, theme, agent name, column widths and the last filter come back in a fresh browser (kept in the mirror, not the browser)', async ({
  desk,
  browser
}) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);

  await queue.pickFacet('facet-marketplace', /^AMZ/);
  await queue.search.fill('tenis');
  await expect(desk.getByTestId('filter-chip').filter({ hasText: 'tenis' })).toHaveCount(1);
  const cause = desk.locator('.queue-head [data-column="cause"]');
  const before = (await cause.boundingBox())!.width;
  await desk.getByTestId('resize-cause').focus();
  for (let i = 0; i < 4; i++) await desk.keyboard.press('ArrowRight');
  await expect.poll(async () => (await cause.boundingBox())!.width).toBeGreaterThan(before + 40);
  const widened = (await cause.boundingBox())!.width;

  await queue.nav('Settings').click();
  await desk.locator('#theme').selectOption('light');
  await desk.locator('#locale').selectOption({ label: 'Português (Brasil)' });
  await desk.getByLabel('Seu nome').fill('Ana Souza');
  await desk.getByRole('button', { name: 'Salvar' }).click();
  await expect(desk.getByText('Salvo.')).toBeVisible();

  // A new browser context has no localStorage or sessionStorage of the first: only the mirror remembers.
  const token = await desk.evaluate(() => sessionStorage.getItem('integration-desk-token'));
  const url = new URL(desk.url());
  url.search = `?token=${token}`;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const fresh = await context.newPage();
  await fresh.goto(url.toString());
  await fresh.locator('body[data-ready="true"]').waitFor();
  await expect(fresh.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(fresh.getByRole('heading', { name: 'Fila de erros' })).toBeVisible();
  const chips = fresh.getByTestId('filter-chip');
  await expect(chips.filter({ hasText: 'AMZ' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'tenis' })).toHaveCount(1);
  await expect(fresh.getByRole('searchbox')).toHaveValue('tenis');
  await expect
    .poll(async () => Math.round((await fresh.locator('.queue-head [data-column="cause"]').boundingBox())!.width))
    .toBe(Math.round(widened));
  await screenshot(fresh, 'preferences-fresh-browser');

  await fresh
    .getByRole('navigation')
    .getByRole('button', { name: /Configurações/ })
    .click();
  await expect(fresh.getByLabel('Seu nome')).toHaveValue('Ana Souza');
  await context.close();
});
