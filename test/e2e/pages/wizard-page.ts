import type { Locator, Page } from '@playwright/test';

/** The troubleshooting wizard over the order pane. */
export class WizardPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('wizard');
  }

  step(name: string): Locator {
    return this.root.locator(`[data-step="${name}"]`);
  }

  async primary(): Promise<void> {
    await this.root.locator('[data-primary="true"]:not([disabled])').first().click();
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }
}
