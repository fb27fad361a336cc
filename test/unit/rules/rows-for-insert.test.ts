import { describe, expect, it } from 'vitest';
import type { CheckFamily, Diagnosis } from '../../../src/shared/domain/diagnosis';
import type { DiagnosisRow } from '../../../src/main/core/db/repositories/diagnosis-repository';
import { rowsForInsert } from '../../../src/main/core/db/repositories/diagnosis-writes';
import { cause, fix } from '../../../src/main/core/rules/checks/findings';

const META = { ranAt: '2026-11-22T12:00:00.000Z', asOf: '2026-11-22T12:00:00.000Z' };
const CHECKED_AT = 9;
const FIX_AT = 10;

function row(orderId: number, checked: CheckFamily[], diagnosis: Partial<Diagnosis> = {}): DiagnosisRow {
  return {
    orderId,
    confidence: 0.9,
    diagnosis: { errorType: 'out_of_stock', outcome: 'no_cause_found', causes: [], checked, ...diagnosis },
    groupKeys: (diagnosis.causes ?? []).map((c) => c.code)
  };
}

describe('rowsForInsert', () => {
  it('serialises every checked list as JSON.stringify does, lists that share a beginning included', () => {
    const lists: CheckFamily[][] = [
      ['catalog'],
      ['catalog', 'stock'],
      ['catalog'],
      ['catalog', 'stock', 'delivery'],
      ['stock', 'catalog'],
      [],
      ['catalog', 'stock']
    ];
    const rows = rowsForInsert(
      lists.map((checked, i) => row(i + 1, checked)),
      META
    );
    const width = rows.diagnoses.length / lists.length;
    lists.forEach((checked, i) => expect(rows.diagnoses[i * width + CHECKED_AT]).toBe(JSON.stringify(checked)));
  });

  it('serialises a fix made outside the desk and a desk fix as JSON.stringify does, however often it recurs', () => {
    const outside = cause('sku_not_found', { skuId: '7' }, fix('act_at_marketplace'), { skuId: '7' });
    const admin = cause('sku_not_found', { skuId: '8' }, fix('act_in_admin'), { skuId: '8' });
    const desk = cause('sku_inactive', { skuId: '9', skuName: 'Nine' }, fix('activate_sku', { skuIds: ['9'] }), { skuId: '9' });
    const causes = [outside, admin, outside, desk, admin];
    const rows = rowsForInsert(
      causes.map((c, i) => row(i + 1, ['catalog'], { outcome: 'causes', causes: [c] })),
      META
    );
    const width = rows.causes.length / causes.length;
    causes.forEach((c, i) => expect(rows.causes[i * width + FIX_AT]).toBe(JSON.stringify(c.fix)));
  });

  it('shares one frozen suggestion per kind made outside the desk', () => {
    expect(fix('act_in_admin')).toBe(fix('act_in_admin'));
    expect(Object.isFrozen(fix('act_in_admin'))).toBe(true);
    expect(fix('act_in_admin')).toEqual({ kind: 'act_in_admin', appliesInMirror: false });
    expect(fix('activate_sku', { skuIds: ['1'] })).not.toBe(fix('activate_sku', { skuIds: ['1'] }));
  });
});
