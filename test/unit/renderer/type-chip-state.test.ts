import { describe, expect, it } from 'vitest';
import { typeChipState } from '../../../src/renderer/src/components/type-chip-state';
import { UNCERTAIN_BELOW } from '../../../src/shared/domain/classification';

describe('typeChipState', () => {
  it('says uncertain below the threshold, and keeps the sweep’s inferred type beside it', () => {
    expect(typeChipState('out_of_stock', null, UNCERTAIN_BELOW - 0.01)).toEqual({
      uncertain: true,
      inferred: null,
      showConfidence: true
    });
    expect(typeChipState('out_of_stock', 'price_missing', UNCERTAIN_BELOW / 2)).toEqual({
      uncertain: true,
      inferred: 'price_missing',
      showConfidence: true
    });
  });

  it('is a plain chip with its confidence at or above the threshold', () => {
    expect(typeChipState('out_of_stock', null, UNCERTAIN_BELOW)).toEqual({
      uncertain: false,
      inferred: null,
      showConfidence: true
    });
  });

  it('never calls Unclassified uncertain nor shows a confidence for it; nothing before a diagnosis', () => {
    expect(typeChipState('unclassified', 'price_missing', 0)).toEqual({
      uncertain: false,
      inferred: 'price_missing',
      showConfidence: false
    });
    expect(typeChipState('sla_unavailable', null, null)).toEqual({ uncertain: false, inferred: null, showConfidence: false });
  });
});
