import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { OrderPanePage } from './pages/order-pane-page';
import { QueuePage } from './pages/queue-page';

/** The demo's inactive SKU: an order whose pane offers Troubleshoot, Reprocess, Escalate and Resolve…. */
const ORDER = 'LU-5755429522824267';

/**
 * What the review of the es screens found at 1440 px with the pane open, measured: the search box's
 * width, the column headers cut without a title, type chips on more than one line (the "inferred" one
 * wrapped), and the pane's action buttons on more than one line or past the pane.
 */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const search = document.querySelector<HTMLElement>('[data-testid="filter-bar"] input[type="search"]')!;
    const searchWidth = search.getBoundingClientRect().width;
    if (searchWidth < 200) problems.push(`search box ${searchWidth.toFixed(0)} px`);
    for (const header of document.querySelectorAll<HTMLElement>('.queue-head [role="columnheader"]')) {
      if (header.clientWidth === 0) continue;
      const text = header.textContent ?? '';
      if (header.scrollWidth > header.clientWidth && header.title !== text) problems.push(`header "${text}" cut without a title`);
    }
    for (const chip of document.querySelectorAll<HTMLElement>('.queue-row .type-chip')) {
      const fontSize = parseFloat(getComputedStyle(chip).fontSize);
      if (chip.getBoundingClientRect().height > fontSize * 2.2) problems.push(`chip "${chip.textContent}" on more than one line`);
    }
    const pane = document.querySelector<HTMLElement>('[data-testid="order-pane"]')!;
    const paneRight = pane.getBoundingClientRect().right - parseFloat(getComputedStyle(pane).paddingRight);
    const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="order-actions"] .button')];
    if (new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size !== 1)
      problems.push(`actions on several lines: ${buttons.map((button) => button.textContent).join(' | ')}`);
    for (const button of buttons)
      if (button.getBoundingClientRect().right > paneRight + 0.5) problems.push(`action "${button.textContent}" past the pane`);
    return problems;
  });
}

for (const [code, language] of [
  ['en', 'English'],
  ['pt', 'Português (Brasil)'],
  ['es', 'Español']
] as const) {
  test(`with an order open at 1440 and 1280 px the search, headers, chips and pane actions fit (${code})`, async ({ desk }) => {
    const queue = new QueuePage(desk);
    const pane = new OrderPanePage(desk);
    await desk.getByTestId('rail-settings').click();
    await desk.locator('#locale').selectOption({ label: language });
    await desk.getByTestId('rail-queue').click();
    await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
    // Opened by a click, not a search: the whole list stays, with its inferred rows.
    await queue.row(ORDER).click();
    await expect(pane.root).toContainText(ORDER);
    await expect(desk.locator('.queue-row [data-testid="type-chip-inferred"]').first()).toBeAttached();
    await expect(pane.actions.locator('.button').first()).toHaveClass(/button-primary/);
    for (const width of [1440, 1280]) {
      await desk.setViewportSize({ width, height: 900 });
      expect(await layoutProblems(desk), `${language} at ${width} px`).toEqual([]);
      await screenshot(desk, `desk-layout-${code}-${width}`);
    }
    // The inferred chip in its row, to look at: the type's name gives way, "inferred" stays.
    await desk
      .locator('.queue-row')
      .filter({ has: desk.getByTestId('type-chip-inferred') })
      .first()
      .scrollIntoViewIfNeeded();
    await screenshot(desk, `desk-layout-${code}-inferred-row`);
  });
}

test('the pane keeps Escalate and Resolve… in "More": it opens over the pane, Esc closes only the menu', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const pane = new OrderPanePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.openOrder(ORDER);
  await expect(pane.actions.getByRole('button')).toHaveText(['Troubleshoot (w)', 'Reprocess (r)', 'More ▾']);
  const headBefore = await pane.root.locator('.order-head').boundingBox();
  const resolve = await pane.moreAction('Resolve…');
  await expect(pane.root.getByRole('menuitem')).toHaveText(['Escalate to VTEX', 'Resolve…']);
  expect(await pane.root.locator('.order-head').boundingBox()).toEqual(headBefore);
  await screenshot(desk, 'desk-layout-more-menu');
  await desk.keyboard.press('Escape');
  await expect(resolve).toHaveCount(0);
  await expect(pane.root).toBeVisible();
  await (await pane.moreAction('Resolve…')).click();
  await expect(pane.root.getByTestId('resolve-form')).toBeVisible();
  await expect(pane.root.getByRole('menu')).toHaveCount(0);
});
