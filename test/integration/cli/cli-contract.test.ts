import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/core/api';
import { accessOf } from '../../../src/main/core/writer/access';
import { createMirrorWriter } from '../../../src/main/core/writer/mirror-writer';
import type { DiagnosedOrder, MessageClassification } from '../../../src/shared/api/diagnosis';
import type { OrderView } from '../../../src/shared/api/orders';
import type { Result } from '../../../src/shared/api/result';
import { MESSAGES, NOW, seededMirror, testDeps } from '../actions/seed';
import { cli } from './cli-io';

/** The contract names the CLI's classify and diagnose call, served by createApi as every transport is. */
function setup() {
  const db = seededMirror([
    {
      id: 1,
      marketplaceOrderId: '702-1',
      message: MESSAGES.skuUnavailable,
      items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }]
    },
    {
      id: 2,
      marketplaceOrderId: '702-3',
      status: 'success',
      message: null,
      items: [{ skuId: '1001', quantity: 1, priceCents: 4990 }]
    }
  ]);
  const deps = testDeps(db);
  const writer = createMirrorWriter(deps, 'test');
  const api = createApi(deps, writer);
  const call = async <T>(name: string, args: unknown): Promise<T> => {
    const result = (await api.dispatch(name, args)) as Result<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { api, call, writer };
}

describe('classify/messages', () => {
  it('names each message in input order with its confidence and matched signals, and refuses an empty batch', async () => {
    const { api, call } = setup();
    const results = await call<MessageClassification[]>('classify/messages', {
      messages: ['No available sla to deliver this order', 'hello there']
    });
    expect(results.map((r) => r.errorType)).toEqual(['sla_unavailable', 'unclassified']);
    expect(results[0].confidence).toBeGreaterThan(0);
    expect(results[0].matched.length).toBeGreaterThan(0);
    expect(results[1]).toMatchObject({ confidence: 0, matched: [] });
    expect(await api.dispatch('classify/messages', { messages: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    });
    expect(accessOf('classify/messages')).toBe('read');
  });
});

describe('diagnosis/order', () => {
  it('diagnoses the failing orders a marketplace order id names and stores the diagnosis; a success is returned undiagnosed', async () => {
    const { call } = setup();
    const { orders } = await call<{ orders: DiagnosedOrder[] }>('diagnosis/order', { marketplaceOrderId: '702-1' });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      marketplaceOrderId: '702-1',
      integrationStatus: 'error',
      integrationMessage: MESSAGES.skuUnavailable
    });
    expect(orders[0].diagnosis).toMatchObject({ orderId: 1, ranAt: NOW.toISOString() });
    expect((await call<OrderView>('orders/view', { id: 1 })).diagnosis).toMatchObject({
      ranAt: NOW.toISOString(),
      errorType: orders[0].diagnosis!.errorType
    });

    const success = await call<{ orders: DiagnosedOrder[] }>('diagnosis/order', { marketplaceOrderId: '702-3' });
    expect(success.orders).toEqual([expect.objectContaining({ integrationStatus: 'success', diagnosis: null })]);
    expect((await call<{ orders: DiagnosedOrder[] }>('diagnosis/order', { marketplaceOrderId: 'NOPE-1' })).orders).toEqual([]);
  });

  it('writes through the write queue: refused as busy while a job holds the mirror', async () => {
    const { api, writer } = setup();
    expect(accessOf('diagnosis/order')).toBe('write');
    let release = () => {};
    const job = writer.runJob('import', () => new Promise<void>((resolve) => (release = resolve)));
    expect(await api.dispatch('diagnosis/order', { marketplaceOrderId: '702-1' })).toMatchObject({
      ok: false,
      error: { code: 'busy' }
    });
    release();
    await job;
    expect(await api.dispatch('diagnosis/order', { marketplaceOrderId: '702-1' })).toMatchObject({ ok: true });
  });
});

describe('the CLI commands over the contract', () => {
  it('classify reads standard input in batches and still prints every message once, in input order', async () => {
    const lines = Array.from({ length: 2501 }, (_, i) => (i % 2 === 0 ? `Order ${i} with SKU out of stock` : `hello ${i}`));
    const result = await cli(['classify', '--json'], lines);
    const printed = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { message: string; errorType: string });
    expect(printed.map((p) => p.message)).toEqual(lines);
    expect(printed[2500].errorType).toBe('out_of_stock');
  });

  it('simulate is validated by the contract: a country that is not a three-letter code is refused, not simulated', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    await cli(['import', join(__dirname, '../../../resources/demo/snapshot'), '--db', db]);
    const refused = await cli([
      'simulate',
      '--sc',
      '1',
      '--postal-code',
      '01311-000',
      '--item',
      '10097:1',
      '--country',
      'BR',
      '--db',
      db
    ]);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/^simulation\/run: country: .*3 characters/);
  });
});
