import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { getDiagnosis, listCauseGroups } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { iterateOrders } from '../../../src/main/core/db/repositories/order-repository';
import { importSnapshot } from '../../../src/main/core/import';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import { ERROR_TYPES } from '../../../src/shared/domain/error-types';

const DEMO = join(__dirname, '../../../resources/demo');
const expected = JSON.parse(readFileSync(join(DEMO, 'expected-causes.json'), 'utf8')) as Record<
  string,
  { scenario: string; errorType: string; causes: string[] }
>;

describe('the demo store, diagnosed', () => {
  let db: Db;
  beforeAll(async () => {
    db = openMirror(':memory:');
    await importSnapshot(db, join(DEMO, 'snapshot'));
    runDiagnosis(db, { now: new Date('2026-11-22T12:00:00Z') });
  });

  it('names, for every failed order, the error type and the causes the generator planted', () => {
    const failed = [...iterateOrders(db, { status: 'error' })];
    expect(failed.length).toBeGreaterThanOrEqual(60);
    const mismatches: string[] = [];
    for (const order of failed) {
      const key = `${order.affiliateId}:${order.marketplaceOrderId}`;
      const plan = expected[key];
      const diagnosis = getDiagnosis(db, order.id)!;
      // One cause per faulty item: a three-item order can name the same code three times.
      const causes = [...new Set(diagnosis.causes.map((cause) => cause.code))];
      if (!plan) {
        mismatches.push(`${key}: not in expected-causes.json`);
        continue;
      }
      if (diagnosis.errorType !== plan.errorType)
        mismatches.push(`${key}: error type ${diagnosis.errorType}, planted ${plan.errorType}`);
      if (JSON.stringify([...causes].sort()) !== JSON.stringify([...new Set(plan.causes)].sort()))
        mismatches.push(`${key}: causes ${causes.join(',')}, planted ${plan.causes.join(',')}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('shows the sweep: inferred types for unrecognised messages, unexplained when nothing is wrong, the inactive dock named', () => {
    const byScenario = (scenario: string) =>
      [...iterateOrders(db, { status: 'error' })]
        .filter((order) => expected[`${order.affiliateId}:${order.marketplaceOrderId}`]?.scenario === scenario)
        .map((order) => getDiagnosis(db, order.id)!);
    expect(byScenario('sweep-unrecognised-expired-price').map((d) => [d.outcome, d.inferredErrorType])).toEqual([
      ['causes', 'price_missing']
    ]);
    expect(byScenario('sweep-unrecognised-shipped').map((d) => [d.outcome, d.inferredErrorType])).toEqual([
      ['causes', 'marketplace_status']
    ]);
    const unexplained = byScenario('unclassified');
    expect(unexplained.length).toBeGreaterThan(0);
    for (const d of unexplained)
      expect(d).toMatchObject({
        outcome: 'unexplained',
        causes: [],
        checked: expect.arrayContaining(['catalog', 'stock', 'price'])
      });
    const [dock] = byScenario('sweep-stock-behind-inactive-dock');
    const cause = dock.causes[0];
    expect(cause.code === 'stock_outside_trade_policy' && cause.evidence.blockers).toEqual([
      expect.objectContaining({
        kind: 'dock_inactive',
        dockId: 'doca-recife',
        warehouseId: 'cd-recife',
        unitsFreed: expect.any(Number)
      })
    ]);
    expect(cause.fix).toEqual({ kind: 'activate_dock', appliesInMirror: true, request: { dockId: 'doca-recife' } });
  });

  it('gives every failed order a cause other than insufficient_data', () => {
    const outcomes = db.prepare(`SELECT outcome, COUNT(*) AS n FROM diagnoses GROUP BY outcome`).all() as {
      outcome: string;
      n: number;
    }[];
    expect(outcomes.find((o) => o.outcome === 'insufficient_data')).toBeUndefined();
  });

  it('covers every error type', () => {
    const types = new Set(db.prepare('SELECT DISTINCT error_type FROM diagnoses').pluck().all() as string[]);
    expect([...ERROR_TYPES].filter((type) => !types.has(type))).toEqual([]);
  });

  it('groups orders that share one cause on one object, with the value at stake', () => {
    const groups = listCauseGroups(db);
    expect(groups.length).toBeGreaterThan(10);
    for (const group of groups) {
      expect(group.orderIds.length).toBe(group.orderCount);
      expect(group.valueAtStakeCents).toBeGreaterThanOrEqual(0);
    }
    const bySku = groups.find((g) => g.code === 'sku_inactive');
    expect(bySku?.key).toMatch(/^sku:/);
  });
});
