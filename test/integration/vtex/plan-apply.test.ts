import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FixResult } from '../../../src/shared/api/fixes';
import type { PlanApplyPreview, PlanApplyProgress, PlanApplyResult, PlannedChange } from '../../../src/shared/api/plan';
import { listAudit } from '../../../src/main/core/db/repositories/audit-repository';
import { writeMeta } from '../../../src/main/core/db/repositories/meta-repository';
import { readPrices } from '../../../src/main/core/db/repositories/stock-repository';
import { findInventory, findSku } from '../../../src/main/core/db/repositories/store-write-repository';
import { connectedDesk, type ConnectedDesk } from './connected-harness';

let desk: ConnectedDesk;
beforeAll(async () => {
  desk = await connectedDesk();
});
afterAll(async () => desk.close());
beforeEach(async () => {
  desk.fake.reset();
  // Each test starts from an empty plan: what an earlier test left planned is dropped.
  const { changes } = await desk.value<{ changes: PlannedChange[] }>('plan/list', {});
  if (changes.length > 0) await desk.value('plan/discard', { ids: changes.map((c) => c.id) });
});

const db = () => desk.host.deps.db;
let used = 0;

/** A SKU × warehouse balance both the fake and the mirror hold, a different one each call. */
function freshBalance(): { skuId: string; warehouseId: string; totalQuantity: number } {
  const found = [...desk.fake.store.inventory.values()]
    .flatMap((inv) =>
      inv.balance
        .filter((b) => !b.hasUnlimitedQuantity)
        .map((b) => ({ skuId: String(inv.skuId), warehouseId: b.warehouseId, totalQuantity: b.totalQuantity }))
    )
    .filter((b) => findInventory(db(), b.skuId, b.warehouseId) !== null);
  return found[used++];
}

function inactiveSkus(count: number): string[] {
  return [...desk.fake.store.skus.values()]
    .filter((sku) => !sku.IsActive && findSku(db(), String(sku.Id)) !== null && findSku(db(), String(sku.Id))?.isActive === false)
    .slice(0, count)
    .map((sku) => String(sku.Id));
}

/** Plans a fix on the copy (the offline fix) and returns its planned changes. */
async function plan(fix: unknown): Promise<PlannedChange[]> {
  const result = await desk.value<FixResult>('fixes/apply', { fix });
  expect(result.plannedChanges.length).toBeGreaterThan(0);
  return result.plannedChanges;
}

const storeCount = (skuId: string, warehouseId: string) =>
  desk.fake.store.inventory.get(skuId)?.balance.find((b) => b.warehouseId === warehouseId)?.totalQuantity;

describe('the change plan applied through VTEX in one confirmed batch', () => {
  it('previews each change as the exact call, naming the account; a kind with no API keeps its Admin path and link', async () => {
    const balance = freshBalance();
    const [stock] = await plan({ kind: 'update_inventory', ...balance, totalQuantity: balance.totalQuantity + 5 });
    const [skuId] = inactiveSkus(1);
    const [sku] = await plan({ kind: 'activate_sku', skuIds: [skuId] });
    const [carrier] = await plan({ kind: 'register_erp_carrier', name: 'Transportadora Teste' });
    const preview = await desk.value<PlanApplyPreview>('plan/preview-apply', {});
    expect(preview.account).toBe('lojademo');
    expect(preview.lines.find((l) => l.changeId === stock.id)).toMatchObject({
      call: { method: 'PUT', path: `/api/logistics/pvt/inventory/skus/${balance.skuId}/warehouses/${balance.warehouseId}` },
      before: balance.totalQuantity,
      after: balance.totalQuantity + 5,
      adminPath: ['shipping', 'inventoryManagement', 'sku', 'warehouseQuantity']
    });
    expect(preview.lines.find((l) => l.changeId === sku.id)).toMatchObject({
      call: { method: 'PUT', path: `/api/catalog/pvt/stockkeepingunit/${skuId}` },
      object: { kind: 'sku', id: skuId },
      before: false,
      after: true
    });
    expect(preview.lines.find((l) => l.changeId === carrier.id)).toMatchObject({ call: null, adminLink: null });
    // Nothing was sent by the preview.
    expect(desk.fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('applies the batch, reads each object back, mirrors and audits what VTEX returned, marks the changes done and re-diagnoses', async () => {
    const balance = freshBalance();
    const [stock] = await plan({ kind: 'update_inventory', ...balance, totalQuantity: balance.totalQuantity + 9 });
    const [skuId] = inactiveSkus(1);
    const [sku] = await plan({ kind: 'activate_sku', skuIds: [skuId] });
    const [rule] = await plan({ kind: 'add_divergence_rule', from: 40, to: 45, action: 'authorize' });
    const progress: PlanApplyProgress[] = [];
    const stop = desk.host.events.subscribe({
      emit: (event, payload) => {
        if (event === 'plan/progress') progress.push(payload as PlanApplyProgress);
      }
    });
    const result = await desk.value<PlanApplyResult>('plan/apply', { ids: [stock.id, sku.id, rule.id] });
    stop();
    expect(result).toMatchObject({ account: 'lojademo', cancelled: false });
    expect(result.lines.map((l) => [l.changeId, l.outcome, l.state])).toEqual([
      [stock.id, 'done', 'done'],
      [sku.id, 'done', 'done'],
      [rule.id, 'admin', 'planned']
    ]);
    // No public API for it: it stays planned with where to make it in the account's Admin.
    expect(result.lines[2].admin).toEqual({
      path: 'Store Settings > Orders > Order authorization > Price Divergence',
      link: 'https://lojademo.myvtex.com/admin/orders-settings/authorization'
    });
    expect(result.lines[0]).toMatchObject({ readBack: balance.totalQuantity + 9, call: { method: 'PUT', status: 200 } });
    expect(storeCount(balance.skuId, balance.warehouseId)).toBe(balance.totalQuantity + 9);
    expect(desk.fake.store.skus.get(skuId)?.IsActive).toBe(true);
    expect(findInventory(db(), balance.skuId, balance.warehouseId)?.totalQuantity).toBe(balance.totalQuantity + 9);
    expect(progress.map((p) => [p.done, p.total, p.account])).toEqual([
      [1, 3, 'lojademo'],
      [2, 3, 'lojademo'],
      [3, 3, 'lojademo']
    ]);
    const audit = listAudit(db(), { offset: 0, limit: 5 }).rows.filter((row) => result.auditIds.includes(row.id));
    expect(audit.map((row) => row.action).sort()).toEqual(['fix:activate_sku', 'fix:update_inventory']);
    expect(audit.find((row) => row.action === 'fix:update_inventory')?.after).toEqual([
      expect.objectContaining({ account: 'lojademo', method: 'PUT', status: 200, value: balance.totalQuantity + 9 })
    ]);
    const done = await desk.value<{ changes: PlannedChange[] }>('plan/list', { states: ['done'] });
    expect(done.changes.map((c) => c.id)).toEqual(expect.arrayContaining([stock.id, sku.id]));
    expect(result.rediagnosed).toBe(new Set([...stock.orders, ...sku.orders].map((o) => o.id)).size);
  });

  it('says which changes reached the store and which did not when VTEX refuses part of the batch', async () => {
    const kept = freshBalance();
    const refused = freshBalance();
    const [first] = await plan({ kind: 'update_inventory', ...kept, totalQuantity: kept.totalQuantity + 4 });
    const [second] = await plan({ kind: 'update_inventory', ...refused, totalQuantity: refused.totalQuantity + 4 });
    const refusedPath = `/api/logistics/pvt/inventory/skus/${refused.skuId}/warehouses/${refused.warehouseId}`;
    desk.fake.on('PUT', new RegExp(`^${refusedPath}$`), () => ({ status: 403, body: { error: { message: 'Forbidden' } } }));
    const result = await desk.value<PlanApplyResult>('plan/apply', { ids: [first.id, second.id] });
    expect(result.lines.find((l) => l.changeId === first.id)).toMatchObject({ outcome: 'done', state: 'done' });
    const line = result.lines.find((l) => l.changeId === second.id);
    expect(line).toMatchObject({ outcome: 'refused', state: 'planned', call: { method: 'PUT', path: refusedPath, status: 403 } });
    // The resource VTEX's reference names for this write, not the read's.
    expect(line?.message).toContain(
      'lacks the License Manager resource Logistics › Logistics access › Logistics inventory full access (in the predefined role "Logistics - Full access"): add it to the key\'s role to change logistics'
    );
    // The refused balance's copy still shows the planned change; the store does not have it.
    expect(findInventory(db(), refused.skuId, refused.warehouseId)?.totalQuantity).toBe(refused.totalQuantity + 4);
    expect(storeCount(refused.skuId, refused.warehouseId)).toBe(refused.totalQuantity);
    expect(storeCount(kept.skuId, kept.warehouseId)).toBe(kept.totalQuantity + 4);
    const planned = await desk.value<{ changes: PlannedChange[] }>('plan/list', {});
    expect(planned.changes.map((c) => c.id)).toEqual([second.id]);
    expect(
      listAudit(db(), { offset: 0, limit: 2 })
        .rows.map((row) => row.action)
        .sort()
    ).toEqual(['fix-refused:update_inventory', 'fix:update_inventory']);
  });

  it('leaves the mirror untouched and the change planned when VTEX refuses it', async () => {
    const skuId = String([...desk.fake.store.prices.keys()].find((id) => findSku(db(), id) !== null));
    const [price] = await plan({ kind: 'set_price', skuId, tradePolicyId: '1', valueCents: 54_321 });
    const mirrored = readPrices(db(), { skuIds: [skuId] });
    desk.fake.on('PUT', /^\/pricing\/prices\/[^/]+$/, () => ({ status: 400, body: { error: { message: 'Invalid price' } } }));
    const result = await desk.value<PlanApplyResult>('plan/apply', { ids: [price.id] });
    expect(result.lines).toEqual([
      expect.objectContaining({
        changeId: price.id,
        outcome: 'refused',
        state: 'planned',
        call: expect.objectContaining({ status: 400 })
      })
    ]);
    expect(readPrices(db(), { skuIds: [skuId] })).toEqual(mirrored);
    expect(result.rediagnosed).toBe(0);
    const planned = await desk.value<{ changes: PlannedChange[] }>('plan/list', {});
    expect(planned.changes.map((c) => c.id)).toEqual([price.id]);
  });

  it('keeps a change planned when the store accepted the write but holds another value', async () => {
    const balance = freshBalance();
    const [stock] = await plan({ kind: 'update_inventory', ...balance, totalQuantity: 40 });
    desk.fake.on('PUT', /^\/api\/logistics\/pvt\/inventory\/skus\/([^/]+)\/warehouses\/([^/]+)$/, (m) => {
      const entry = desk.fake.store.inventory.get(m[1])?.balance.find((b) => b.warehouseId === m[2]);
      if (entry) entry.totalQuantity = 3;
      return { status: 200, body: true };
    });
    const result = await desk.value<PlanApplyResult>('plan/apply', { ids: [stock.id] });
    expect(result.lines[0]).toMatchObject({ outcome: 'not_kept', state: 'planned', readBack: 3 });
    expect(findInventory(db(), balance.skuId, balance.warehouseId)?.totalQuantity).toBe(3);
  });

  it('refuses to apply a plan made on another account’s copy', async () => {
    const balance = freshBalance();
    const [stock] = await plan({ kind: 'update_inventory', ...balance, totalQuantity: balance.totalQuantity + 1 });
    db().transaction(() => writeMeta(db(), { account: 'outrastore' }))();
    const preview = await desk.call('plan/preview-apply', {});
    const applied = await desk.call('plan/apply', { ids: [stock.id] });
    db().transaction(() => writeMeta(db(), { account: 'lojademo' }))();
    expect(preview).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('outrastore') } });
    expect(applied).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(storeCount(balance.skuId, balance.warehouseId)).toBe(balance.totalQuantity);
  });

  it('holds the mirror while it runs: another write is refused as busy', async () => {
    const balance = freshBalance();
    const [stock] = await plan({ kind: 'update_inventory', ...balance, totalQuantity: balance.totalQuantity + 2 });
    const running = desk.value<PlanApplyResult>('plan/apply', { ids: [stock.id] });
    const other = await desk.call('plan/discard', { ids: [stock.id] });
    expect(other).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringContaining('change plan') } });
    expect((await running).lines[0].outcome).toBe('done');
  });
});
