import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSize, EXPECTED_ORDERS_LIMIT, generateSnapshot } from '../../../src/main/core/demo/generate';
import { SCENARIOS } from '../../../src/main/core/demo/failure-scenarios';
import { SWEEP_SCENARIOS } from '../../../src/main/core/demo/scenarios-sweep';
import { ERROR_TYPES } from '../../../src/shared/domain/error-types';
import { generateDemo, removeTempDirs, tempDir, type DemoFixture } from './demo-fixture';

afterAll(removeTempDirs);

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')])
  );
}

describe('generateSnapshot: determinism', () => {
  it('writes byte-identical files for the same seed', async () => {
    const [a, b] = await Promise.all([generateDemo(120, 7), generateDemo(120, 7)]);
    expect(filesOf(a.dir)).toEqual(filesOf(b.dir));
  });

  it('writes a different store and different orders for another seed', async () => {
    const [a, b] = await Promise.all([generateDemo(120, 7), generateDemo(120, 8)]);
    const [fa, fb] = [filesOf(a.dir), filesOf(b.dir)];
    expect(fa['orders.json']).not.toEqual(fb['orders.json']);
    expect(fa['skus.json']).not.toEqual(fb['skus.json']);
  });

  it('keeps the bundled demo in step with the generator (seed 42, 180 orders)', async () => {
    const fresh = await generateDemo(180, 42);
    const bundled = resolve(__dirname, '../../../resources/demo');
    expect(filesOf(join(bundled, 'snapshot'))).toEqual(filesOf(fresh.dir));
    const expected = JSON.parse(readFileSync(join(bundled, 'expected-causes.json'), 'utf8'));
    expect(expected).toEqual(fresh.expected);
  });
});

describe('generateSnapshot: the demo store', () => {
  let demo: DemoFixture;
  beforeAll(async () => {
    demo = await generateDemo();
  });

  it('writes the manifest of a demo snapshot', () => {
    expect(demo.manifest).toMatchObject({ account: 'lojademo', exportedAt: '2026-11-20T15:00:00Z', source: 'demo' });
  });

  it('has a realistic store: 200+ SKUs, several marketplaces, warehouses, docks and shipping policies', () => {
    expect(demo.skus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(demo.skus.map((s) => s.ProductId)).size).toBeLessThan(demo.skus.length / 2);
    expect(demo.affiliates.map((a) => a.id)).toEqual(expect.arrayContaining(['AMZ', 'MLB', 'MGZ']));
    expect(demo.warehouses.length).toBeGreaterThanOrEqual(3);
    expect(demo.docks.length).toBeGreaterThanOrEqual(3);
    expect(demo.policies.length).toBeGreaterThanOrEqual(3);
    expect(demo.docks.filter((d) => !d.isActive)).toHaveLength(1);
    expect(demo.policies.filter((p) => !p.isActive)).toHaveLength(1);
    expect(demo.salesChannels.filter((t) => t.ProductClusterId !== null)).toHaveLength(1);
    expect(demo.skus.some((s) => !s.IsActive) && demo.skus.some((s) => !s.IsProductActive)).toBe(true);
  });

  it('spells trade policy ids both as numbers and as strings, as VTEX does', () => {
    const ids = [...demo.affiliates.map((a) => a.salesChannel), ...demo.docks.flatMap((d) => d.salesChannels ?? [])];
    expect(ids.some((id) => typeof id === 'number')).toBe(true);
    expect(ids.some((id) => typeof id === 'string')).toBe(true);
  });

  it('has 150+ orders of which 60+ failed, and counts what it wrote', () => {
    const failed = demo.orders.filter((o) => o.integration.status === 'error');
    expect(demo.orders.length).toBeGreaterThanOrEqual(150);
    expect(failed.length).toBeGreaterThanOrEqual(60);
    expect(demo.result.planted.failed).toBe(failed.length);
    expect(Object.keys(demo.expected)).toHaveLength(failed.length);
    expect(demo.result.counts).toMatchObject({
      orders: demo.orders.length,
      skus: demo.skus.length,
      'oms-orders': demo.oms.length
    });
  });

  it('plants every error type and every scenario among the failed orders', () => {
    const types = new Set(Object.values(demo.expected).map((e) => e.errorType));
    expect([...types].sort()).toEqual([...ERROR_TYPES].sort());
    const scenarios = new Set(Object.values(demo.expected).map((e) => e.scenario));
    expect(scenarios.size).toBe(SCENARIOS.length + SWEEP_SCENARIOS.length);
  });

  it('gives every successful order its VTEX order id and OMS record', () => {
    const omsIds = new Set(demo.oms.map((o) => o.orderId));
    for (const order of demo.orders.filter((o) => o.integration.status === 'success')) {
      expect(order.integration.orderId).toMatch(/^\d{13}-01$/);
      expect(omsIds.has(order.integration.orderId ?? '')).toBe(true);
    }
  });
});

describe('generateSnapshot: scale mode', () => {
  it('grows the catalog with the batch, between 220 and 20 000 SKUs', () => {
    expect(catalogSize(180)).toBe(220);
    expect(catalogSize(100_000)).toBe(2000);
    expect(catalogSize(1_000_000)).toBe(20_000);
  });

  it('streams NDJSON and summarises the planted causes without listing orders above the limit', async () => {
    const dir = tempDir();
    const progress: number[] = [];
    const orders = EXPECTED_ORDERS_LIMIT + 2000;
    const result = await generateSnapshot(dir, { orders, seed: 3 }, (done) => progress.push(done));
    const lines = readFileSync(join(dir, 'orders.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(orders);
    expect(JSON.parse(lines[0])).toHaveProperty('marketplaceOrderId');
    expect(
      new Set(
        lines.map((l) => {
          const o = JSON.parse(l);
          return `${o.affiliateId}:${o.marketplaceOrderId}`;
        })
      ).size
    ).toBe(orders);
    expect(result.planted.orders).toBeUndefined();
    expect(result.planted.failed + result.planted.succeeded).toBe(orders);
    expect(result.planted.failed / orders).toBeGreaterThan(0.38);
    expect(result.planted.failed / orders).toBeLessThan(0.46);
    expect(Object.values(result.planted.byErrorType).reduce((a, b) => a + (b ?? 0), 0)).toBe(result.planted.failed);
    expect(progress.at(-1)).toBe(orders);
    expect(result.counts.skus).toBe(readFileSync(join(dir, 'skus.ndjson'), 'utf8').trimEnd().split('\n').length);
  });
});
