import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { holdWriteLock } from '../support/write-lock';
import { expect, openDesk, screenshot, startWebServer, test } from './fixtures';

const CLI = resolve(__dirname, '../../bin/integration-desk.cjs');

/**
 * A generated store of 20,000 orders, imported once for the file: about 900 cause groups (nine pages
 * of the list) and groups of a few hundred orders (several pages of a bulk reprocess).
 */
let template: string;
let templateDir: string;

test.beforeAll(() => {
  test.setTimeout(180_000);
  templateDir = mkdtempSync(join(tmpdir(), 'desk-groups-'));
  const snapshot = join(templateDir, 'snapshot');
  template = join(templateDir, 'mirror.db');
  execFileSync(process.execPath, [CLI, 'generate', '--orders', '20000', '--seed', '7', '--out', snapshot], { stdio: 'ignore' });
  execFileSync(process.execPath, [CLI, 'import', snapshot, '--db', template], { stdio: 'ignore' });
});

test.afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

/** The groups as a mirror holds them: how many, and the largest one's size. */
function mirrorGroups(file = template): { total: number; largest: number } {
  const db = new Database(file, { readonly: true });
  try {
    const counts = db
      .prepare('SELECT COUNT(DISTINCT order_id) AS n FROM diagnosis_causes GROUP BY code, group_key ORDER BY n DESC')
      .pluck()
      .all() as number[];
    return { total: counts.length, largest: counts[0] };
  } finally {
    db.close();
  }
}

/** The desk in a browser over a copy of the generated mirror. */
async function openMirrorCopy(
  browser: import('@playwright/test').Browser,
  dataDir: string
): Promise<{ page: Page; stop: () => void }> {
  copyFileSync(template, join(dataDir, 'mirror.db'));
  const { url, child } = await startWebServer(dataDir);
  const page = await openDesk(browser, url, { viewport: { width: 1440, height: 900 } });
  return { page, stop: () => child.kill('SIGTERM') };
}

test('lists every cause group a page at a time, with the total, the sort and the cause filter kept', async ({
  browser,
  dataDir
}) => {
  const { total } = mirrorGroups();
  expect(total).toBeGreaterThan(500);
  const { page, stop } = await openMirrorCopy(browser, dataDir);
  try {
    await page.getByTestId('rail-groups').click();
    await expect(page.getByTestId('groups-count')).toHaveText(`${total.toLocaleString('en')} groups`);
    // A virtual list: a screenful of rows in the DOM, not every group.
    await expect(page.getByTestId('group-row').first()).toBeVisible();
    expect(await page.getByTestId('group-row').count()).toBeLessThan(100);
    await screenshot(page, 'groups-paged-first');
    // Scrolling to the end reads page after page until the last group is there: no cap.
    const scroller = page.locator('.groups-scroll');
    const lastRow = page.locator(`[aria-rowindex="${total}"] [data-testid="group-row"]`);
    await expect(async () => {
      await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
      await expect(lastRow).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 30_000 });
    await screenshot(page, 'groups-paged-last');

    // Most value at stake first: the first rows' values do not go up.
    await page.getByTestId('groups-sort').selectOption('value');
    await scroller.evaluate((element) => (element.scrollTop = 0));
    const values = async () =>
      (await page.getByTestId('group-row').locator('.num:last-child').allTextContents())
        .slice(0, 8)
        .map((text) => Number(text.replace(/\D/g, '')));
    await expect
      .poll(async () => {
        const shown = await values();
        return shown.length > 0 && shown.every((value, index) => index === 0 || value <= shown[index - 1]);
      })
      .toBe(true);

    // One cause: the count is that cause's, and the sort stays.
    const cause = page.getByTestId('groups-cause');
    const option = cause.locator('option').nth(1);
    const label = (await option.textContent())!;
    const causeGroups = Number(label.replace(/.*\(([\d,]+)\)$/, '$1').replace(/,/g, ''));
    await cause.selectOption({ index: 1 });
    await expect(page.getByTestId('groups-count')).toHaveText(
      `${causeGroups.toLocaleString('en')} group${causeGroups === 1 ? '' : 's'}`
    );
    await expect(page.getByTestId('groups-sort')).toHaveValue('value');
    await screenshot(page, 'groups-paged-filtered');
  } finally {
    stop();
  }
});

test('reprocesses every order of a group of hundreds in browser mode, page by page with progress, then refreshes its count', async ({
  browser,
  dataDir
}) => {
  const { largest } = mirrorGroups();
  expect(largest).toBeGreaterThan(200);
  const { page, stop } = await openMirrorCopy(browser, dataDir);
  // Every call the page makes, by name and body: the group's orders must stay in the core (a group can
  // hold more ids than a request body may carry), named by the pre-check's snapshot.
  const calls: { name: string; args: Record<string, unknown>; bytes: number }[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/invoke')) return;
    const body = request.postData() ?? '{}';
    const { name, args } = JSON.parse(body) as { name: string; args: Record<string, unknown> };
    calls.push({ name, args, bytes: body.length });
  });
  try {
    await page.getByTestId('rail-groups').click();
    // The pre-check walks the group on the core's worker, its progress shown as it goes (recorded: it can pass quickly).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { checkSeen: string[] }).checkSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="group-precheck-progress"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('group-row').first().click();
    const panel = page.getByTestId('group-panel');
    await expect(panel.getByTestId('group-orders').getByRole('heading')).toContainText(`(${largest.toLocaleString('en')})`);
    await expect(panel.getByTestId('group-precheck')).toContainText(`of ${largest.toLocaleString('en')} orders`);
    const checking = await page.evaluate(() => (window as unknown as { checkSeen: string[] }).checkSeen);
    expect(checking.join('\n')).toMatch(new RegExp(`Checking [\\d,]+ of ${largest.toLocaleString('en')} orders`));
    // The orders are listed a page at a time.
    await expect(panel.getByTestId('group-orders').getByRole('listitem')).toHaveCount(200);
    await expect(panel.getByTestId('group-orders-more')).toBeVisible();
    const reprocess = panel.getByTestId('group-reprocess');
    await expect(reprocess).toHaveText(`Reprocess ${largest.toLocaleString('en')} orders`);
    // Every text the progress line shows is recorded as it changes: on a fast machine the pages pass
    // quicker than an assertion polls, so reading one page's figure live would race the job.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="group-reprocess-progress"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // Another connection's write lock holds the job at its first page, so its progress line is
    // certainly there to look at however fast the machine (the worker waits up to 30 s for a lock).
    const lock = holdWriteLock(join(dataDir, 'mirror.db'));
    const progress = panel.getByTestId('group-reprocess-progress');
    try {
      await reprocess.click();
      await expect(progress).toBeVisible();
      await progress.scrollIntoViewIfNeeded();
      await screenshot(page, 'group-reprocess-progress');
    } finally {
      lock.release();
    }
    const summary = panel.getByTestId('group-reprocess-summary');
    await expect(summary).toBeVisible({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.join('\n'), 'the progress went page by page').toContain(
      `100 of ${largest.toLocaleString('en')} orders reprocessed`
    );
    await expect(summary).not.toContainText('Cancelled');
    const bulk = calls.filter((call) => call.name === 'reprocess/bulk');
    const precheck = calls.find((call) => call.name === 'groups/precheck')!;
    expect(precheck.args).toMatchObject({ cause: expect.any(String), key: expect.any(String) });
    expect(bulk).toEqual([
      { name: 'reprocess/bulk', args: { groupSnapshot: expect.stringMatching(/^[0-9a-f-]{36}$/) }, bytes: expect.any(Number) }
    ]);
    expect(Math.max(...calls.map((call) => call.bytes)), 'no request carries the group’s orders').toBeLessThan(1_000);
    await expect(progress).toHaveCount(0);
    await summary.scrollIntoViewIfNeeded();
    await screenshot(page, 'group-reprocess-done');
    // The summary adds up to the whole group, and the panel shows the group as the mirror now holds it.
    const counts = (await summary.locator('p').first().textContent())!
      .match(/\d[\d,]*/g)!
      .map((n) => Number(n.replace(/,/g, '')));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(largest);
    const after = mirrorGroups(join(dataDir, 'mirror.db')).largest;
    await expect(panel.getByTestId('group-orders').getByRole('heading')).toContainText(`(${after.toLocaleString('en')})`);
  } finally {
    stop();
  }
});

test('the queue sort select shows its whole default label in every language', async ({ desk }) => {
  const fits = () =>
    desk.locator('.sort-select').evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.selectedOptions[0].text).width;
      // Room for the text: the box less its padding and the arrow's room (the right padding holds it).
      return text <= select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
  for (const [language, name] of [
    ['English', 'en'],
    ['Português (Brasil)', 'pt'],
    ['Español', 'es']
  ] as const) {
    await desk.getByTestId('rail-settings').click();
    await desk.locator('#locale').selectOption({ label: language });
    await desk.getByTestId('rail-queue').click();
    await expect(desk.locator('.sort-select')).toBeVisible();
    await desk
      .locator('.filter-bar')
      .screenshot({ path: resolve(__dirname, `../../test-results/screens/queue-sort-${name}.png`) });
    expect(await fits(), `sort label fits in ${name}`).toBe(true);
  }
});

test('a bulk reprocess cancelled from the panel stops after its page and says how far it got', async ({ browser, dataDir }) => {
  const { page, stop } = await openMirrorCopy(browser, dataDir);
  try {
    await page.getByTestId('rail-groups').click();
    await page.getByTestId('group-row').nth(1).click();
    const panel = page.getByTestId('group-panel');
    await expect(panel.getByTestId('group-reprocess')).toHaveText(/^Reprocess \d/);
    const size = Number((await panel.getByTestId('group-reprocess').textContent())!.replace(/\D/g, ''));
    expect(size).toBeGreaterThan(200);
    // The job is held at its first page by another connection's write lock until the cancel has been
    // answered: a fast machine would otherwise finish the group before the click lands. The worker
    // finishes the page it is on and stops (a cancel heard before its first turn stops a page late).
    const lock = holdWriteLock(join(dataDir, 'mirror.db'));
    try {
      await panel.getByTestId('group-reprocess').click();
      await expect(panel.getByTestId('group-reprocess-progress')).toBeVisible();
      const cancelled = page.waitForResponse(
        (response) => response.url().endsWith('/api/invoke') && /cancel/.test(response.request().postData() ?? '')
      );
      await panel.getByTestId('group-reprocess-cancel').click();
      await cancelled;
    } finally {
      lock.release();
    }
    const summary = panel.getByTestId('group-reprocess-summary');
    await expect(summary).toContainText(new RegExp(`Cancelled after \\d+ of ${size} orders`), { timeout: 30_000 });
    const done = Number(/Cancelled after (\d+)/.exec((await summary.textContent())!)![1]);
    expect(done).toBeLessThan(size);
    expect(done % 100, 'stops at a page boundary').toBe(0);
    await summary.scrollIntoViewIfNeeded();
    await screenshot(page, 'group-reprocess-cancelled');
  } finally {
    stop();
  }
});
