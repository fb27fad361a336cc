import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/main/core/rules/classify/compile';
import { LEXICON } from '../../../../src/main/core/rules/classify/lexicon';
import { SIGNAL_TABLE } from '../../../../src/main/core/rules/classify/signals';
import type { TypeSignals } from '../../../../src/main/core/rules/classify/signal-spec';
import { ERROR_TYPES } from '../../../../src/shared/domain/error-types';

const tiny: TypeSignals = { errorType: 'sla_unavailable', signals: [{ label: 'SLA', weight: 7, terms: ['@sla'] }] };

describe('the signal table', () => {
  it('has one module for every error type but unclassified', () => {
    expect(SIGNAL_TABLE.map((entry) => entry.errorType).sort()).toEqual(
      ERROR_TYPES.filter((type) => type !== 'unclassified').sort()
    );
  });

  it('compiles, using every concept of the lexicon', () => {
    expect(() => compileMatcher(SIGNAL_TABLE, LEXICON)).not.toThrow();
  });

  it('refuses an unknown concept, an unused one, a malformed word and a whole-message signal of two terms', () => {
    expect(() => compileMatcher([{ ...tiny, signals: [{ label: 'x', weight: 1, terms: ['@nope'] }] }], {})).toThrow(
      /unknown concept "@nope"/
    );
    expect(() => compileMatcher([tiny], { sla: ['sla'], spare: ['x'] })).toThrow(/used by no signal: spare/);
    expect(() => compileMatcher([{ ...tiny, signals: [{ label: 'x', weight: 1, terms: ['Não'] }] }], {})).toThrow(
      /malformed word/
    );
    expect(() => compileMatcher([{ ...tiny, signals: [{ label: 'x', weight: 1, terms: ['5665'] }] }], {})).toThrow(
      /malformed word/
    );
    expect(() => compileMatcher([{ ...tiny, signals: [{ label: 'x', weight: 1, terms: ['? sla'] }] }], {})).toThrow(
      /must start with a word/
    );
    expect(() => compileMatcher([{ ...tiny, signals: [{ label: 'x', weight: 1, terms: ['a', 'b'], whole: true }] }], {})).toThrow(
      /needs one term/
    );
  });
});
