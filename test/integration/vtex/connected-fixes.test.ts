import { describe, expect, it } from 'vitest';
import type { ConnectedFixPreview, ConnectedFixResult, MarkDoneResult } from '../../../src/shared/api/connected';
import type { FixResult } from '../../../src/shared/api/fixes';
import type { PlannedChange } from '../../../src/shared/api/plan';
import { readPrices } from '../../../src/main/core/db/repositories/stock-repository';
import { findInventory, findShippingPolicy, findSku } from '../../../src/main/core/db/repositories/store-write-repository';
import { useConnectedHost } from '../../support/connected-host';

const { desk, db, lastAudit } = useConnectedHost();

/** A SKU × warehouse balance both the fake and the mirror hold. */
function someBalance(skip = 0): { skuId: string; warehouseId: string; totalQuantity: number } {
  const found = [...desk.fake.store.inventory.values()]
    .flatMap((inv) =>
      inv.balance.map((b) => ({
        skuId: String(inv.skuId),
        warehouseId: b.warehouseId,
        totalQuantity: b.totalQuantity,
        unlimited: b.hasUnlimitedQuantity
      }))
    )
    .filter((b) => !b.unlimited && findInventory(db(), b.skuId, b.warehouseId) !== null);
  return found[skip];
}

function inactiveSkus(count: number): string[] {
  return [...desk.fake.store.skus.values()]
    .filter((sku) => !sku.IsActive && findSku(db(), String(sku.Id)) !== null)
    .slice(0, count)
    .map((sku) => String(sku.Id));
}

describe('connected fixes reach the store', () => {
  it('previews with the account name, applies through the API, audits the call and mirrors what the store read back', async () => {
    const balance = someBalance();
    const fix = {
      kind: 'update_inventory',
      skuId: balance.skuId,
      warehouseId: balance.warehouseId,
      totalQuantity: balance.totalQuantity + 7
    };
    const preview = await desk.value<ConnectedFixPreview>('connected/preview', { fix });
    expect(preview).toMatchObject({
      account: 'lojademo',
      through: 'api',
      changes: [{ entity: 'inventory', before: balance.totalQuantity, after: balance.totalQuantity + 7 }]
    });

    const result = await desk.value<ConnectedFixResult>('connected/apply', { fix });
    const path = `/api/logistics/pvt/inventory/skus/${balance.skuId}/warehouses/${balance.warehouseId}`;
    expect(result.changed).toEqual([
      expect.objectContaining({
        entityId: `${balance.skuId}/${balance.warehouseId}`,
        before: balance.totalQuantity,
        after: balance.totalQuantity + 7,
        call: { method: 'PUT', path, status: 200 }
      })
    ]);
    expect(result.failed).toEqual([]);
    expect(
      desk.fake.store.inventory.get(balance.skuId)?.balance.find((b) => b.warehouseId === balance.warehouseId)?.totalQuantity
    ).toBe(balance.totalQuantity + 7);
    expect(findInventory(db(), balance.skuId, balance.warehouseId)?.totalQuantity).toBe(balance.totalQuantity + 7);
    // The write went out, then the object was read back.
    const calls = desk.fake.requests.slice(-2).map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([`PUT ${path}`, `GET /api/logistics/pvt/inventory/skus/${balance.skuId}`]);
    const audit = lastAudit();
    expect(audit.id).toBe(result.auditId);
    expect(audit.after).toEqual([
      expect.objectContaining({ account: 'lojademo', method: 'PUT', path, status: 200, value: balance.totalQuantity + 7 })
    ]);
  });

  it('mirrors the value the store kept, not the one sent', async () => {
    const balance = someBalance(1);
    // This store caps a warehouse count at 3 whatever it is sent.
    desk.fake.on('PUT', /^\/api\/logistics\/pvt\/inventory\/skus\/([^/]+)\/warehouses\/([^/]+)$/, (m) => {
      const entry = desk.fake.store.inventory.get(m[1])?.balance.find((b) => b.warehouseId === m[2]);
      if (entry) entry.totalQuantity = 3;
      return { status: 200, body: true };
    });
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'update_inventory', skuId: balance.skuId, warehouseId: balance.warehouseId, totalQuantity: 40 }
    });
    expect(result.changed[0].after).toBe(3);
    expect(findInventory(db(), balance.skuId, balance.warehouseId)?.totalQuantity).toBe(3);
  });

  it('leaves the mirror untouched when the API refuses the fix, and audits the refusal', async () => {
    const skuId = String([...desk.fake.store.prices.keys()].find((id) => findSku(db(), id) !== null));
    const before = readPrices(db(), { skuIds: [skuId] });
    desk.fake.on('PUT', /^\/pricing\/prices\/[^/]+$/, () => ({ status: 400, body: { error: { message: 'Invalid price' } } }));
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'set_price', skuId, tradePolicyId: '1', valueCents: 12_345 }
    });
    expect(result.changed).toEqual([]);
    expect(result.failed).toEqual([
      expect.objectContaining({
        entity: 'price',
        entityId: skuId,
        call: expect.objectContaining({ method: 'PUT', path: `/pricing/prices/${skuId}`, status: 400 })
      })
    ]);
    expect(readPrices(db(), { skuIds: [skuId] })).toEqual(before);
    expect(lastAudit()).toMatchObject({ id: result.auditId, action: 'fix-refused:set_price' });
    expect(lastAudit().after).toEqual({
      account: 'lojademo',
      refused: [
        expect.objectContaining({ entityId: skuId, method: 'PUT', status: 400, message: expect.stringContaining('lojademo') })
      ]
    });
  });

  it('says which objects of a bulk fix changed and which did not', async () => {
    const [first, second] = inactiveSkus(2);
    expect(second).toBeDefined();
    desk.fake.on('PUT', new RegExp(`^/api/catalog/pvt/stockkeepingunit/${second}$`), () => ({
      status: 403,
      body: { error: { message: 'Forbidden' } }
    }));
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'activate_sku', skuIds: [first, second] }
    });
    expect(result.changed.map((c) => [c.entityId, c.after])).toEqual([[first, true]]);
    expect(result.failed.map((f) => [f.entityId, f.call.status])).toEqual([[second, 403]]);
    expect(result.failed[0].message).toContain('Catalog › Content › SKUs');
    expect(findSku(db(), first)?.isActive).toBe(true);
    expect(findSku(db(), second)?.isActive).toBe(false);
  });

  it('turns a planned change done when the store confirms it through the API', async () => {
    const [skuId] = inactiveSkus(1);
    const offline = await desk.value<FixResult>('fixes/apply', { fix: { kind: 'activate_sku', skuIds: [skuId] } });
    expect(offline.plannedChanges).toHaveLength(1);
    // The copy shows the SKU active; the store does not: the connected fix reads it first and sends it.
    const result = await desk.value<ConnectedFixResult>('connected/apply', { fix: { kind: 'activate_sku', skuIds: [skuId] } });
    expect(result.changed.map((c) => c.entityId)).toEqual([skuId]);
    expect(result.plannedDone).toBe(1);
    const plan = await desk.value<{ changes: PlannedChange[] }>('plan/list', { states: ['done'] });
    expect(plan.changes.map((c) => c.id)).toContain(offline.plannedChanges[0].id);
  });

  it('links a product to a trade policy through Catalog, each SKU read back', async () => {
    const sku = [...desk.fake.store.skus.values()].find(
      (s) => !(s.SalesChannels ?? []).map(String).includes('2') && findSku(db(), String(s.Id)) !== null
    );
    if (!sku) throw new Error('every SKU of the demo is in trade policy 2');
    const productId = String(sku.ProductId);
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'associate_trade_policy', productId, tradePolicyId: '2' }
    });
    expect(result.changed.length).toBeGreaterThan(0);
    expect(result.changed[0]).toMatchObject({
      entity: 'sku',
      field: 'tradePolicyIds',
      call: { method: 'POST', path: `/api/catalog/pvt/product/${productId}/salespolicy/2`, status: 200 }
    });
    expect(result.changed[0].after).toContain('2');
    expect(desk.fake.store.skus.get(String(sku.Id))?.SalesChannels?.map(String)).toContain('2');
  });

  it('ends a fix with no public API in the Admin: the Price Divergence rule, with no call sent', async () => {
    const fix = { kind: 'add_divergence_rule', from: 60, to: 70, action: 'approval' };
    const admin = {
      path: 'Store Settings > Orders > Order authorization > Price Divergence',
      link: 'https://lojademo.myvtex.com/admin/orders-settings/authorization'
    };
    const preview = await desk.value<ConnectedFixPreview>('connected/preview', { fix });
    expect(preview).toMatchObject({ through: 'admin', admin });
    const sent = desk.fake.requests.length;
    const result = await desk.value<ConnectedFixResult>('connected/apply', { fix });
    expect(result).toMatchObject({ through: 'admin', changed: [], failed: [], admin });
    expect(desk.fake.requests.length).toBe(sent);
  });

  it('marks a fix made in the Admin done only when the store shows it', async () => {
    const collections = new Map([...desk.fake.store.skus.values()].flatMap((s) => Object.entries(s.ProductClusterNames ?? {})));
    const sku = [...desk.fake.store.skus.values()].find(
      (s) => findSku(db(), String(s.Id)) !== null && [...collections.keys()].some((id) => !(id in (s.ProductClusterNames ?? {})))
    );
    if (!sku) throw new Error('every SKU of the demo is in every collection');
    const collectionId = [...collections.keys()].find((id) => !(id in (sku.ProductClusterNames ?? {}))) as string;
    const fix = { kind: 'add_to_collection', productId: String(sku.ProductId), collectionId };
    const planned = await desk.value<FixResult>('fixes/apply', { fix });
    expect(planned.plannedChanges.length).toBeGreaterThan(0);

    const notYet = await desk.value<MarkDoneResult>('connected/mark-done', { fix });
    expect(notYet).toMatchObject({ account: 'lojademo', confirmed: false, plannedDone: 0 });
    expect(notYet.pending.length).toBeGreaterThan(0);

    // The agent adds the product to the collection in the Admin.
    for (const s of desk.fake.store.skus.values())
      if (String(s.ProductId) === fix.productId)
        s.ProductClusterNames = { ...(s.ProductClusterNames ?? {}), [collectionId]: collections.get(collectionId) as string };
    const done = await desk.value<MarkDoneResult>('connected/mark-done', { fix });
    expect(done).toMatchObject({ confirmed: true, pending: [], plannedDone: planned.plannedChanges.length });
  });

  it('links a dock to a trade policy and activates a dock through Logistics', async () => {
    const policies = desk.fake.store.salesChannels.map((sc) => String(sc.Id));
    const dock = desk.fake.store.docks.find((d) => policies.some((p) => !(d.salesChannels ?? []).map(String).includes(p)));
    if (!dock) throw new Error('every dock serves every trade policy in this demo');
    const missing = policies.find((p) => !(dock.salesChannels ?? []).map(String).includes(p)) as string;
    dock.isActive = false;
    await desk.value('connected/mark-done', { fix: { kind: 'activate_dock', dockId: dock.id } });
    const linked = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'link_dock_trade_policy', dockId: dock.id, tradePolicyId: missing }
    });
    expect(linked.changed[0]).toMatchObject({
      entity: 'dock',
      call: { method: 'POST', path: '/api/logistics/pvt/configuration/docks', status: 200 }
    });
    expect(linked.changed[0].after).toContain(missing);
    const active = await desk.value<ConnectedFixResult>('connected/apply', { fix: { kind: 'activate_dock', dockId: dock.id } });
    expect(active.changed[0]).toMatchObject({
      after: true,
      call: { path: `/api/logistics/pvt/configuration/docks/${dock.id}/activation` }
    });
    expect(desk.fake.store.docks.find((d) => d.id === dock.id)?.isActive).toBe(true);
  });

  it('refuses a connected fix when no account is connected', async () => {
    await desk.value('accounts/switch', { account: null });
    const result = await desk.call('connected/preview', { fix: { kind: 'activate_dock', dockId: 'x' } });
    await desk.value('accounts/switch', { account: 'lojademo' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });
});

describe('infinite inventory through Logistics', () => {
  it('sets a SKU × warehouse infinite, keeping its count, and mirrors the flag the store read back', async () => {
    const balance = someBalance(5);
    const path = `/api/logistics/pvt/inventory/skus/${balance.skuId}/warehouses/${balance.warehouseId}`;
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'set_infinite_inventory', skuId: balance.skuId, warehouseId: balance.warehouseId, unlimited: true }
    });
    expect(result.failed).toEqual([]);
    expect(result.changed).toEqual([
      expect.objectContaining({
        field: 'hasUnlimitedQuantity',
        before: false,
        after: true,
        call: { method: 'PUT', path, status: 200 }
      })
    ]);
    const stored = desk.fake.store.inventory.get(balance.skuId)?.balance.find((b) => b.warehouseId === balance.warehouseId);
    expect(stored).toMatchObject({ hasUnlimitedQuantity: true, totalQuantity: balance.totalQuantity });
    expect(findInventory(db(), balance.skuId, balance.warehouseId)).toMatchObject({
      hasUnlimitedQuantity: true,
      totalQuantity: balance.totalQuantity
    });
    expect(lastAudit().after).toEqual([
      expect.objectContaining({ account: 'lojademo', method: 'PUT', path, status: 200, value: true })
    ]);
  });
});

describe('shipping policy activation through Logistics', () => {
  it('reads the policy, writes it back active with PUT, and mirrors the policy VTEX returns', async () => {
    // An active policy of the account is turned off in the store and the copy alike: the case the fix is for.
    const policy = desk.fake.store.shippingPolicies.find((p) => findShippingPolicy(db(), p.id) !== null);
    if (!policy) throw new Error('the demo store has shipping policies');
    policy.isActive = false;
    db().prepare('UPDATE shipping_policies SET is_active = 0 WHERE id = ?').run(policy.id);
    const path = `/api/logistics/pvt/shipping-policies/${policy.id}`;

    const preview = await desk.value<ConnectedFixPreview>('connected/preview', {
      fix: { kind: 'activate_shipping_policy', shippingPolicyId: policy.id }
    });
    expect(preview).toMatchObject({ account: 'lojademo', through: 'api' });
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'activate_shipping_policy', shippingPolicyId: policy.id }
    });
    expect(result.failed).toEqual([]);
    expect(result.changed).toEqual([
      expect.objectContaining({
        entity: 'shipping_policy',
        before: false,
        after: true,
        call: { method: 'PUT', path, status: 200 }
      })
    ]);
    const calls = desk.fake.requests.slice(-3).map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([`GET ${path}`, `PUT ${path}`, `GET ${path}`]);
    // The whole policy went back, only its flag changed.
    expect(desk.fake.store.shippingPolicies.find((p) => p.id === policy.id)).toEqual({ ...policy, isActive: true });
    expect(findShippingPolicy(db(), policy.id)?.isActive).toBe(true);
  });

  it('names the License Manager resource when the key may not change shipping policies, and changes nothing', async () => {
    const policy = desk.fake.store.shippingPolicies.find((p) => findShippingPolicy(db(), p.id) !== null)!;
    policy.isActive = false;
    db().prepare('UPDATE shipping_policies SET is_active = 0 WHERE id = ?').run(policy.id);
    desk.fake.on('PUT', /^\/api\/logistics\/pvt\/shipping-policies\/[^/]+$/, () => ({
      status: 403,
      body: { error: { message: 'Forbidden' } }
    }));
    const result = await desk.value<ConnectedFixResult>('connected/apply', {
      fix: { kind: 'activate_shipping_policy', shippingPolicyId: policy.id }
    });
    expect(result.changed).toEqual([]);
    expect(result.failed[0].message).toContain('Logistics shipping full access');
    expect(findShippingPolicy(db(), policy.id)?.isActive).toBe(false);
  });
});
