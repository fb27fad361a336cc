import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMirror } from '../../../src/main/core/db/connection';
import type { Host } from '../../../src/main/core/host';
import type { ImportInspection, ImportReport } from '../../../src/shared/api/import';
import { DEMO, demoHost, value } from '../writer/big-snapshot';

// A planned change as the fix service records it on a snapshot copy (plan-repository's columns).
function planSkuChange(desk: Host, skuId: string): void {
  desk.db
    .prepare(
      `INSERT INTO plan_changes (created_at, agent, fix_kind, fix_json, object_kind, object_id, field, before_json, after_json, admin_path)
       VALUES (?, 'tester', 'activate-sku', '{}', 'sku', ?, 'Active', 'false', 'true', 'Catalog > SKUs')`
    )
    .run(new Date().toISOString(), skuId);
}

function ordersOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orders-only-'));
  copyFileSync(join(DEMO, 'orders.json'), join(dir, 'orders.json'));
  return dir;
}

const countNotes = (db: Host['db']) => db.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'note'`).pluck().get();

describe('import choices: merge or a new mirror (issue 11)', { timeout: 120_000 }, () => {
  it('import/inspect names the local changes and the planned changes a snapshot with their objects overwrites', async () => {
    const desk = await demoHost();
    const clean = await value<ImportInspection>(desk.api.dispatch('import/inspect', { dir: DEMO }));
    expect(clean).toMatchObject({ hasLocalChanges: false, overwrittenPlannedChanges: 0, local: { plannedChanges: 0, notes: 0 } });
    expect(clean.kinds).toContain('skus');

    await value(desk.api.dispatch('orders/add-note', { id: 1, text: 'called the marketplace' }));
    planSkuChange(desk, '1002');
    const withStore = await value<ImportInspection>(desk.api.dispatch('import/inspect', { dir: DEMO }));
    expect(withStore).toMatchObject({
      hasLocalChanges: true,
      overwrittenPlannedChanges: 1,
      local: { plannedChanges: 1, notes: 1 }
    });
    const onlyOrders = await value<ImportInspection>(desk.api.dispatch('import/inspect', { dir: ordersOnly() }));
    expect(onlyOrders).toMatchObject({ hasLocalChanges: true, overwrittenPlannedChanges: 0, kinds: ['orders'] });
    desk.db.close();
  });

  it('mode new-mirror imports into a new file beside the current one and switches to it; the old file keeps its notes', async () => {
    const desk = await demoHost();
    const before = desk.deps.dbPath;
    await value(desk.api.dispatch('orders/add-note', { id: 1, text: 'keep me' }));
    const report = await value<ImportReport>(desk.api.dispatch('import/snapshot', { dir: ordersOnly(), mode: 'new-mirror' }));
    expect(report.mirrorPath).not.toBe(before);
    expect(dirname(report.mirrorPath)).toBe(dirname(before));
    expect(desk.deps.dbPath).toBe(report.mirrorPath);
    expect(existsSync(report.mirrorPath)).toBe(true);
    expect(desk.deps.db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get()).toBeGreaterThan(0);
    expect(countNotes(desk.deps.db)).toBe(0);
    const old = openMirror(before);
    expect(countNotes(old)).toBe(1);
    old.close();
    desk.deps.db.close();
  });

  it('mode merge (the default) keeps notes and planned changes', async () => {
    const desk = await demoHost();
    await value(desk.api.dispatch('orders/add-note', { id: 1, text: 'keep me' }));
    planSkuChange(desk, '1002');
    const report = await value<ImportReport>(desk.api.dispatch('import/snapshot', { dir: ordersOnly(), mode: 'merge' }));
    expect(report.mirrorPath).toBe(desk.deps.dbPath);
    expect(countNotes(desk.db)).toBe(1);
    expect(desk.db.prepare(`SELECT COUNT(*) FROM plan_changes WHERE state = 'planned'`).pluck().get()).toBe(1);
    desk.db.close();
  });
});
