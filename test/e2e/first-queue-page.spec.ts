import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { expect, screenshot, startWebServer, stopWebServer, test } from './fixtures';
import { QueuePage } from './pages/queue-page';

/** The contract name a bridge request calls, or null for any other request. */
function invoked(request: Request): string | null {
  if (request.method() !== 'POST' || !request.url().endsWith('/api/invoke')) return null;
  return (request.postDataJSON() as { name: string }).name;
}

declare global {
  interface Window {
    /** Queue rows the page inserted one by one, after the list itself was in the document. */
    __lateRows?: number;
  }
}

/** Counts rows added to a list already shown (the first commit adds the whole screen at once). */
function countLateRows(): void {
  window.__lateRows = 0;
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.matches('[data-testid="queue-row"]')) window.__lateRows! += 1;
  }).observe(document, { childList: true, subtree: true });
}

/*
 * Issue 9: the desk's entry asks for the open queue's first page before React loads (startup.ts).
 * When that page arrives before the queue screen mounts — the usual case on a cold start, where the
 * render chunk takes longer to come and compile than the core to answer — the screen must not ask
 * for it again: a second cold `queue/list` and `queue/facets` wait on the bridge's one thread ahead
 * of everything the start asks next. The render chunk is held here until that first page has been
 * answered, so the case is certain rather than a race. Its rows are then in the list's first render
 * (the list takes the window's height less the screen's chrome before it can measure itself), not
 * inserted by a second render. The order pane's chunk, left out of the first bundle, is fetched once
 * the rows are shown, before any order is opened. Shown again later, the queue does reload.
 */
test('a first page that arrives before the screen mounts is asked once and shown by the first render', async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  const { url, child } = await startWebServer(dataDir);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(countLateRows);
    const asked: string[] = [];
    let paneFetched = false;
    page.on('request', (request) => {
      const name = invoked(request);
      if (name) asked.push(name);
      if (/\/assets\/QueuePane-[^/]*\.js$/.test(request.url())) paneFetched = true;
    });
    const firstPage = page.waitForResponse((response) => invoked(response.request()) === 'queue/list');
    await page.route(/\/assets\/render-[^/]*\.js$/, async (route) => {
      await (await firstPage).finished();
      await route.continue();
    });

    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor();
    const queue = new QueuePage(page);
    await expect(queue.rows.first().getByRole('gridcell').nth(1)).not.toBeEmpty();
    // app/info is asked after the first page and after the screen's mount: a reload would be asked before it.
    await expect.poll(() => asked.includes('app/info')).toBe(true);
    expect(asked.filter((name) => name === 'queue/list')).toHaveLength(1);
    expect(asked.filter((name) => name === 'queue/facets')).toHaveLength(1);
    await expect(queue.rows).not.toHaveCount(0);
    expect(await page.evaluate(() => window.__lateRows)).toBe(0);
    await screenshot(page, 'first-queue-page-once');
    await expect.poll(() => paneFetched).toBe(true);

    await queue.nav('Groups').click();
    await page.getByRole('heading', { name: 'Root-cause groups' }).waitFor();
    await queue.open();
    await expect.poll(() => asked.filter((name) => name === 'queue/list').length).toBe(2);
    await queue.settled();
  } finally {
    await context.close();
    await stopWebServer(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/* The list's rows follow its scroller (use-fixed-rows.ts): scrolled by hand, and by the keyboard's cursor. */
test('the queue list shows the rows scrolled to, by the wheel and by the cursor', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const total = await queue.totalShown();
  expect(total).toBeGreaterThan(40);
  const scroller = desk.locator('.queue-scroll');
  await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const lastRow = desk.locator(`[data-testid="queue-row"][aria-rowindex="${total}"]`);
  await expect(lastRow).toBeInViewport();
  await expect(lastRow.getByRole('gridcell').nth(1)).not.toBeEmpty();

  await scroller.evaluate((element) => (element.scrollTop = 0));
  await desk.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 30; i++) await desk.keyboard.press('j');
  await expect(desk.locator('[data-testid="queue-row"].is-cursor')).toHaveAttribute('aria-rowindex', '30');
  await expect(desk.locator('[data-testid="queue-row"].is-cursor')).toBeInViewport({ ratio: 1 });
});
