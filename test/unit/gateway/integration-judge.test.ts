import { describe, expect, it } from 'vitest';
import { diagnosisLetsThrough } from '../../../src/main/core/gateway/integration-judge';
import type { Cause, Diagnosis } from '../../../src/shared/domain/diagnosis';

const platform = {
  code: 'transient_platform_error',
  evidence: {},
  fix: { kind: 'retry_later', appliesInMirror: false }
} as unknown as Cause;
const stock = {
  code: 'insufficient_stock',
  skuId: '1',
  evidence: {},
  fix: { kind: 'update_inventory', appliesInMirror: true }
} as unknown as Cause;

function diagnosis(partial: Partial<Diagnosis>): Diagnosis {
  return { errorType: 'out_of_stock', outcome: 'no_cause_found', causes: [], ...partial };
}

describe('diagnosisLetsThrough: the diagnosis half of the one judge', () => {
  it('lets through a recognised message whose every check passed, or a VTEX-side failure alone', () => {
    expect(diagnosisLetsThrough(diagnosis({}))).toBe(true);
    expect(diagnosisLetsThrough(diagnosis({ errorType: 'platform_error', outcome: 'causes', causes: [platform] }))).toBe(true);
  });

  it('never lets an unexplained order through, nor missing data, nor any other finding', () => {
    expect(
      diagnosisLetsThrough(diagnosis({ errorType: 'unclassified', outcome: 'unexplained', checked: ['catalog', 'stock'] }))
    ).toBe(false);
    expect(diagnosisLetsThrough(diagnosis({ errorType: 'unclassified', outcome: 'no_cause_found' }))).toBe(false);
    expect(diagnosisLetsThrough(diagnosis({ outcome: 'insufficient_data', missing: ['inventory'] }))).toBe(false);
    expect(diagnosisLetsThrough(diagnosis({ outcome: 'causes', causes: [platform, stock] }))).toBe(false);
    expect(diagnosisLetsThrough(diagnosis({ outcome: 'causes', causes: [platform], alsoFound: [stock] }))).toBe(false);
    expect(diagnosisLetsThrough(diagnosis({ outcome: 'no_cause_found', alsoFound: [stock] }))).toBe(false);
  });
});
