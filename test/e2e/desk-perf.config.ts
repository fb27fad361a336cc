import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * `npm run bench:desk`: the desk's timings at 200k orders (desk-perf.perf.ts). Apart from `npm
 * test`'s specs because seeding the mirror takes a minute or more; one worker, so the figures are
 * not shared with another spec's browser.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'desk-perf.perf.ts',
  timeout: 15 * 60_000,
  workers: 1,
  fullyParallel: false,
  reporter: [['list']]
});
