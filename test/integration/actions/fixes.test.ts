import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { Db } from '../../../src/main/core/db/connection';
import { createMirrorGateway } from '../../../src/main/core/gateway';
import type { FixPreview, FixRequest, FixResult } from '../../../src/shared/api/fixes';
import { ApiFailure, type Result } from '../../../src/shared/api/result';
import { MESSAGES, outcomeOf, seededMirror, testDeps, topCause, SKU_AND_STOCK_ORDERS } from './seed';

const ORDERS = [
  ...SKU_AND_STOCK_ORDERS,
  {
    id: 3,
    marketplaceOrderId: '702-0000003-0000003',
    message: MESSAGES.skuUnavailable,
    items: [{ skuId: '1003', quantity: 1, priceCents: 5990 }]
  },
  {
    id: 4,
    marketplaceOrderId: '702-0000004-0000004',
    message: MESSAGES.skuUnavailable,
    items: [{ skuId: '1006', quantity: 1, priceCents: 15990 }]
  },
  {
    id: 5,
    marketplaceOrderId: '702-0000005-0000005',
    message:
      'PEDIDO 3352226239 27/03/2017 16:32:37 Interface = 15  Msg = transportadora / servico de entrega (Jadlog - Jadlog) nao cadastrados',
    items: [{ skuId: '1001', quantity: 1, priceCents: 4990 }],
    courier: 'Jadlog'
  }
];

function setup() {
  const db = seededMirror(ORDERS);
  const deps = testDeps(db);
  const api = createApi(deps);
  const call = async <T>(name: string, args: unknown): Promise<Result<T>> => (await api.dispatch(name, args)) as Result<T>;
  const apply = async (fix: FixRequest, extra: { orderId?: number; note?: string } = {}) => {
    const result = await call<FixResult>('fixes/apply', { fix, ...extra });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { db, deps, call, apply };
}

function auditRows(db: Db) {
  return db
    .prepare(
      'SELECT actor, action, entity_type, entity_id, order_ref, before_json, after_json, note, at FROM audit_log ORDER BY id'
    )
    .all() as {
    actor: string;
    action: string;
    entity_type: string;
    entity_id: string;
    order_ref: string | null;
    before_json: string;
    after_json: string;
    note: string | null;
    at: string;
  }[];
}

async function expectFailure(promise: Promise<Result<unknown>>, code: string, text: string | RegExp) {
  const result = await promise;
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(text);
}

describe('fixes', () => {
  it('diagnoses the seeded orders as the fixes below expect', () => {
    const { db } = setup();
    expect([1, 2, 3, 4, 5].map((id) => topCause(db, id))).toEqual([
      'sku_inactive',
      'insufficient_stock',
      'sku_not_in_trade_policy',
      'product_inactive',
      'carrier_not_mapped_in_erp'
    ]);
  });

  it('previews without writing, then applies with an audit entry, a new diagnosis and an event', async () => {
    const { db, deps, call, apply } = setup();
    const preview = await call<FixPreview>('fixes/preview', { fix: { kind: 'activate_sku', skuIds: ['1002'] } });
    expect(preview).toEqual({
      ok: true,
      value: {
        kind: 'activate_sku',
        changes: [{ entity: 'sku', entityId: '1002', field: 'isActive', before: false, after: true }],
        affectedOrderIds: [1],
        reach: { shared: false, skuCount: 1 }
      }
    });
    expect(db.prepare("SELECT is_active FROM skus WHERE id = '1002'").pluck().get()).toBe(0);
    expect(auditRows(db)).toHaveLength(0);

    const result = await apply(
      { kind: 'activate_sku', skuIds: ['1002'] },
      { orderId: 1, note: 'activated after the catalog import' }
    );
    expect(result).toMatchObject({ kind: 'activate_sku', affectedOrderIds: [1], rediagnosed: 1 });
    expect(db.prepare("SELECT is_active FROM skus WHERE id = '1002'").pluck().get()).toBe(1);
    expect(outcomeOf(db, 1)).toBe('no_cause_found');
    const [row] = auditRows(db);
    expect(row).toMatchObject({
      actor: 'agent.ana',
      action: 'fix:activate_sku',
      entity_type: 'sku',
      entity_id: '1002',
      order_ref: '702-0000001-0000001',
      note: 'activated after the catalog import',
      at: '2026-11-22T12:00:00.000Z'
    });
    expect(JSON.parse(row.before_json)).toEqual([{ entity: 'sku', entityId: '1002', field: 'isActive', value: false }]);
    expect(JSON.parse(row.after_json)).toEqual([{ entity: 'sku', entityId: '1002', field: 'isActive', value: true }]);
    expect(result.auditId).toBe(db.prepare('SELECT id FROM audit_log').pluck().get());
    expect(deps.emitted).toContainEqual({ event: 'mirror/changed', payload: { reason: 'fix' } });
  });

  it('names what does not exist and writes nothing', async () => {
    const { db, call } = setup();
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'activate_sku', skuIds: ['1002', '9999'] } }),
      'not-found',
      /SKU 9999/
    );
    expect(db.prepare("SELECT is_active FROM skus WHERE id = '1002'").pluck().get()).toBe(0);
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'update_inventory', skuId: '1005', warehouseId: 'WH9', totalQuantity: 3 } }),
      'not-found',
      /WH9/
    );
    await expectFailure(call('fixes/apply', { fix: { kind: 'activate_product', productIds: ['77'] } }), 'not-found', /77/);
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'associate_trade_policy', productId: '30', tradePolicyId: '99' } }),
      'not-found',
      /99/
    );
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'link_dock_trade_policy', dockId: 'D9', tradePolicyId: '1' } }),
      'not-found',
      /D9/
    );
    await expectFailure(call('fixes/apply', { fix: { kind: 'activate_dock', dockId: 'D9' } }), 'not-found', /D9/);
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'activate_shipping_policy', shippingPolicyId: 'SP9' } }),
      'not-found',
      /SP9/
    );
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'renew_price', skuId: '1001', tradePolicyId: '1', dateTo: '2027-01-01T00:00:00Z' } }),
      'not-found',
      /1001/
    );
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'xml_show_out_of_stock', integrationName: 'Buscapé' } }),
      'not-found',
      /Buscapé/
    );
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'activate_sku', skuIds: ['1002'] }, orderId: 404 }),
      'not-found',
      /404/
    );
    expect(auditRows(db)).toHaveLength(0);
  });

  it('never lets an inventory count go negative', async () => {
    const { db, call } = setup();
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'update_inventory', skuId: '1005', warehouseId: 'WH1', totalQuantity: -1 } }),
      'invalid-argument',
      /totalQuantity/
    );
    // The gateway refuses it too, for callers that bypass the contract.
    expect(() =>
      createMirrorGateway(db).apply({ kind: 'update_inventory', skuId: '1005', warehouseId: 'WH1', totalQuantity: -1 })
    ).toThrow(ApiFailure);
    expect(db.prepare("SELECT total_quantity FROM inventory WHERE sku_id = '1005'").pluck().get()).toBe(0);
  });

  it('updates an inventory count and clears the stock cause', async () => {
    const { db, apply } = setup();
    const result = await apply({ kind: 'update_inventory', skuId: '1005', warehouseId: 'WH1', totalQuantity: 5 });
    expect(result.changes).toEqual([{ entity: 'inventory', entityId: '1005/WH1', field: 'totalQuantity', before: 0, after: 5 }]);
    expect(result.affectedOrderIds).toEqual([2]);
    expect(outcomeOf(db, 2)).toBe('no_cause_found');
  });

  it('sets infinite inventory, creating the balance where there was none', async () => {
    const { db, apply } = setup();
    const created = await apply({ kind: 'set_infinite_inventory', skuId: '1005', warehouseId: 'WH2', unlimited: true });
    expect(created.changes).toEqual([
      { entity: 'inventory', entityId: '1005/WH2', field: 'hasUnlimitedQuantity', before: null, after: true }
    ]);
    expect(
      db.prepare("SELECT total_quantity, reserved_quantity FROM inventory WHERE sku_id = '1005' AND warehouse_id = 'WH2'").get()
    ).toEqual({ total_quantity: 0, reserved_quantity: 0 });
    const result = await apply({ kind: 'set_infinite_inventory', skuId: '1005', warehouseId: 'WH1', unlimited: true });
    expect(result.changes).toEqual([
      { entity: 'inventory', entityId: '1005/WH1', field: 'hasUnlimitedQuantity', before: false, after: true }
    ]);
    expect(outcomeOf(db, 2)).toBe('no_cause_found');
  });

  it('activates a product and associates a product with a trade policy, SKU by SKU', async () => {
    const { db, apply } = setup();
    const product = await apply({ kind: 'activate_product', productIds: ['60'] });
    expect(product.changes).toEqual([{ entity: 'product', entityId: '60', field: 'isActive', before: false, after: true }]);
    expect(outcomeOf(db, 4)).toBe('no_cause_found');

    const policy = await apply({ kind: 'associate_trade_policy', productId: '30', tradePolicyId: '1' });
    expect(policy.changes).toEqual([
      { entity: 'sku', entityId: '1003', field: 'tradePolicyIds', before: ['2'], after: ['1', '2'] },
      { entity: 'sku', entityId: '1004', field: 'tradePolicyIds', before: ['2'], after: ['1', '2'] }
    ]);
    expect(policy.affectedOrderIds).toEqual([3]);
    expect(outcomeOf(db, 3)).toBe('no_cause_found');
  });

  it('adds a product to a collection under the name other SKUs give it, else its id', async () => {
    const { db, apply } = setup();
    const known = await apply({ kind: 'add_to_collection', productId: '30', collectionId: '137' });
    expect(known.changes.map((c) => [c.entityId, c.after])).toEqual([
      ['1003', ['137']],
      ['1004', ['137']]
    ]);
    expect(db.prepare("SELECT DISTINCT collection_name FROM sku_collections WHERE collection_id = '137'").pluck().all()).toEqual([
      'Verão'
    ]);
    await apply({ kind: 'add_to_collection', productId: '50', collectionId: '999' });
    expect(db.prepare("SELECT collection_name FROM sku_collections WHERE collection_id = '999'").pluck().all()).toEqual(['999']);
  });

  it('links a dock to a trade policy and activates docks and shipping policies', async () => {
    const { apply } = setup();
    expect((await apply({ kind: 'link_dock_trade_policy', dockId: 'D3', tradePolicyId: '1' })).changes).toEqual([
      { entity: 'dock', entityId: 'D3', field: 'tradePolicyIds', before: [], after: ['1'] }
    ]);
    expect((await apply({ kind: 'link_dock_trade_policy', dockId: 'D3', tradePolicyId: '1' })).changes).toEqual([]);
    expect((await apply({ kind: 'activate_dock', dockId: 'D2' })).changes).toEqual([
      { entity: 'dock', entityId: 'D2', field: 'isActive', before: false, after: true }
    ]);
    expect((await apply({ kind: 'activate_dock', dockId: 'D1' })).changes).toEqual([]);
    expect((await apply({ kind: 'activate_shipping_policy', shippingPolicyId: 'SP2' })).changes).toEqual([
      { entity: 'shipping_policy', entityId: 'SP2', field: 'isActive', before: false, after: true }
    ]);
  });

  it('sets a fixed price with a date range, and renews an expired one', async () => {
    const { db, call, apply } = setup();
    const set = await apply({
      kind: 'set_price',
      skuId: '1001',
      tradePolicyId: '1',
      valueCents: 3990,
      dateFrom: '2026-11-22T00:00:00-03:00',
      dateTo: '2026-12-31T23:59:59Z'
    });
    expect(set.changes).toEqual([
      {
        entity: 'price',
        entityId: '1001',
        field: 'fixedPrice[1]',
        before: null,
        after: { valueCents: 3990, dateFrom: '2026-11-22T03:00:00.000Z', dateTo: '2026-12-31T23:59:59.000Z' }
      }
    ]);
    await expectFailure(
      call('fixes/apply', {
        fix: {
          kind: 'set_price',
          skuId: '1001',
          tradePolicyId: '1',
          valueCents: 100,
          dateFrom: '2027-01-01T00:00:00Z',
          dateTo: '2026-01-01T00:00:00Z'
        }
      }),
      'invalid-argument',
      /before it ends/
    );
    const renewed = await apply({ kind: 'renew_price', skuId: '1006', tradePolicyId: '2', dateTo: '2027-06-30T23:59:59Z' });
    expect(renewed.changes).toEqual([
      {
        entity: 'price',
        entityId: '1006',
        field: 'fixedPrice[2].dateTo',
        before: '2026-06-30T23:59:59.000Z',
        after: '2027-06-30T23:59:59.000Z'
      }
    ]);
    expect(db.prepare("SELECT date_to FROM fixed_prices WHERE sku_id = '1006'").pluck().get()).toBe('2027-06-30T23:59:59.000Z');
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'renew_price', skuId: '1006', tradePolicyId: '2', dateTo: '2027-01-01T00:00:00Z' } }),
      'invalid-argument',
      /after the current one/
    );
  });

  it('adds a divergence range that touches but never overlaps the existing ones', async () => {
    const { db, call, apply } = setup();
    expect((await apply({ kind: 'add_divergence_rule', from: 5, to: 10, action: 'approval' })).changes).toEqual([
      { entity: 'price_divergence_rule', entityId: '5-10', field: 'action', before: null, after: 'approval' }
    ]);
    await expectFailure(
      call('fixes/apply', { fix: { kind: 'add_divergence_rule', from: 8, to: 20, action: 'authorize' } }),
      'conflict',
      /overlaps/
    );
    expect(db.prepare('SELECT from_percent, to_percent, action FROM price_divergence_rules ORDER BY position').all()).toEqual([
      { from_percent: 0, to_percent: 5, action: 'authorize' },
      { from_percent: 5, to_percent: 10, action: 'approval' }
    ]);
  });

  it('registers an ERP carrier once, whatever its casing, and shows out-of-stock SKUs in an XML feed', async () => {
    const { db, apply } = setup();
    const carrier = await apply({ kind: 'register_erp_carrier', name: ' Jadlog ' });
    expect(carrier.changes).toEqual([
      { entity: 'erp_carrier', entityId: 'Jadlog', field: 'registered', before: false, after: true }
    ]);
    // A store-wide setting reaches every order failing for want of it.
    expect(carrier).toMatchObject({ affectedOrderIds: [5], rediagnosed: 1 });
    expect(outcomeOf(db, 5)).toBe('no_cause_found');
    expect((await apply({ kind: 'register_erp_carrier', name: 'correios' })).changes).toEqual([]);
    expect(db.prepare('SELECT name FROM erp_carriers ORDER BY name').pluck().all()).toEqual(['Correios', 'Jadlog']);
    expect((await apply({ kind: 'xml_show_out_of_stock', integrationName: 'Google Shopping' })).changes).toEqual([
      { entity: 'xml_integration', entityId: 'Google Shopping', field: 'showUnavailableSkus', before: false, after: true }
    ]);
    expect(auditRows(db).map((row) => row.action)).toEqual([
      'fix:register_erp_carrier',
      'fix:register_erp_carrier',
      'fix:xml_show_out_of_stock'
    ]);
  });
});
