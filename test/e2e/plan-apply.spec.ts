import type { FakeVtex } from '../support/fake-vtex';
import { startConnectedDesk, type ConnectedDesk } from './connected-desk';
import { expect, openDesk, screenshot, test } from './fixtures';
import { PlanPage } from './pages/plan-page';

let desk: ConnectedDesk;

test.beforeEach(async () => {
  desk = await startConnectedDesk('desk-e2e-plan-apply-');
});

test.afterEach(() => desk.close());

/** Calls the desk's bridge as the renderer does (the token comes in the URL it printed). */
async function invoke<T>(name: string, args: unknown): Promise<T> {
  const url = new URL(desk.server.url);
  const response = await fetch(new URL('/api/invoke', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify({ name, args })
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value;
}

/** Two balances the demo store holds with a finite count. */
function balances(fake: FakeVtex): { skuId: string; warehouseId: string; totalQuantity: number }[] {
  return [...fake.store.inventory.values()]
    .flatMap((inv) =>
      inv.balance
        .filter((b) => !b.hasUnlimitedQuantity)
        .map((b) => ({ skuId: String(inv.skuId), warehouseId: b.warehouseId, totalQuantity: b.totalQuantity }))
    )
    .slice(0, 2);
}

test('the change plan applies through VTEX in one confirmed batch naming the account, with the result per line', async ({
  browser
}) => {
  const [kept, refused] = balances(desk.fake);
  for (const balance of [kept, refused])
    await invoke('fixes/apply', { fix: { kind: 'update_inventory', ...balance, totalQuantity: balance.totalQuantity + 6 } });
  await invoke('fixes/apply', { fix: { kind: 'register_erp_carrier', name: 'Transportadora Sul' } });
  const refusedPath = `/api/logistics/pvt/inventory/skus/${refused.skuId}/warehouses/${refused.warehouseId}`;
  desk.fake.on('PUT', new RegExp(`^${refusedPath}$`), () => ({ status: 403, body: { error: { message: 'Forbidden' } } }));

  const page = await openDesk(browser, desk.server.url, { viewport: { width: 1440, height: 900 } });
  const plan = new PlanPage(page);
  await plan.open();
  await expect(plan.rows).toHaveCount(3);

  await plan.root.getByRole('button', { name: 'Apply through VTEX (lojademo)' }).click();
  const dialog = page.getByTestId('plan-apply-dialog');
  await expect(dialog).toHaveAttribute('data-account', 'lojademo');
  await expect(dialog).toContainText('Apply 3 planned changes to account lojademo');
  await expect(dialog).toContainText(`PUT ${refusedPath}`);
  await expect(dialog).toContainText('No public API: make it in the Admin.');
  // Nothing reached the store before the agent confirms.
  expect(desk.fake.requests.filter((r) => r.method === 'PUT')).toEqual([]);
  await screenshot(page, 'plan-apply-1-confirm');

  await dialog.getByRole('button', { name: 'Apply to lojademo' }).click();
  await expect(dialog.getByTestId('plan-apply-summary')).toContainText('1 confirmed by VTEX, 2 still planned.');
  const lines = dialog.getByTestId('plan-apply-line');
  await expect(lines.filter({ hasText: `PUT ${refusedPath}` })).toHaveAttribute('data-outcome', 'refused');
  await expect(lines.filter({ hasText: 'Still planned: VTEX refused it' })).toHaveCount(1);
  await expect(lines.filter({ hasText: 'Done: VTEX holds it' })).toHaveCount(1);
  await expect(lines.filter({ hasText: 'Still planned: make it in the Admin' })).toHaveCount(1);
  await screenshot(page, 'plan-apply-2-result');
  expect(desk.fake.store.inventory.get(kept.skuId)?.balance.find((b) => b.warehouseId === kept.warehouseId)?.totalQuantity).toBe(
    kept.totalQuantity + 6
  );

  // The plan keeps what VTEX did not confirm.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(plan.rows).toHaveCount(2);
});
