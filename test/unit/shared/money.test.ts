import { describe, expect, it } from 'vitest';
import { centsToDecimalString, decimalToCents } from '../../../src/shared/money';

describe('decimalToCents', () => {
  it.each([
    [19.99, 1999],
    [0.1, 10],
    [0.29, 29],
    [1.005, 101],
    [4.35, 435],
    [1099.9, 109990],
    [0, 0],
    [-12.5, -1250],
    [0.1 + 0.2, 30],
    [123456789.12, 12345678912]
  ])('%s → %s cents, without float rounding surprises', (value, cents) => {
    expect(decimalToCents(value)).toBe(cents);
  });

  it('refuses values that are not finite', () => {
    expect(decimalToCents(Number.NaN)).toBeNull();
    expect(decimalToCents(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('centsToDecimalString', () => {
  it.each([
    [1999, '19.99'],
    [5, '0.05'],
    [-1250, '-12.50'],
    [0, '0.00']
  ])('%s → %s', (cents, text) => {
    expect(centsToDecimalString(cents)).toBe(text);
  });
});
