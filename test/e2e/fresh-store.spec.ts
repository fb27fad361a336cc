import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXPECTED, FAILED_IDS, UNEXPLAINED_IDS } from '../integration/fresh-store/expected';
import { expect, screenshot, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { OrderPanePage } from './pages/order-pane-page';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

/** The desk over test/fixtures/snapshots/fresh-store, a garden store nobody on the team wrote. */
const SNAPSHOT = join(__dirname, '../fixtures/snapshots/fresh-store');

async function importFreshStore(desk: Page): Promise<QueuePage> {
  const queue = new QueuePage(desk);
  await expect.poll(() => queue.totalShown()).toBeGreaterThan(0);
  const importer = new ImportPage(desk);
  await importer.open();
  await importer.importFolder(SNAPSHOT);
  await expect(importer.done).toBeVisible({ timeout: 60_000 });
  await queue.open();
  return queue;
}

test('every failed order of the fresh store shows the cause its data shows, and none is green', async ({ desk }) => {
  test.setTimeout(240_000);
  const queue = await importFreshStore(desk);
  const pane = new OrderPanePage(desk);
  for (const id of FAILED_IDS) {
    await queue.openOrder(id);
    await expect(pane.root).toContainText(id);
    await expect(pane.green(), id).toHaveCount(0);
    const cause = EXPECTED[id].cause;
    if (cause === null) {
      await expect(pane.unexplained, id).toContainText('This is not an all-clear');
      await expect(pane.causes, id).toHaveCount(0);
      await expect(pane.button(/^Reprocess/), id).toHaveCount(0);
    } else {
      await expect(pane.unexplained, id).toHaveCount(0);
      await expect(pane.causes.first(), id).toHaveAttribute('data-cause', cause);
      await expect(pane.alsoFound, id).toHaveCount(0);
    }
  }
});

test('the evidence names the objects with their numbers: reserved stock, stock behind an inactive dock, an ended price', async ({
  desk
}) => {
  const queue = await importFreshStore(desk);
  const pane = new OrderPanePage(desk);

  await queue.openOrder('CRF-77105');
  await expect(pane.causes.first()).toContainText('51004');
  await expect(pane.causes.first()).toContainText('Armazém Campinas');
  await expect(pane.causes.first()).toContainText('12');
  await screenshot(desk, 'fresh-store-reserved-stock');

  await queue.openOrder('NTS-5540015');
  await expect(pane.causes.first()).toContainText('Doca Recife');
  await expect(pane.causes.first()).toContainText('38');
  await screenshot(desk, 'fresh-store-inactive-dock');

  await queue.openOrder('CRF-77107');
  await expect(pane.causes.first()).toContainText('51006');
  await expect(pane.causes.first()).toContainText('R$259.00');
  await screenshot(desk, 'fresh-store-expired-price');

  await queue.openOrder('CRF-77102');
  await expect(pane.inferredChip).toContainText('inferred');
  await expect(pane.typeChip).toHaveText('Unclassified');
  await screenshot(desk, 'fresh-store-inferred-inactive');
});

test('an unexplained order of the fresh store says so and never leads to a reprocess', async ({ desk }) => {
  const queue = await importFreshStore(desk);
  const pane = new OrderPanePage(desk);
  const wizard = new WizardPage(desk);
  const id = UNEXPLAINED_IDS[0];
  await queue.openOrder(id);
  await expect(pane.unexplained).toContainText('Message not recognised and no check found anything. This is not an all-clear.');
  await expect(pane.checked).toContainText('stock and its reach');
  await expect(queue.row(id).getByTestId('outcome-unexplained')).toHaveText('? Unexplained');
  // The search has answered (the screenshot once showed "Loading orders…" beside the pane).
  await expect(queue.count).toHaveText('1 order');
  await screenshot(desk, 'fresh-store-unexplained');
  await pane.button(/Troubleshoot/).click();
  await expect(wizard.root.locator('[data-primary="true"]')).toHaveText('Escalate to VTEX');
  await wizard.root
    .locator('.stepper')
    .getByRole('button', { name: /Reprocess/ })
    .click();
  await expect(wizard.step('reprocess').getByTestId('wizard-no-reprocess')).toBeVisible();
  await expect(wizard.button('Reprocess (local replay)')).toHaveCount(0);
  await screenshot(desk, 'fresh-store-unexplained-wizard');
});

test('activating the fresh store’s inactive SKU is a planned change, and the replay would integrate, never integrated', async ({
  desk
}) => {
  const queue = await importFreshStore(desk);
  const wizard = new WizardPage(desk);
  await queue.openOrder('CRF-77101');
  await wizard.openFrom(queue.pane.getByRole('button', { name: /Troubleshoot/ }));
  await wizard.applyFirstFix();
  const applied = desk.getByTestId('fix-applied');
  await expect(applied).toHaveAttribute('data-planned', 'true');
  await expect(applied).toContainText('Planned change (local copy only)');
  await screenshot(desk, 'fresh-store-planned-fix');
  await wizard.primary(); // → Verify
  await expect(desk.getByTestId('verify-green')).toContainText('would integrate once these changes are made in the Admin');
  await wizard.primary();
  await wizard.primary();
  const replay = desk.getByTestId('reprocess-would-integrate');
  await expect(replay).toContainText('Would integrate once these changes are made; nothing was sent to VTEX');
  await expect(wizard.root).not.toContainText('Integrated');
  await screenshot(desk, 'fresh-store-planned-replay');
});

/** Activates SKU 51002 for NTS-5540012 on the copy (a planned change) and closes the wizard before Verify or the replay. */
async function planFixAndClose(desk: Page): Promise<{ queue: QueuePage; pane: OrderPanePage }> {
  const queue = await importFreshStore(desk);
  const wizard = new WizardPage(desk);
  await queue.openOrder('NTS-5540012');
  await wizard.openFrom(queue.pane.getByRole('button', { name: /Troubleshoot/ }));
  await wizard.applyFirstFix();
  await expect(desk.getByTestId('fix-applied')).toHaveAttribute('data-planned', 'true');
  await wizard.root
    .getByRole('button', { name: /close|×/i })
    .first()
    .click();
  await expect(wizard.root).toHaveCount(0);
  await queue.openOrder('NTS-5540012');
  const pane = new OrderPanePage(desk);
  await expect(pane.root.getByTestId('order-planned-changes')).toContainText(
    'This order waits for 1 planned change (local copy only)'
  );
  return { queue, pane };
}

test('after a planned fix, closed before the replay, the order pane says what the order waits for', async ({ desk }) => {
  const { pane } = await planFixAndClose(desk);
  await expect(pane.root.getByTestId('order-planned-changes')).toContainText('SKU 51002 Regador Metálico 5L Verde');
  await expect(pane.root).not.toContainText('Integrated');
  await screenshot(desk, 'fresh-store-planned-closed');
});

// The pane once showed the green "should integrate now. Reprocess it." beside the planned change the order waits for.
test('an order that passes only on a planned change is never shown green', async ({ desk }) => {
  const { pane } = await planFixAndClose(desk);
  await expect(pane.root.getByTestId('outcome-banner')).toContainText('would integrate once they are made in the Admin');
  await expect(pane.green()).toHaveCount(0);
});

/** How far each evidence table of the pane's cause cards reaches past its card's inner right edge (px), by table. */
function tablesPastTheirCard(pane: OrderPanePage): Promise<string[]> {
  return pane.causes.evaluateAll((cards) =>
    cards.flatMap((card) => {
      const style = getComputedStyle(card);
      const inner = card.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      return [...card.querySelectorAll('table')].flatMap((table) => {
        const lastHeader = [...table.querySelectorAll('th')].pop();
        const past = Math.max(table.getBoundingClientRect().right, lastHeader?.getBoundingClientRect().right ?? 0) - inner;
        const scrolls = card.scrollWidth - card.clientWidth;
        return past > 0.5 || scrolls > 0
          ? [`${table.dataset.testid ?? 'table'}: ${past.toFixed(1)} px past, scrolls ${scrolls} px`]
          : [];
      });
    })
  );
}

// "Serves the trade policy" was cut off by the card's right edge at 1440 px (the stock and inactive-dock cards).
test('the stock cards’ evidence tables fit their card at 1440 px, with their last column whole (en, pt, es)', async ({
  desk
}) => {
  test.setTimeout(120_000);
  const queue = await importFreshStore(desk);
  const pane = new OrderPanePage(desk);
  const stockOrders = FAILED_IDS.filter((id) => /stock/.test(EXPECTED[id].cause ?? ''));
  expect(stockOrders).toContain('NTS-5540015');
  for (const [code, language] of [
    ['en', 'English'],
    ['pt', 'Português (Brasil)'],
    ['es', 'Español']
  ] as const) {
    await desk.getByTestId('rail-settings').click();
    await desk.locator('#locale').selectOption({ label: language });
    await desk.getByTestId('rail-queue').click();
    for (const id of stockOrders) {
      await queue.openOrder(id);
      await expect(pane.root.getByTestId('stock-table'), id).toBeVisible();
      expect(await tablesPastTheirCard(pane), `${id} (${language})`).toEqual([]);
    }
    await queue.openOrder('NTS-5540015');
    await screenshot(desk, `fresh-store-stock-table-${code}`);
  }
});

// The row said "No cause found" beside the pane's amber "would integrate once they are made in the Admin".
test('the queue row of an order that passes only on a planned change says it waits for it, not "No cause found"', async ({
  desk
}) => {
  const { queue } = await planFixAndClose(desk);
  const cell = queue.row('NTS-5540012').getByTestId('row-waits-for-plan');
  await expect(cell).toHaveText('~ Waits for planned change');
  await expect(queue.row('NTS-5540012')).not.toContainText('No cause found');
  // With the pane open the cause column is narrow: the chip ends in "…" inside its cell, never cut by the cell's edge.
  const overhang = await cell.evaluate(
    (chip) => chip.getBoundingClientRect().right - chip.parentElement!.getBoundingClientRect().right
  );
  expect(overhang).toBeLessThanOrEqual(0);
  await screenshot(desk, 'fresh-store-row-waits-for-plan');
  await desk.getByTestId('rail-settings').click();
  await desk.locator('#locale').selectOption({ label: 'Português (Brasil)' });
  await desk.getByTestId('rail-queue').click();
  await expect(queue.row('NTS-5540012').getByTestId('row-waits-for-plan')).toHaveText('~ Aguarda mudança planejada');
});

// The CLI's pre-check named the inactive dock first (shortfalls[].unblock); the desk's panel said only "4 more units".
test('the group pre-check names the inactive dock to activate, with the units it frees, ahead of more units (en, pt, es)', async ({
  desk
}) => {
  test.setTimeout(120_000);
  await importFreshStore(desk);
  const panel = desk.getByTestId('group-panel');
  for (const [code, language, unblock, rest] of [
    [
      'en',
      'English',
      'activate dock Doca Recife (frees 38 units of SKU 51005 at Armazém Recife)',
      /^For the rest: activate dock Doca Recife \(frees 38 units of SKU 51005 at Armazém Recife\), or \d+ more units? of SKU 51005 .* at Armazém Campinas\.$/
    ],
    [
      'pt',
      'Português (Brasil)',
      'ativar a doca Doca Recife (libera 38 unidades do SKU 51005 em Armazém Recife)',
      /^Para os demais: ativar a doca Doca Recife \(libera 38 unidades do SKU 51005 em Armazém Recife\), ou mais \d+ unidades? do SKU 51005 .* em Armazém Campinas\.$/
    ],
    [
      'es',
      'Español',
      'activar el muelle Doca Recife (libera 38 unidades del SKU 51005 en Armazém Recife)',
      /^Para los demás: activar el muelle Doca Recife \(libera 38 unidades del SKU 51005 en Armazém Recife\), o \d+ unidad(es)? más del SKU 51005 .* en Armazém Campinas\.$/
    ]
  ] as const) {
    await desk.getByTestId('rail-settings').click();
    await desk.locator('#locale').selectOption({ label: language });
    await desk.getByTestId('rail-groups').click();
    await desk.getByTestId('groups-cause').selectOption('stock_outside_trade_policy');
    await desk.getByTestId('group-row').filter({ hasText: '51005' }).first().click();
    const shortfall = panel.getByTestId('group-shortfall');
    await expect(shortfall).toHaveCount(1);
    await expect(shortfall.getByTestId('group-unblock')).toHaveText(unblock);
    // The blocker first, then the units the rest of the group still lacks where the trade policy reaches.
    await expect(shortfall).toHaveText(rest);
    await screenshot(desk, `fresh-store-group-unblock-${code}`);
  }
});

// The ended price (2026-11-15T23:59:59-03:00) read "Nov 16, 2026, 2:59 AM" in a UTC browser, nothing naming the zone.
test('an instant reads with its zone in the pane, the evidence and the wizard, in a UTC and a São Paulo browser', async ({
  desk
}) => {
  test.setTimeout(120_000);
  await importFreshStore(desk);
  const queue = new QueuePage(desk);
  const pane = new OrderPanePage(desk);
  const wizard = new WizardPage(desk);
  for (const { zone, end } of [
    { zone: 'UTC', end: 'Nov 16, 2026, 2:59 AM UTC' },
    { zone: 'America/Sao_Paulo', end: 'Nov 15, 2026, 11:59 PM GMT-3' }
  ]) {
    if (zone !== 'UTC') {
      // The same desk read from São Paulo: the browser's zone changed, the page loaded again.
      await (await desk.context().newCDPSession(desk)).send('Emulation.setTimezoneOverride', { timezoneId: zone });
      await desk.reload();
      await desk.locator('body[data-ready="true"]').waitFor();
    }
    await queue.openOrder('CRF-77107');
    // The verdict and the price table (its validity) say the same instant, with its zone.
    await expect(pane.causes.first()).toContainText(`ended on ${end}`);
    await expect(pane.causes.first().locator('table').filter({ hasText: end })).toHaveCount(1);
    // The order's own date says its zone as well.
    await expect(pane.root.locator('.order-meta')).toContainText(/, \d{1,2}:\d{2} [AP]M (UTC|GMT-3)/);
    await screenshot(desk, `fresh-store-dates-${zone === 'UTC' ? 'utc' : 'sao-paulo'}`);
    await wizard.openFrom(pane.button(/Troubleshoot/));
    await wizard.primary(); // → Evidence
    await expect(wizard.step('evidence')).toContainText(end);
    await desk.keyboard.press('Escape');
    await expect(wizard.root).toHaveCount(0);
  }
});
