import type { Locator, Page } from '@playwright/test';

/** The order pane's diagnosis: outcome banners, the type chips, causes, "also found", what was checked. */
export class OrderPanePage {
  readonly root: Locator;
  readonly unexplained: Locator;
  readonly inferredSentence: Locator;
  readonly typeChip: Locator;
  readonly inferredChip: Locator;
  readonly confidence: Locator;
  readonly checked: Locator;
  readonly causes: Locator;
  readonly alsoFound: Locator;
  readonly blockers: Locator;
  /** The header's action buttons: the primary, the next one, and "More". */
  readonly actions: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('order-pane');
    this.unexplained = this.root.getByTestId('unexplained-banner');
    this.inferredSentence = this.root.getByTestId('inferred-sentence');
    this.typeChip = this.root.getByTestId('type-chip');
    this.inferredChip = this.root.getByTestId('type-chip-inferred');
    this.confidence = this.root.getByTestId('confidence');
    this.checked = this.root.getByTestId('checked-list');
    this.causes = this.root.getByTestId('cause-card');
    this.alsoFound = this.root.getByTestId('also-found');
    this.blockers = this.root.getByTestId('blockers-table');
    this.actions = this.root.getByTestId('order-actions');
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }

  /** An action of the "More" menu, the menu opened first. */
  async moreAction(name: string | RegExp): Promise<Locator> {
    const more = this.root.getByTestId('order-more');
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    return this.root.getByRole('menuitem', { name });
  }

  /** Green banners: an all-clear the desk must never show for an order it cannot explain. */
  green(): Locator {
    return this.root.locator('.banner-success');
  }
}
