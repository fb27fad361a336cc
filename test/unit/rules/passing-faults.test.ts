import { describe, expect, it } from 'vitest';
import { diagnosisLetsThrough } from '../../../src/main/core/gateway/integration-judge';
import { blocksReprocess, isPassingFault } from '../../../src/main/core/rules/passing-faults';
import { passingFaultGivesWay } from '../../../src/main/core/rules/ranking';
import type { Cause, Diagnosis } from '../../../src/shared/domain/diagnosis';
import { CAUSE_CODES, type CauseCode } from '../../../src/shared/domain/error-types';

/** A finding of any code; the fix is deliberately not "reprocess later": the notion keys on the code. */
function finding(code: CauseCode): Cause {
  return { code, evidence: {}, fix: { kind: 'none', appliesInMirror: false } } as unknown as Cause;
}

const platform = finding('transient_platform_error');

function platformDiagnosis(alsoFound: Cause[]): Diagnosis {
  return { errorType: 'platform_error', outcome: 'causes', causes: [platform], alsoFound };
}

describe('one notion of a failure that passes, in the ranking and in the judge', () => {
  it('names one passing fault and two kinds of listing advice among the cause codes; the rest block a reprocess', () => {
    expect(CAUSE_CODES.filter((code) => isPassingFault({ code }))).toEqual(['transient_platform_error']);
    expect(CAUSE_CODES.filter((code) => !isPassingFault({ code }) && !blocksReprocess({ code }))).toEqual([
      'listing_attribute_missing',
      'marketplace_listing_locked'
    ]);
  });

  it.each(CAUSE_CODES.map((code) => [code]))(
    '%s beside a platform error: the ranking gives way exactly when the judge keeps the order failing',
    (code) => {
      const givesWay = passingFaultGivesWay([platform], [finding(code)]);
      expect(givesWay).toBe(!diagnosisLetsThrough(platformDiagnosis([finding(code)])));
      expect(givesWay).toBe(blocksReprocess({ code }));
    }
  );

  it.each(CAUSE_CODES.map((code) => [code]))(
    '%s as the cause: the judge lets the order through, and the cause gives way to data, only if it is a passing fault',
    (code) => {
      const cause = finding(code);
      const lets = diagnosisLetsThrough({ errorType: 'platform_error', outcome: 'causes', causes: [cause] });
      expect(lets).toBe(isPassingFault(cause));
      expect(passingFaultGivesWay([cause], [finding('insufficient_stock')])).toBe(lets);
    }
  );

  it('a platform error with nothing beside it neither gives way nor keeps the order failing', () => {
    expect(passingFaultGivesWay([platform], [])).toBe(false);
    expect(diagnosisLetsThrough(platformDiagnosis([]))).toBe(true);
    expect(passingFaultGivesWay([], [finding('insufficient_stock')])).toBe(false);
  });
});
