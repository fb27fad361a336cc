import { describe, expect, it } from 'vitest';
import { corpusEntry as entry } from '../../../support/corpus-entry';
import { leaveOneSourceOut } from '../../../../src/main/core/rules/classify/eval';
import { nestedLeaveOneSourceOut } from '../../../../src/main/core/rules/classify/nested-eval';
import { WEIGHING } from '../../../../src/main/core/rules/classify/score';

/** Words no rule signal names, so only the model can read them (as in learned.test.ts). */
const REAL_A = entry('Zorblax frobnication failed again', 'platform_error', 'source-a');
const SYNTHETIC_A = entry('Zorblax frobnication failed on the gateway', 'platform_error', 'source-a', true);
const REAL_B = entry('Quibbleton mismatch on the wibble', 'listing_rejected', 'source-b');
const SYNTHETIC_ONLY = entry('Wibble quibbleton rejected', 'listing_rejected', 'source-c', true);

describe('leave-one-source-out: synthetic variants', () => {
  it('never reads a synthetic variant as a test item, and a source of variants only is no fold', () => {
    const loso = leaveOneSourceOut([REAL_A, SYNTHETIC_A, REAL_B, SYNTHETIC_ONLY]);
    expect(loso.readings.map((reading) => reading.entry.message)).toEqual([REAL_A.message, REAL_B.message]);
    expect([...loso.bySource.keys()]).toEqual(['source-a', 'source-b']);
  });

  it('holds a variant out with its source, so it cannot teach the model the message it was made from', () => {
    const loso = leaveOneSourceOut([REAL_A, SYNTHETIC_A, REAL_B]);
    const heldA = loso.readings.find((reading) => reading.entry === REAL_A);
    expect(heldA?.result.errorType).toBe('unclassified');
  });

  it('trains on a variant of another source', () => {
    const loso = leaveOneSourceOut([
      REAL_B,
      SYNTHETIC_A,
      entry('Zorblax frobnication failed again', 'platform_error', 'source-d')
    ]);
    const heldD = loso.readings.find((reading) => reading.entry.source === 'source-d');
    expect(heldD?.result.errorType).toBe('platform_error');
  });
});

describe('nested leave-one-source-out', () => {
  it('chooses a weighing per fold from the other sources and reads every real message once', () => {
    const entries = [
      REAL_A,
      SYNTHETIC_A,
      REAL_B,
      SYNTHETIC_ONLY,
      entry('Zorblax frobnication failed', 'platform_error', 'source-d')
    ];
    const candidates = [WEIGHING, { ...WEIGHING, modelWeight: 0.2 }];
    const nested = nestedLeaveOneSourceOut(entries, candidates);
    expect(nested.overall.total).toBe(3);
    expect([...nested.bySource.keys()]).toEqual(['source-a', 'source-b', 'source-d']);
    for (const { weighing } of nested.bySource.values()) expect(candidates).toContain(weighing);
    // With the candidates equal to the shipped constant alone, nesting changes nothing.
    expect(nestedLeaveOneSourceOut(entries, [WEIGHING]).overall).toEqual(leaveOneSourceOut(entries).overall);
  });
});
