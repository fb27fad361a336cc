import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-io';

const DEMO = join(__dirname, '../../../resources/demo/snapshot');
const expected = JSON.parse(readFileSync(join(__dirname, '../../../resources/demo/expected-causes.json'), 'utf8')) as Record<
  string,
  { errorType: string; causes: string[] }
>;

function firstPlanted(cause: string): string {
  const key = Object.keys(expected).find((k) => expected[k].causes.includes(cause));
  if (!key) throw new Error(`no demo order planted with ${cause}`);
  return key.slice(key.indexOf(':') + 1);
}

describe('integration-desk classify', () => {
  it('prints one JSON object per message, in input order, from arguments or stdin', async () => {
    const args = await cli(['classify', '--json', 'No available sla to deliver this order', 'Pedido cancelado pelo marketplace']);
    const lines = args.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.message, l.errorType])).toEqual([
      ['No available sla to deliver this order', 'sla_unavailable'],
      ['Pedido cancelado pelo marketplace', 'marketplace_status']
    ]);
    expect(lines[0]).toEqual({
      message: expect.any(String),
      errorType: 'sla_unavailable',
      confidence: expect.any(Number),
      matched: expect.any(Array)
    });

    const stdin = await cli(['classify', '--json'], ['Order with SKU out of stock', '', 'hello there']);
    expect(
      stdin.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).errorType)
    ).toEqual(['out_of_stock', 'unclassified']);
  });
});

describe('integration-desk diagnose / simulate', () => {
  it('diagnoses one order of a mirror by its marketplace order id', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    await cli(['import', DEMO, '--db', db]);
    const id = firstPlanted('sku_inactive');
    const result = await cli(['diagnose', id, '--db', db, '--json']);
    expect(result.code).toBe(0);
    const diagnosis = JSON.parse(result.stdout);
    expect(diagnosis.marketplaceOrderId).toBe(id);
    expect(diagnosis.causes.map((c: { code: string }) => c.code)).toContain('sku_inactive');
    expect((await cli(['diagnose', 'NOPE-1', '--db', db])).stderr).toMatch(/no order NOPE-1 in the mirror/);
  });

  it('simulates shipping for an affiliate, a CEP and items', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    await cli(['import', DEMO, '--db', db]);
    const sku = (JSON.parse(readFileSync(join(DEMO, 'skus.json'), 'utf8')) as { Id: number | string; IsActive: boolean }[]).find(
      (s) => s.IsActive
    )!.Id;
    const result = await cli([
      'simulate',
      '--affiliate',
      'AMZ',
      '--postal-code',
      '01310-100',
      '--item',
      `${sku}:1`,
      '--db',
      db,
      '--json'
    ]);
    expect(result.code).toBe(0);
    const simulation = JSON.parse(result.stdout);
    expect(simulation.items[0]).toMatchObject({ id: String(sku), quantity: 1 });
    expect(['available', 'withoutStock', 'cannotBeDelivered', 'inactive', 'unknownSku']).toContain(
      simulation.items[0].availability
    );
    expect((await cli(['simulate', '--affiliate', 'AMZ', '--postal-code', '1', '--item', 'x', '--db', db])).stderr).toMatch(
      /--item must be SKU:QTY/
    );
  });
});

describe('integration-desk review', () => {
  it('writes the documented JSON report: only failed orders, groups, summary', async () => {
    const result = await cli(['review', DEMO, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.asOf).toBe('2026-11-20T15:00:00.000Z');
    expect(report.orders.length).toBe(report.summary.failed);
    expect(report.summary.failed).toBeGreaterThanOrEqual(60);
    expect(report.orders[0]).toEqual(
      expect.objectContaining({
        marketplaceOrderId: expect.any(String),
        affiliateId: expect.any(String),
        errorType: expect.any(String),
        causes: expect.any(Array)
      })
    );
    const inactive = report.orders.find((o: { causes: { code: string }[] }) => o.causes.some((c) => c.code === 'sku_inactive'));
    expect(inactive.causes.find((c: { code: string }) => c.code === 'sku_inactive')).toEqual(
      expect.objectContaining({
        skuId: expect.any(String),
        evidence: expect.any(Object),
        fix: expect.objectContaining({ kind: 'activate_sku' })
      })
    );
    expect(report.groups[0]).toEqual({
      code: expect.any(String),
      key: expect.any(String),
      orderIds: expect.any(Array),
      valueAtStake: expect.any(Number)
    });
    expect(Object.values(report.summary.byErrorType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      report.summary.failed
    );
    type Reviewed = { outcome: string; alsoFound: unknown[]; checked: string[]; errorType: string; inferredErrorType?: string };
    for (const order of report.orders as Reviewed[]) {
      expect(['causes', 'no_cause_found', 'unexplained', 'insufficient_data']).toContain(order.outcome);
      expect(order.alsoFound).toEqual(expect.any(Array));
      expect(order.checked.length).toBeGreaterThan(0);
      // An unrecognised message is never an all-clear.
      if (order.errorType === 'unclassified') expect(order.outcome).not.toBe('no_cause_found');
    }
    const inferred = (report.orders as Reviewed[]).filter((o) => o.inferredErrorType !== undefined);
    expect(inferred.map((o) => o.inferredErrorType)).toEqual(expect.arrayContaining(['price_missing', 'marketplace_status']));
  });

  it('writes CSV (one row per order × cause), HTML and Markdown files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'review-'));
    for (const format of ['csv', 'html', 'md']) {
      const result = await cli(['review', DEMO, '--format', format, '--out', join(out, `report.${format}`)]);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/Reviewed \d+ failed orders/);
    }
    expect(readdirSync(out).sort()).toEqual(['report.csv', 'report.html', 'report.md']);
    const csv = readFileSync(join(out, 'report.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'marketplaceOrderId,affiliateId,errorType,message,value,cause,skuId,warehouseId,dockId,shippingPolicyId,tradePolicyId,evidence,fix,outcome,inferredErrorType,messageSource'
    );
    expect(csv.length).toBeGreaterThan(60);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Fix once, reprocess N');
    expect(html).not.toMatch(/<script/i);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# Integration review/);
  });

  it('refuses an unknown format', async () => {
    const result = await cli(['review', DEMO, '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format must be one of json, csv, html, md/);
  });
});

describe('integration-desk generate', () => {
  it('writes a deterministic snapshot of the size asked', async () => {
    const a = mkdtempSync(join(tmpdir(), 'gen-'));
    const b = mkdtempSync(join(tmpdir(), 'gen-'));
    expect((await cli(['generate', '--orders', '300', '--seed', '9', '--out', a])).code).toBe(0);
    await cli(['generate', '--orders', '300', '--seed', '9', '--out', b]);
    expect(readFileSync(join(a, 'orders.ndjson'), 'utf8')).toBe(readFileSync(join(b, 'orders.ndjson'), 'utf8'));
    expect(readFileSync(join(a, 'orders.ndjson'), 'utf8').trim().split('\n')).toHaveLength(300);
    const imported = await cli(['import', a, '--db', join(b, '..', `m-${Date.now()}.db`), '--json']);
    expect(JSON.parse(imported.stdout).orders).toBe(300);
  });
});
