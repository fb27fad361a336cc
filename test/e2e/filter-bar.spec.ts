import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

/** The bar's controls as boxes: one line means every control overlaps every other vertically and none runs past the bar. */
async function barLayout(page: Page) {
  return page.getByTestId('filter-bar').evaluate((bar) => {
    const own = bar.getBoundingClientRect();
    const boxes = [...bar.children].map((child) => child.getBoundingClientRect());
    return {
      oneLine: Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
      overflow: Math.max(...boxes.map((box) => box.right)) - own.right,
      scrolls: bar.scrollWidth > bar.clientWidth
    };
  });
}

for (const language of ['English', 'Português (Brasil)', 'Español']) {
  test(`at 1440×900 the filter bar keeps to one line with its active values as chips (${language})`, async ({ desk }) => {
    const queue = new QueuePage(desk);
    await queue.nav('Settings').click();
    await desk.locator('#locale').selectOption({ label: language });
    // The rail now speaks the chosen language: the queue is found by its screen, not its words.
    await desk.getByTestId('rail-queue').click();
    await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
    expect(desk.viewportSize()).toEqual({ width: 1440, height: 900 });

    // Several values in several facets, a date and a search: the bar itself stays one line.
    await queue.pickFacet('facet-marketplace', /^AMZ/);
    await queue.pickFacet('facet-marketplace', /^MLB/);
    await queue.pickFacet('facet-error-type', /./);
    await desk.getByTestId('facet-dates').getByRole('button').first().click();
    // The day field reads in the desk's language: month first in English, day first in pt-BR and es.
    await desk
      .getByTestId('facet-dates')
      .getByRole('textbox')
      .first()
      .fill(language === 'English' ? '10/01/2026' : '01/10/2026');
    await desk.keyboard.press('Escape');
    await queue.search.fill('a');
    const chips = desk.getByTestId('filter-chip');
    await expect(chips).toHaveCount(5);
    const layout = await barLayout(desk);
    expect(layout.oneLine).toBe(true);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.scrolls).toBe(false);
    // The chips name the values, not how many there are.
    await expect(chips.filter({ hasText: 'AMZ' })).toHaveCount(1);
    await expect(chips.filter({ hasText: 'MLB' })).toHaveCount(1);
    await expect(chips.filter({ hasText: '2026' })).toHaveCount(1);
    await expect(chips.filter({ hasText: '“a”' })).toHaveCount(1);
    await screenshot(desk, `filter-bar-1440-${language.slice(0, 2).toLowerCase()}`);

    // Each chip removes its own value only.
    const withBoth = await queue.totalShown();
    await chips.filter({ hasText: 'MLB' }).getByRole('button').click();
    await expect(chips).toHaveCount(4);
    await expect(chips.filter({ hasText: 'AMZ' })).toHaveCount(1);
    await expect.poll(() => queue.totalShown()).toBeLessThanOrEqual(withBoth);
    await chips.filter({ hasText: '“a”' }).getByRole('button').click();
    await expect(queue.search).toHaveValue('');
    await expect(chips).toHaveCount(3);
  });
}

test('with an order open the bar still keeps to one line', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.rows.first().click();
  await queue.pane.waitFor();
  const layout = await barLayout(desk);
  expect(layout.oneLine).toBe(true);
  expect(layout.overflow).toBeLessThanOrEqual(0);
});
