import { expect, screenshot, test } from './fixtures';
import { WizardPage } from './pages/wizard-page';

/**
 * "Why can't customers buy this?" on the demo store, from a customer's complaint and no order:
 * the b key, a SKU found by name among several, its cause card, the same wizard fixing it, and
 * Verify green once every store-side check passes.
 */
test('a SKU by name, its cause, the wizard fixes it and Verify passes', async ({ desk }) => {
  await desk.locator('body').press('b');
  await expect(desk.getByRole('heading', { name: "Why can't customers buy this?" })).toBeVisible();

  const sku = desk.getByTestId('storefront-sku');
  await expect(sku).toBeFocused();
  await sku.fill('Legging Compressão');
  await expect(desk.locator('#storefront-sku-suggestions option').first()).toBeAttached();
  await desk.getByTestId('storefront-trade-policy').selectOption('1');
  await desk.getByTestId('storefront-postal-code').fill('01310-100');
  await desk.getByRole('button', { name: 'Check', exact: true }).click();

  const candidates = desk.getByTestId('storefront-candidates');
  await expect(candidates).toBeVisible();
  await candidates.getByRole('button', { name: /10025/ }).click();

  const result = desk.getByTestId('storefront-result');
  await expect(result).toHaveAttribute('data-outcome', 'causes');
  const card = result.locator('[data-testid="cause-card"][data-cause="out_of_stock_not_sellable"]');
  await expect(card).toBeVisible();
  await expect(result.locator('[data-family="delivery"]')).toHaveAttribute('data-state', 'skipped');
  // No stock that the store will not sell out of stock: stock fails too, it is not ticked as passed.
  await expect(result.locator('[data-family="stock"]')).toHaveAttribute('data-state', 'failed');
  await expect(result.locator('[data-family="price"]')).toHaveAttribute('data-state', 'passed');
  await screenshot(desk, 'sku-first-causes');

  await card.locator('.cause-card-foot button').click();
  const wizard = new WizardPage(desk);
  await expect(wizard.step('fix')).toBeVisible();
  await expect(wizard.root.locator('.raw-message, h2')).toContainText(['SKU 10025']);
  await wizard.primary(); // preview
  await wizard.primary(); // apply
  await expect(wizard.root.getByTestId('fix-applied')).toBeVisible();
  await wizard.primary(); // → Verify
  await expect(wizard.root.getByTestId('verify-green')).toBeVisible();
  await expect(wizard.root.getByTestId('verify-green')).toContainText('Every store-side check passes on the mirror');
  await screenshot(desk, 'sku-first-verify');
  // No order to reprocess: Verify's primary action finishes.
  await expect(wizard.root.locator('[data-primary="true"]')).toHaveText('Finish');
  await wizard.primary();
  await expect(wizard.root).toBeHidden();
  await expect(desk.getByTestId('storefront-all-pass')).toBeVisible();
});

test('a SKU every check passes for, by its RefId, and one no SKU matches', async ({ desk }) => {
  await desk.locator('body').press('b');
  await desk.getByTestId('storefront-sku').fill('TTF-1001-38-AZUL');
  await desk.getByTestId('storefront-postal-code').fill('01310100');
  await desk.getByTestId('storefront-sku').press('Enter');
  await expect(desk.getByTestId('storefront-all-pass')).toBeVisible();
  await expect(desk.locator('[data-testid="storefront-families"] [data-state="passed"]')).toHaveCount(6);
  await screenshot(desk, 'sku-first-all-pass');

  await desk.getByTestId('storefront-sku').fill('no such sku');
  await desk.getByTestId('storefront-sku').press('Enter');
  await expect(desk.getByTestId('storefront-not-found')).toBeVisible();
});

test('in Spanish and Portuguese, light theme: a SKU without a price for the trade policy', async ({ desk }) => {
  await desk.getByRole('button', { name: 'Settings' }).click();
  await desk.locator('#theme').selectOption('light');
  await desk.locator('#locale').selectOption({ label: 'Español' });
  await desk.locator('body').press('b');
  await expect(desk.getByRole('heading', { name: '¿Por qué el cliente no puede comprar?' })).toBeVisible();
  await desk.getByTestId('storefront-sku').fill('10154');
  await desk.getByTestId('storefront-sku').press('Enter');
  await expect(desk.locator('[data-testid="cause-card"][data-cause="price_missing_for_trade_policy"]')).toBeVisible();
  await expect(desk.getByTestId('storefront-result')).toHaveAttribute('data-outcome', 'causes');
  await screenshot(desk, 'sku-first-es-light');

  await desk
    .locator('.rail')
    .getByRole('button', { name: /Configuración|Ajustes/ })
    .click();
  await desk.locator('#locale').selectOption({ label: 'Português (Brasil)' });
  await desk.locator('body').press('b');
  await expect(desk.getByRole('heading', { name: 'Por que o cliente não consegue comprar?' })).toBeVisible();
  await expect(desk.locator('[data-testid="storefront-families"] [data-family="price"]')).toHaveAttribute('data-state', 'failed');
  await screenshot(desk, 'sku-first-pt-light');
});
