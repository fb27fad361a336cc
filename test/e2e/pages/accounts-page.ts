import type { Locator, Page } from '@playwright/test';

/** Settings › VTEX accounts and Sync, and the rail's account and Sync button. */
export class AccountsPage {
  readonly panel: Locator;
  readonly accountName: Locator;
  readonly connect: Locator;
  readonly report: Locator;
  readonly list: Locator;
  readonly syncNow: Locator;
  readonly syncSummary: Locator;
  readonly ages: Locator;
  readonly railAccount: Locator;
  readonly railSync: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('accounts-panel');
    this.accountName = page.getByLabel('Account name');
    this.connect = page.getByRole('button', { name: 'Test and connect' });
    this.report = page.getByTestId('connect-report');
    this.list = page.getByTestId('accounts-list');
    this.syncNow = page.getByRole('button', { name: 'Sync now' });
    this.syncSummary = page.getByTestId('sync-summary');
    this.ages = page.getByTestId('sync-ages');
    this.railAccount = page.getByTestId('rail-account');
    this.railSync = page.getByTestId('rail-sync');
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
  }

  async open(): Promise<void> {
    await this.nav('Settings').click();
    await this.panel.waitFor();
  }

  /** The age shown for one kind in the sync table ("2 minutes ago", "never (snapshot data)"). */
  ageOf(kind: string): Locator {
    return this.ages
      .getByRole('row', { name: new RegExp(`^${kind}`) })
      .getByRole('cell')
      .nth(1);
  }
}
