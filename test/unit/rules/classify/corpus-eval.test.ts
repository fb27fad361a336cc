import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../../src/main/core/rules/classify/corpus';
import { accuracyAround, leaveOneSourceOut } from '../../../../src/main/core/rules/classify/eval';
import { UNCERTAIN_BELOW } from '../../../../src/shared/domain/classification';

/**
 * The leave-one-source-out accuracy reached (`npm run eval:classify`), rounded down: a change that
 * makes the classifier generalise worse to a publication it never learned from fails here.
 */
const LOSO_FLOOR = 0.94;

describe('classify: leave-one-source-out evaluation on the corpus', () => {
  const loso = leaveOneSourceOut(CORPUS);

  it(`reads messages of a source it was not trained on at least ${LOSO_FLOOR * 100}% right`, () => {
    expect(loso.readings.length).toBe(CORPUS.filter((entry) => !entry.synthetic).length);
    expect(loso.bySource.size).toBeGreaterThanOrEqual(3);
    expect(loso.overall.accuracy).toBeGreaterThanOrEqual(LOSO_FLOOR);
  });

  it('is right far more often at or above UNCERTAIN_BELOW than below it', () => {
    const { below, from } = accuracyAround(loso.readings, UNCERTAIN_BELOW);
    expect(from.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(below.accuracy).toBeLessThan(from.accuracy - 0.1);
  });
});
