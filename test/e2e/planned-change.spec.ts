import { expect, screenshot, test } from './fixtures';
import { PlanPage } from './pages/plan-page';
import { QueuePage } from './pages/queue-page';
import { WizardPage } from './pages/wizard-page';

// The demo's Magalu order whose SKU is inactive: activating it is a fix the desk makes in its mirror.
const ORDER = 'LU-5755429522824267';
const ADMIN_PATH = 'Catalog > Products and SKUs > SKU > Active';

test('a fix on the snapshot mirror is a planned change everywhere, and the change plan exports as a checklist', async ({
  desk
}) => {
  const queue = new QueuePage(desk);
  const wizard = new WizardPage(desk);
  await queue.openOrder(ORDER);
  await queue.pane.getByRole('button', { name: /Troubleshoot/ }).click();
  await wizard.applyFirstFix();

  // The fix result: a planned change of the local copy, with where to make it in the Admin.
  const applied = desk.getByTestId('fix-applied');
  await expect(applied).toHaveAttribute('data-planned', 'true');
  await expect(applied).toContainText(
    'Planned change (local copy only): the VTEX store is unchanged until you make it in the Admin'
  );
  await expect(applied.getByTestId('planned-change')).toContainText(ADMIN_PATH);
  await screenshot(desk, 'planned-1-fix');

  // Verify is green on the copy only, and lists the change it rests on.
  await wizard.primary();
  const verify = desk.getByTestId('verify-green');
  await expect(verify).toContainText('would integrate once these changes are made in the Admin');
  await expect(verify.getByTestId('planned-change')).toContainText(ADMIN_PATH);

  // Reprocess never says "Integrated": it would integrate once the change is made.
  await wizard.primary();
  await wizard.primary();
  const replay = desk.getByTestId('reprocess-would-integrate');
  await expect(replay).toContainText('Would integrate once these changes are made; nothing was sent to VTEX');
  await expect(replay.getByTestId('planned-change')).toHaveCount(1);
  await expect(wizard.root).not.toContainText('Integrated');
  await screenshot(desk, 'planned-2-would-integrate');
  await wizard.button('Finish').click();

  // The order pane says what the order waits for.
  await expect(queue.pane.getByTestId('order-planned-changes')).toContainText(
    'This order waits for 1 planned change (local copy only)'
  );
  await expect(queue.pane.getByTestId('integrated-outcome')).toHaveCount(0);
  // The queue shows it as would integrate, still among the open orders, never as integrated.
  await expect(queue.row(ORDER).getByTestId('row-would-integrate')).toHaveText('~ Would integrate');
  await screenshot(desk, 'planned-2b-queue');

  // The change plan: one line, exportable as Markdown and CSV.
  const plan = new PlanPage(desk);
  await plan.open();
  await expect(plan.rows).toHaveCount(1);
  await expect(plan.rows.first()).toContainText(ADMIN_PATH);
  await expect(plan.rows.first()).toContainText(ORDER);
  await screenshot(desk, 'planned-3-plan');
  const md = await plan.exportAs('md');
  expect(md.name).toMatch(/^change-plan-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('- [ ] **Catalog &gt; Products and SKUs &gt; SKU &gt; Active**');
  expect(md.text).toContain('`false` → `true`');
  expect(md.text).toContain(`\`${ORDER}\``);
  const csv = await plan.exportAs('csv');
  expect(csv.text.split('\r\n')[0]).toBe('done,id,admin_path,object,field,before,after,orders_unblocked,agent,planned_at');
  expect(csv.text).toContain(`${ADMIN_PATH},`);

  // Discarded, it leaves the plan and the order no longer waits for it.
  await plan.rows.first().getByRole('button', { name: 'Discard' }).click();
  await expect(plan.rows).toHaveCount(0);
  await expect(plan.root).toContainText('Nothing planned');
});
