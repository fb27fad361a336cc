import type { Locator, Page } from '@playwright/test';

export class ImportPage {
  readonly folder: Locator;
  readonly done: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.folder = page.getByLabel('Snapshot folder or Admin export');
    this.done = page.getByTestId('import-done');
    this.error = page.getByTestId('import-error');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
  }

  async importFolder(dir: string): Promise<void> {
    await this.folder.fill(dir);
    await this.page.getByRole('button', { name: 'Import', exact: true }).last().click();
  }
}
