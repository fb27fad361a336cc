import { describe, expect, it } from 'vitest';
import { corpusEntry as entry } from '../../../support/corpus-entry';
import { abstainBelow, nestedAbstention } from '../../../../src/main/core/rules/classify/abstention-eval';
import { leaveOneSourceOut, type Reading } from '../../../../src/main/core/rules/classify/eval';
import type { ErrorType } from '../../../../src/shared/domain/error-types';

function reading(label: ErrorType, named: ErrorType, confidence: number): Reading {
  return {
    entry: entry('Zorblax frobnication failed', label, 'source-a'),
    result: { errorType: named, confidence, matched: ['zorblax'] },
    correct: label === named
  };
}

describe('abstention below a confidence cut', () => {
  it('turns a type named below the cut into unclassified, right only when the label says none', () => {
    expect(abstainBelow(reading('unclassified', 'platform_error', 0.1), 0.2).correct).toBe(true);
    expect(abstainBelow(reading('platform_error', 'platform_error', 0.1), 0.2)).toMatchObject({
      result: { errorType: 'unclassified', confidence: 0 },
      correct: false
    });
    const sure = reading('platform_error', 'platform_error', 0.5);
    expect(abstainBelow(sure, 0.2)).toBe(sure);
  });

  it('chooses each fold’s cut among the candidates on the other sources, and with only 0 is the plain figure', () => {
    const entries = [
      entry('Zorblax frobnication failed again', 'platform_error', 'source-a'),
      entry('Quibbleton mismatch on the wibble', 'listing_rejected', 'source-b'),
      entry('Zorblax frobnication failed', 'platform_error', 'source-c'),
      entry('Wibble quibbleton rejected', 'listing_rejected', 'source-d')
    ];
    const nested = nestedAbstention(entries, [0, 0.5, 0.99]);
    expect(nested.overall.total).toBe(4);
    for (const { cut } of nested.bySource.values()) expect([0, 0.5, 0.99]).toContain(cut);
    expect(nestedAbstention(entries, [0]).overall).toEqual(leaveOneSourceOut(entries).overall);
  });
});
