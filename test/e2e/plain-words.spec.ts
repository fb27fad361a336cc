import { expect, screenshot, test } from './fixtures';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

/**
 * Orders of the demo store with one cause type each (resources/demo/expected-causes.json): stock,
 * logistics, package limits, prices and divergence, customer data, marketplace status, the storefront.
 */
const ORDERS: Record<string, string> = {
  insufficient_stock: 'MLB:2000047594104204',
  stock_outside_trade_policy: 'DFT:2058504589',
  postal_code_not_covered: 'MGZ:LU-3178068380264393',
  package_exceeds_carrier_limits: 'AMZ:706-7153271-0024022',
  selected_sla_not_offered: 'VIA:6539623987',
  price_divergence_over_allowance: 'MGZ:LU-5349338023864708',
  price_divergence_awaiting_approval: 'MGZ:LU-6422485998023847',
  price_expired_for_trade_policy: 'MLB:2000053103064638',
  price_missing_for_trade_policy: 'B2W:Americanas-834166424582',
  freight_price_differs: 'DFT:2438583546',
  payment_value_differs_from_items: 'NSH:3411944365',
  customer_document_invalid: 'MLB:2000092229784526',
  invoice_key_invalid: 'B2W:Americanas-280071384666',
  retry_window_expired: 'MGZ:LU-3913990578264218',
  order_already_in_oms: 'B2W:Americanas-673570344225',
  sku_not_in_trade_policy: 'DFT:2379223952',
  out_of_stock_not_sellable: 'LOJ:07dd7206a6735fae39524f2afbe04e33',
  marketplace_blocked_item: 'AMZ:704-3586830-8024722'
};

/** What an agent must never read: a cents field, a JSON blob, a .NET TimeSpan, a field name. */
const DEVELOPER_DATA: [string, RegExp][] = [
  ['cents', /Cents/],
  ['JSON', /\{"/],
  ['TimeSpan', /\b\d+\.\d\d:\d\d:\d\d\b/],
  ['camelCase field name', /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/]
];

/** The pane's text with every section open, the marketplace's raw message aside (quoted verbatim on purpose, for searching). */
async function readableText(queue: QueuePage): Promise<string> {
  return queue.pane.evaluate((pane: HTMLElement) => {
    pane.querySelectorAll('details').forEach((node) => node.setAttribute('open', ''));
    const raw = pane.querySelector<HTMLElement>('[data-testid="raw-message"]')?.innerText ?? '';
    return raw ? pane.innerText.replace(raw, '') : pane.innerText;
  });
}

for (const [code, orderId] of Object.entries(ORDERS)) {
  const marketplaceOrderId = orderId.slice(orderId.indexOf(':') + 1);
  test(`${code}: the order pane speaks in plain words`, async ({ desk }) => {
    const queue = new QueuePage(desk);
    await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
    await queue.openOrder(marketplaceOrderId);
    await expect(queue.pane.locator(`[data-cause="${code}"]`).first()).toBeVisible();
    const text = await readableText(queue);
    for (const [what, pattern] of DEVELOPER_DATA) {
      expect(text.match(pattern)?.[0] ?? null, `${what} in the pane of ${orderId}`).toBeNull();
    }
  });
}

test('package limits read as weights with their limit, durations as days', async ({ desk }) => {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.openOrder('706-7153271-0024022');
  const card = queue.pane.locator('[data-cause="package_exceeds_carrier_limits"]').first();
  await expect(card).toContainText(/\d kg, limit \d/);
  await screenshot(desk, 'plain-words-package-limits');
  await queue.openOrder('6539623987');
  await queue.pane
    .locator('details summary')
    .filter({ hasText: /simulation/i })
    .click();
  await expect(queue.pane.getByTestId('sla-estimate').first()).toHaveText(/^\d+ (day|days|hour|hours)\b/);
});

test('the change preview speaks the Admin’s words, and a divergence rule says it is store-wide and narrow', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);

  await queue.openOrder('2000053103064638');
  await queue.pane.locator('[data-cause="price_expired_for_trade_policy"] .cause-card-foot button').click();
  await wizard.primary();
  const renewal = desk.getByTestId('fix-changes');
  await expect(renewal).toBeVisible();
  await expect(renewal).not.toContainText('fixedPrice');
  await expect(renewal).not.toContainText(/\d{4}-\d\d-\d\dT|\{"/);
  await expect(renewal).toContainText(/\d{4}/);
  await desk.keyboard.press('Escape');

  await queue.openOrder('LU-5349338023864708');
  await queue.pane.locator('[data-cause="price_divergence_over_allowance"] .cause-card-foot button').click();
  const from = Number(await wizard.root.locator('#fix-from').inputValue());
  const to = Number(await wizard.root.locator('#fix-to').inputValue());
  expect(to - from).toBeLessThanOrEqual(0.1 + 1e-9);
  await wizard.primary();
  await expect(desk.getByTestId('fix-scope')).toHaveAttribute('data-scope', 'store');
  await expect(desk.getByTestId('fix-scope')).toContainText('every marketplace');
  await expect(desk.getByTestId('fix-changes')).toContainText('authorize automatically');
});

for (const [language, placeholder, typed, shown] of [
  ['pt-BR', 'dd/mm/aaaa', '31/12/2027', '31 de dez. de 2027'],
  ['es', 'dd/mm/aaaa', '31/12/2027', '31 dic 2027'],
  ['en', 'mm/dd/yyyy', '12/31/2027', 'Dec 31, 2027']
] as const) {
  test(`a date is typed and read in the desk's language, not the browser's (${language})`, async ({ desk }) => {
    const queue = new QueuePage(desk);
    const wizard = new WizardPage(desk);
    await desk
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button')
      .filter({ hasText: /Settings/ })
      .click();
    await desk.locator('#locale').selectOption(language);
    await desk.getByTestId('rail-queue').click();
    await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
    await queue.openOrder('2000053103064638');
    await wizard.openFrom(queue.pane.locator('[data-cause="price_expired_for_trade_policy"] .cause-card-foot button'));
    const field = wizard.root.locator('#fix-dateTo');
    await expect(field).toHaveAttribute('placeholder', placeholder);
    await expect(field).toHaveValue(/^\d\d\/\d\d\/\d{4}$/);
    await field.fill('');
    await field.pressSequentially(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await wizard.primary();
    await expect(desk.getByTestId('fix-changes')).toContainText(shown);
  });
}

test('the audit log reads as rows in words, the JSON behind a disclosure', async ({ desk }) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(1);
  await queue.openOrder('2000053103064638');
  await queue.pane.locator('[data-cause="price_expired_for_trade_policy"] .cause-card-foot button').click();
  await wizard.primary();
  await expect(desk.getByTestId('fix-changes')).toBeVisible();
  await wizard.primary();
  await expect(wizard.root.getByTestId('fix-changes')).toBeVisible();
  await desk.keyboard.press('Escape');
  await queue.nav('Audit log').click();
  const row = desk.getByTestId('audit-row').first();
  await expect(row).toContainText('Fix: Renew the price');
  await expect(row).toContainText('for order 2000053103064638');
  const text = await row.innerText();
  expect(text).not.toMatch(/fix:|\{"|fixedPrice|\d{4}-\d\d-\d\dT/);
  await row.locator('details summary').click();
  await expect(row.locator('details pre')).toContainText('"fixedPrice[');
});
