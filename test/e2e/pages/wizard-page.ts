import { expect, type Locator, type Page } from '@playwright/test';

/** The troubleshooting wizard over the order pane. */
export class WizardPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('wizard');
  }

  /**
   * Opens the wizard from a button of the order pane: one click. (A first click was once lost when a
   * filter chip appearing pushed the pane down between the press and the release; steady-pane.spec
   * keeps that fixed.)
   */
  async openFrom(button: Locator): Promise<void> {
    await button.click();
    await expect(this.root).toBeVisible();
  }

  step(name: string): Locator {
    return this.root.locator(`[data-step="${name}"]`);
  }

  async primary(): Promise<void> {
    await this.root.locator('[data-primary="true"]:not([disabled])').first().click();
  }

  /** From the Explain step: on to Evidence and Fix, preview the proposed fix, apply it. */
  async applyFirstFix(): Promise<void> {
    await this.primary(); // → Evidence
    await this.primary(); // → Fix
    await this.primary(); // preview
    await this.primary(); // apply
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }
}
