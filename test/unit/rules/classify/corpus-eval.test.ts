import { describe, expect, it } from 'vitest';
import { BASELINE_FILES, CORPUS } from '../../../../src/main/core/rules/classify/corpus';
import { accuracyAround, leaveOneSourceOut, tally } from '../../../../src/main/core/rules/classify/eval';
import { UNCERTAIN_BELOW } from '../../../../src/shared/domain/classification';

/**
 * The leave-one-source-out accuracies reached (`npm run eval:classify`), rounded down: a change
 * that makes the classifier generalise worse to a publication it never learned from fails here.
 * `BASELINE_FLOOR` is the floor the corpus had when it was the baseline files alone (1,107
 * messages, 94.2%), measured the same way on those files alone. `POOLED_FLOOR` is the whole
 * corpus's. It was 0.88 over 1,261 messages; on 3 December 2026 apps-connectors-apis.json added
 * 392 real messages from 20 publications (VTEX IO apps' messages and thrown errors, the SkyHub and
 * MeliConnect connectors, marketplace API error tables) and the pooled figure fell to 83.4%: the
 * classifier did not get worse (the baseline files trained on alone still read 94.2%), the
 * new publications are harder, 66.5% on their own, mostly admin and shopper prompts that name no
 * error type and connector wordings no other source uses. The floor follows the honest figure.
 * Later that day the model gained the features of a message naming no thing of the domain and of
 * each trouble it names with each object (`features.ts`): 83.9%, then 84.3% (1,394/1,653).
 */
const BASELINE_FLOOR = 0.94;
const POOLED_FLOOR = 0.84;
/**
 * The messages marked out-of-domain (160, all labelled unclassified) read as unclassified: 71.9%
 * (67.5% before those features), and the figure over every other message: 85.7% (85.1% before).
 */
const OUT_OF_DOMAIN_FLOOR = 0.71;
const IN_DOMAIN_FLOOR = 0.85;
/** The baseline messages read by models that also learned from the newer files (93.3%). */
const BASELINE_READINGS_FLOOR = 0.93;
/**
 * The 1,261 messages the corpus held before apps-connectors-apis.json, trained on alone: 89.0%,
 * 89.3% with the no-object and trouble-object features.
 */
const BEFORE_ADDED_FLOOR = 0.89;
const ADDED_FILE = 'apps-connectors-apis.json';

describe('classify: leave-one-source-out evaluation on the corpus', () => {
  const loso = leaveOneSourceOut(CORPUS);

  it(`reads messages of a source it was not trained on at least ${POOLED_FLOOR * 100}% right`, () => {
    expect(loso.readings.length).toBe(CORPUS.filter((entry) => !entry.synthetic).length);
    expect(loso.bySource.size).toBeGreaterThanOrEqual(3);
    expect(loso.overall.accuracy).toBeGreaterThanOrEqual(POOLED_FLOOR);
  });

  it(`reads ${OUT_OF_DOMAIN_FLOOR * 100}% of the out-of-domain messages as unclassified, and the others at least ${IN_DOMAIN_FLOOR * 100}% right`, () => {
    const outside = tally(loso.readings.filter((reading) => reading.entry.outOfDomain));
    const inside = tally(loso.readings.filter((reading) => !reading.entry.outOfDomain));
    expect(outside.total).toBeGreaterThan(0);
    expect(outside.accuracy).toBeGreaterThanOrEqual(OUT_OF_DOMAIN_FLOOR);
    expect(inside.accuracy).toBeGreaterThanOrEqual(IN_DOMAIN_FLOOR);
  });

  it(`reads the baseline files, trained on them alone, at least ${BASELINE_FLOOR * 100}% right`, () => {
    const baseline = leaveOneSourceOut(CORPUS.filter((entry) => BASELINE_FILES.has(entry.file)));
    expect(baseline.overall.total).toBe(1107);
    expect(baseline.overall.accuracy).toBeGreaterThanOrEqual(BASELINE_FLOOR);
    // The same messages read by models that also learned from the newer files.
    const restricted = tally(loso.readings.filter((reading) => BASELINE_FILES.has(reading.entry.file)));
    expect(restricted.total).toBe(1107);
    expect(restricted.accuracy).toBeGreaterThanOrEqual(BASELINE_READINGS_FLOOR);
  });

  it(`reads the files before ${ADDED_FILE}, trained on them alone, at least ${BEFORE_ADDED_FLOOR * 100}% right`, () => {
    const before = leaveOneSourceOut(CORPUS.filter((entry) => entry.file !== ADDED_FILE));
    expect(before.overall.total).toBe(1261);
    expect(before.overall.accuracy).toBeGreaterThanOrEqual(BEFORE_ADDED_FLOOR);
  });

  it('is right far more often at or above UNCERTAIN_BELOW than below it', () => {
    const { below, from } = accuracyAround(loso.readings, UNCERTAIN_BELOW);
    expect(from.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(below.accuracy).toBeLessThan(from.accuracy - 0.1);
  });
});
