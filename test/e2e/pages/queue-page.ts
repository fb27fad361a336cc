import { expect, type Locator, type Page } from '@playwright/test';

/** The error queue: filter bar, virtual list, order pane. */
export class QueuePage {
  readonly rows: Locator;
  readonly count: Locator;
  readonly search: Locator;
  readonly pane: Locator;
  readonly railAccount: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('queue-row');
    this.count = page.getByTestId('queue-count');
    this.search = page.getByRole('searchbox');
    this.pane = page.getByTestId('order-pane');
    this.railAccount = page.getByTestId('rail-account');
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
  }

  async open(): Promise<void> {
    await this.nav('Queue').click();
  }

  /** Ticks one value of a facet (error type, cause, marketplace, trade policy) by its visible label. */
  async pickFacet(testId: string, label: string | RegExp): Promise<void> {
    const facet = this.page.getByTestId(testId);
    await facet.getByRole('button').first().click();
    await facet.getByRole('option', { name: label }).first().click();
    await this.page.keyboard.press('Escape');
  }

  async totalShown(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The list has answered its last query: nothing shown is about to be replaced ("Loading orders…"). */
  async settled(): Promise<void> {
    await expect(this.count).toHaveAttribute('aria-busy', 'false');
  }

  /**
   * Searches for the order and opens it once the search has answered, so the list, its count and the
   * pane a screenshot shows are the settled ones (fresh-store-unexplained was taken mid-search).
   */
  async openOrder(marketplaceOrderId: string): Promise<void> {
    await this.search.fill(marketplaceOrderId);
    await this.page.getByTestId('filter-chip').filter({ hasText: marketplaceOrderId }).waitFor();
    await this.settled();
    await this.row(marketplaceOrderId).first().click();
    await this.pane.getByText(marketplaceOrderId).first().waitFor();
  }
}
