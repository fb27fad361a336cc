import { describe, expect, it } from 'vitest';
import { diagnosisWorkerCount } from '../../../src/main/core/services/diagnosis-pipeline';

describe('diagnosisWorkerCount', () => {
  it('starts one worker per idle core beside the owner, at most two', () => {
    expect(diagnosisWorkerCount(false, 2, 0)).toBe(1);
    expect(diagnosisWorkerCount(false, 2, 0.3)).toBe(1);
    expect(diagnosisWorkerCount(false, 4, 0.5)).toBe(2);
    expect(diagnosisWorkerCount(false, 16, 3)).toBe(2);
  });

  it('starts none when the cores are already busy: the owner alone spends less and finishes sooner', () => {
    expect(diagnosisWorkerCount(false, 2, 1.2)).toBe(0);
    expect(diagnosisWorkerCount(false, 2, 18)).toBe(0);
    expect(diagnosisWorkerCount(false, 4, 3.5)).toBe(0);
    expect(diagnosisWorkerCount(false, 1, 0)).toBe(0);
  });

  it('gives a caller that asks for the worker path one whatever the load', () => {
    expect(diagnosisWorkerCount(true, 2, 18)).toBe(1);
    expect(diagnosisWorkerCount(true, 8, 0)).toBe(2);
  });
});
