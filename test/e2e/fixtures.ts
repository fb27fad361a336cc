import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { _electron, expect, test as base, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

const REPO_ROOT = resolve(__dirname, '../..');

/** Starts `integration-desk web` on a fresh mirror and resolves with the URL it prints first. */
export function startWebServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin/integration-desk.cjs'), 'web', '--db', join(dataDir, 'mirror.db')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, INTEGRATION_DESK_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (url) => resolvePromise({ url, child }));
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}: ${stderr}`)));
  });
}

/**
 * Stops a server started by startWebServer and waits until it has exited (its mirror closed), so the
 * test's data folder is not removed under a process still writing to it. Killed if it takes too long.
 */
export async function stopWebServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(kill);
}

/**
 * `desk`: a page showing the app on its own fresh mirror (seeded with the demo store), ready for
 * input. By default the browser mode; DESK_E2E_TARGET=electron launches the real app instead.
 */
export const test = base.extend<{ desk: Page; dataDir: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  desk: async ({ browser, dataDir }, use) => {
    if (process.env.DESK_E2E_TARGET === 'electron') {
      const app = await _electron.launch({ args: [REPO_ROOT], env: { ...process.env, INTEGRATION_DESK_DATA_DIR: dataDir } });
      const page = await app.firstWindow();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.locator('body[data-ready="true"]').waitFor();
      await use(page);
      await app.close();
      return;
    }
    const { url, child } = await startWebServer(dataDir);
    const page = await openDesk(browser, url);
    await use(page);
    await page.context().close();
    await stopWebServer(child);
  }
});

export { expect };

/** The desk a web server serves, in a browser context of its own, once the page says it is ready. */
export async function openDesk(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/** Saves a screenshot under test-results/screens/ to be looked at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screens', `${name}.png`), fullPage: false });
}
