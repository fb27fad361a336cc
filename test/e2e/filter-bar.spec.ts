import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

/**
 * The bar's controls as boxes, line by line from left to right (a line: controls overlapping
 * vertically, named by their test id, type or tag), how far the widest runs past the bar, and the search box's width.
 */
async function barLayout(page: Page) {
  return page.getByTestId('filter-bar').evaluate((bar) => {
    const own = bar.getBoundingClientRect();
    const controls = [...bar.children].filter((child) => child.getBoundingClientRect().height > 0);
    const lines: { bottom: number; names: string[] }[] = [];
    controls.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const name = control.getAttribute('data-testid') ?? control.getAttribute('type') ?? control.tagName.toLowerCase();
      const line = lines.find((other) => box.top < other.bottom);
      if (line) line.names.push(name);
      else lines.push({ bottom: box.bottom, names: [name] });
    }
    return {
      lines: lines.map((line) => line.names),
      overflow: Math.max(...controls.map((control) => control.getBoundingClientRect().right)) - own.right,
      scrolls: bar.scrollWidth > bar.clientWidth,
      searchWidth: bar.querySelector('input[type="search"]')!.getBoundingClientRect().width
    };
  });
}

/** Below a wide screen the bar keeps two fixed lines, whatever the language or the counts (nothing wraps by content). */
const TWO_LINES = [
  ['state-switch', 'search', 'select'],
  ['facet-error-type', 'facet-cause', 'facet-marketplace', 'facet-trade-policy', 'facet-dates']
];
const ONE_LINE = [[...TWO_LINES[0].slice(0, 2), ...TWO_LINES[1], 'select']];

for (const language of ['English', 'Português (Brasil)', 'Español']) {
  test(`at 1440×900 the filter bar keeps its two lines, the search wide, with its active values as chips (${language})`, async ({
    desk
  }) => {
    const queue = new QueuePage(desk);
    await queue.nav('Settings').click();
    await desk.locator('#locale').selectOption({ label: language });
    // The rail now speaks the chosen language: the queue is found by its screen, not its words.
    await desk.getByTestId('rail-queue').click();
    await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
    expect(desk.viewportSize()).toEqual({ width: 1440, height: 900 });

    // Several values in several facets, a date and a search: the bar keeps its lines.
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
    expect(layout.lines).toEqual(TWO_LINES);
    expect(layout.searchWidth).toBeGreaterThanOrEqual(200);
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

test('with an order open the bar keeps its lines; on a wide screen it is one line', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.rows.first().click();
  await queue.pane.waitFor();
  const layout = await barLayout(desk);
  expect(layout.lines).toEqual(TWO_LINES);
  expect(layout.overflow).toBeLessThanOrEqual(0);
  await desk.setViewportSize({ width: 1920, height: 1080 });
  const wide = await barLayout(desk);
  expect(wide.lines).toEqual(ONE_LINE);
  expect(wide.searchWidth).toBeGreaterThanOrEqual(200);
  expect(wide.overflow).toBeLessThanOrEqual(0);
});
