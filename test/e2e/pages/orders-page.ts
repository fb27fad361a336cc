import type { Locator, Page } from '@playwright/test';

/** Locators and actions of the orders screen. */
export class OrdersPage {
  readonly rows: Locator;
  readonly count: Locator;
  readonly railAccount: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('order-row');
    this.count = page.getByTestId('orders-count');
    this.railAccount = page.getByTestId('rail-account');
  }

  async showStatus(label: string): Promise<void> {
    await this.page.getByRole('group').getByRole('button', { name: label, exact: true }).click();
  }

  row(marketplaceOrderId: string): Locator {
    return this.rows.filter({ hasText: marketplaceOrderId });
  }
}
