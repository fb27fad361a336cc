import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** The change plan screen: planned changes (local copy only), their export and discard. */
export class PlanPage {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-screen');
    this.rows = this.root.getByTestId('plan-row');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Change plan' }).click();
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async exportAs(format: 'md' | 'csv'): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.root.getByTestId(`plan-export-${format}`).click()
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}
