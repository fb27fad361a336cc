import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/cli-io';
import { EXPECTED, FAILED_IDS, FRESH_STORE, UNEXPLAINED_IDS } from './expected';

interface ReviewCause {
  code: string;
  skuId?: string;
  warehouseId?: string;
  dockId?: string;
  tradePolicyId?: string;
  evidence: Record<string, unknown>;
  fix: { kind: string; appliesInMirror: boolean };
}
interface ReviewOrder {
  marketplaceOrderId: string;
  errorType: string;
  inferredErrorType?: string;
  outcome: string;
  causes: ReviewCause[];
  alsoFound: ReviewCause[];
  checked: string[];
}

let orders: Map<string, ReviewOrder>;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'fresh-review-')), 'review.json');
  const run = await cli(['review', FRESH_STORE, '--format', 'json', '--out', out]);
  expect(run.stderr).toMatch(/^Reviewed 35 failed orders as of 2026-11-27T18:00:00.000Z/);
  expect(run.code).toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { orders: ReviewOrder[] };
  orders = new Map(report.orders.map((o) => [o.marketplaceOrderId, o]));
}, 60_000);

function order(id: string): ReviewOrder {
  const found = orders.get(id);
  if (!found) throw new Error(`${id} is not in the review`);
  return found;
}

describe('review of a store nobody on the team wrote', () => {
  it('reviews exactly the 35 failed orders', () => {
    expect([...orders.keys()].sort()).toEqual([...FAILED_IDS].sort());
  });

  it.each(FAILED_IDS.filter((id) => EXPECTED[id].cause !== null))('%s: the cause its data shows, and nothing else', (id) => {
    const expected = EXPECTED[id];
    const reviewed = order(id);
    expect(reviewed.outcome).toBe('causes');
    expect(reviewed.causes.map((c) => c.code).sort()).toEqual([expected.cause, ...(expected.also ?? [])].sort());
    expect(reviewed.alsoFound.map((c) => c.code)).toEqual([]);
  });

  it.each(UNEXPLAINED_IDS)(
    '%s: a message nobody recognises over data that explains nothing is unexplained, never green',
    (id) => {
      const reviewed = order(id);
      expect(reviewed.errorType).toBe('unclassified');
      expect(reviewed.outcome).toBe('unexplained');
      expect(reviewed.causes).toEqual([]);
      expect(reviewed.alsoFound).toEqual([]);
      expect(reviewed.inferredErrorType).toBeUndefined();
      // Unexplained after the whole sweep, not because nothing ran.
      expect(reviewed.checked).toEqual(expect.arrayContaining(['catalog', 'trade_policy', 'stock', 'delivery', 'price']));
    }
  );

  it('never says "every check passes" for any order of this store', () => {
    expect([...orders.values()].filter((o) => o.outcome === 'no_cause_found').map((o) => o.marketplaceOrderId)).toEqual([]);
  });

  it('an unrecognised wording is placed by what the data shows, marked inferred', () => {
    expect(order('CRF-77102')).toMatchObject({ errorType: 'unclassified', inferredErrorType: 'sku_unavailable' });
    expect(order('CRF-77116')).toMatchObject({ errorType: 'unclassified', inferredErrorType: 'marketplace_status' });
    // VTEX's own "Oops, we couldn’t obtain the information of SKU …" is about the SKU, not a passing fault.
    expect(order('NTS-5540013').errorType).toBe('sku_unavailable');
  });

  it('evidence names the objects with their numbers', () => {
    const inactive = order('CRF-77101').causes[0];
    expect(inactive).toMatchObject({ skuId: '51002', evidence: { skuId: '51002', skuName: 'Regador Metálico 5L Verde' } });

    expect(order('CRF-77103').causes[0]).toMatchObject({
      skuId: '51003',
      tradePolicyId: '7',
      evidence: { tradePolicyName: 'Carrefour Marketplace', skuTradePolicyIds: ['1'] }
    });

    const reserved = order('CRF-77105').causes[0];
    expect(reserved).toMatchObject({ skuId: '51004', warehouseId: 'arm-campinas', evidence: { ordered: 3, available: 0 } });
    expect(reserved.evidence.warehouses).toContainEqual(
      expect.objectContaining({ warehouseId: 'arm-campinas', totalQuantity: 12, reservedQuantity: 12, availableQuantity: 0 })
    );

    const behindDock = order('NTS-5540015').causes[0];
    expect(behindDock).toMatchObject({ skuId: '51005', warehouseId: 'arm-recife', dockId: 'doca-recife', tradePolicyId: '8' });
    expect(behindDock.evidence.blockers).toContainEqual(
      expect.objectContaining({ kind: 'dock_inactive', dockId: 'doca-recife', unitsFreed: 38 })
    );

    expect(order('CRF-77107').causes[0].evidence).toMatchObject({
      skuId: '51006',
      tradePolicyId: '7',
      expired: [{ valueCents: 25900, dateTo: '2026-11-16T02:59:59.000Z' }]
    });

    expect(order('CRF-77109').causes.find((c) => c.code === 'price_divergence_over_allowance')?.evidence).toMatchObject({
      paidCents: 40690,
      expectedCents: 37690,
      differenceCents: 3000,
      percent: 7.96
    });

    expect(order('NTS-5540019').causes[0].evidence).toEqual({ courier: 'Loggi', knownCarriers: ['Correios', 'Total Express'] });

    const uncovered = order('CRF-77112').causes[0];
    expect(uncovered.evidence).toMatchObject({ postalCode: '69900-062' });
    expect((uncovered.evidence.policiesChecked as { shippingPolicyId: string }[]).map((p) => p.shippingPolicyId).sort()).toEqual([
      'tf-economico',
      'tf-expresso'
    ]);

    expect(order('NTS-5540022').causes[0]).toMatchObject({ skuId: '51999', evidence: { skuId: '51999' } });
    expect(order('NTS-5540023').causes[0].evidence).toMatchObject({ status: 'canceled' });
    expect(order('CRF-77116').causes[0].evidence).toMatchObject({ status: 'shipped' });
    expect(order('NTS-5540024').causes[0]).toMatchObject({
      evidence: { vtexOrderId: '1581230000024-01' },
      fix: { kind: 'none' }
    });
  });
});
