import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import type { AuditPage } from '../../../src/shared/api/audit';
import type { OrderView } from '../../../src/shared/api/orders';
import type { Result } from '../../../src/shared/api/result';
import type { SimulationResult } from '../../../src/shared/domain/diagnosis';
import type { AuditEntry } from '../../../src/shared/domain/model';
import { MESSAGES, seededMirror, testDeps } from './seed';

const HOSTILE = '<script>alert("x")</script>';

function setup() {
  const db = seededMirror([
    {
      id: 1,
      marketplaceOrderId: '702-1234567-1234567',
      message: MESSAGES.skuUnavailable,
      items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }]
    },
    {
      id: 2,
      marketplaceOrderId: '702-0000002-0000002',
      message: `${MESSAGES.outOfStock} ${HOSTILE}`,
      items: [{ skuId: '1005', quantity: 2, priceCents: 1990 }],
      postalCode: null
    },
    {
      id: 3,
      marketplaceOrderId: '702-0000003-0000003',
      status: 'success',
      message: null,
      items: [{ skuId: '1001', quantity: 1, priceCents: 4990 }]
    }
  ]);
  db.prepare(
    `INSERT INTO oms_orders (order_id, marketplace_order_id, affiliate_id, status, creation_date, value_cents)
     VALUES ('1300000000003-01', '702-0000003-0000003', 'AMZ', 'invoiced', '2026-11-20T10:00:00.000Z', 6490)`
  ).run();
  const deps = testDeps(db);
  const api = createApi(deps);
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const result = (await api.dispatch(name, args)) as Result<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { db, deps, api, call };
}

describe('order view, notes, audit and escalation pack', () => {
  it('shows the order with its document and phone masked, its diagnosis, records, simulation and account', async () => {
    const { call } = setup();
    const view = await call<OrderView>('orders/view', { id: 1 });
    expect(view.order.customer.document).toBe('***.982.247-**');
    expect(view.order.customer.phone).toBe('*********4321');
    expect(JSON.stringify(view)).not.toContain('52998224725');
    expect(view.diagnosis).toMatchObject({
      errorType: 'sku_unavailable',
      outcome: 'causes',
      causes: [{ code: 'sku_inactive', skuId: '1002' }]
    });
    expect(view.diagnosis).not.toHaveProperty('orderId');
    expect(view).toMatchObject({ tradePolicyId: '1', tradePolicyName: 'Amazon', omsOrderId: null, account: 'mystore' });
    expect(view.attempts).toEqual([
      {
        attempt: 1,
        status: 'error',
        message: MESSAGES.skuUnavailable,
        processedAt: '2026-11-20T10:05:00.000Z',
        source: 'import',
        vtexOrderId: null
      }
    ]);
    expect(view.records.skus.map((sku) => sku.id)).toEqual(['1002']);
    expect(view.records.inventory.map((row) => `${row.skuId}@${row.warehouseId}`)).toEqual(['1002@WH1']);
    expect(view.records.prices.map((price) => price.basePriceCents)).toEqual([29990]);
    expect(view.records.docks.map((dock) => dock.id).sort()).toEqual(['D1', 'D2']);
    expect(view.records.warehouses.map((w) => w.id).sort()).toEqual(['WH1', 'WH2']);
    expect(view.records.shippingPolicies.map((p) => p.id)).toEqual(['SP1']);
    expect(view.simulation).toMatchObject({
      tradePolicyId: '1',
      postalCode: '01310100',
      items: [{ id: '1002', availability: 'inactive' }]
    });

    expect((await call<OrderView>('orders/view', { id: 2 })).simulation).toBeNull();
    expect((await call<OrderView>('orders/view', { id: 3 })).omsOrderId).toBe('1300000000003-01');
  });

  it('files notes in the audit log, lists them per order newest first, and exports a defused CSV', async () => {
    const { call, api } = setup();
    const first = await call<AuditEntry>('orders/add-note', { id: 1, text: '  asked the catalog team to check 1002  ' });
    expect(first).toMatchObject({
      actor: 'agent.ana',
      action: 'note',
      entityType: 'order',
      entityId: '1',
      orderRef: '702-1234567-1234567',
      note: 'asked the catalog team to check 1002'
    });
    await call('orders/add-note', { id: 2, text: 'other order' });
    const formula = await call<AuditEntry>('orders/add-note', { id: 1, text: '=HYPERLINK("http://evil.example","click")' });

    const page = await call<AuditPage>('audit/list', { orderId: 1 });
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.id)).toEqual([formula.id, first.id]);
    expect((await call<AuditPage>('audit/list', { limit: 1, offset: 1 })).rows).toHaveLength(1);
    expect((await call<AuditPage>('audit/list', {})).total).toBe(3);
    expect((await call<OrderView>('orders/view', { id: 1 })).audit.map((row) => row.note)).toEqual([formula.note, first.note]);
    expect(await api.dispatch('orders/add-note', { id: 404, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    });

    const { fileName, csv } = await call<{ fileName: string; csv: string }>('audit/export-csv', {});
    expect(fileName).toBe('integration-desk-audit-2026-11-22.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entity,id,order,before,after,note');
    expect(lines).toHaveLength(5);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('writes an escalation pack with every value escaped and the document masked', async () => {
    const { call } = setup();
    await call('orders/add-note', { id: 2, text: '<img src=x onerror=alert(1)>' });
    const pack = await call<{ fileName: string; html: string }>('orders/escalation-pack', { id: 2 });
    expect(pack.fileName).toBe('escalation-AMZ-702-0000002-0000002.html');
    expect(pack.html).toMatch(/^<!doctype html>/);
    expect(pack.html).not.toContain('<script');
    expect(pack.html).not.toContain('<img');
    expect(pack.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(pack.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(pack.html).not.toContain('52998224725');
    expect(pack.html).toContain('***.982.247-**');
    for (const heading of [
      'Integration message',
      'Diagnosis',
      'Shipping simulation',
      'SKUs',
      'Inventory',
      'Docks',
      'Warehouses',
      'Shipping policies',
      'Integration attempts',
      'Audit history'
    ]) {
      expect(pack.html).toContain(`<h2>${heading}`);
    }
    expect(pack.html).toContain('insufficient_stock');
  });

  it('simulates a cart and runs the diagnosis on demand', async () => {
    const { call } = setup();
    const simulation = await call<SimulationResult>('simulation/run', {
      affiliateId: 'AMZ',
      postalCode: '01310-100',
      items: [{ id: '1001', quantity: 2 }]
    });
    expect(simulation.items[0]).toMatchObject({ id: '1001', availability: 'available' });
    expect(simulation.items[0].slas.map((sla) => sla.id)).toEqual(['Normal']);
    expect(await call('diagnosis/run', { orderIds: [1] })).toEqual({ diagnosed: 1, asOf: '2026-11-22T12:00:00.000Z' });
  });
});
