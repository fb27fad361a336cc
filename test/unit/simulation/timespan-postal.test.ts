import { describe, expect, it } from 'vitest';
import { countryMatches, postalCodeInRange } from '../../../src/main/core/simulation/postal-code';
import { formatTimeSpan, parseTimeSpan } from '../../../src/main/core/simulation/timespan';

describe('time spans', () => {
  it.each([
    ['3.00:00:00', 3 * 86_400],
    ['04:30:00', 4.5 * 3_600],
    ['1.02:03:04', 86_400 + 7_384],
    ['00:45', 2_700],
    [null, 0],
    ['soon', 0]
  ])('parses %s', (text, seconds) => expect(parseTimeSpan(text)).toBe(seconds));

  it('formats seconds as d.hh:mm:ss', () => {
    expect(formatTimeSpan(4 * 86_400 + 3_600 + 62)).toBe('4.01:01:02');
    expect(formatTimeSpan(0)).toBe('0.00:00:00');
  });
});

describe('postal codes', () => {
  it('compares Brazilian CEPs as digit strings of equal length', () => {
    expect(postalCodeInRange('01310-100', '01000000', '09999999')).toBe(true);
    expect(postalCodeInRange('10000-000', '01000000', '09999999')).toBe(false);
    expect(postalCodeInRange('01310100', '1000000', '1999999')).toBe(true);
    expect(postalCodeInRange('00999-999', '01000000', '09999999')).toBe(false);
  });

  it('compares non-numeric codes as text', () => {
    expect(postalCodeInRange('c1000aaa', 'C1000AAA', 'C1999ZZZ')).toBe(true);
  });

  it('matches countries case-insensitively and rows without a country everywhere', () => {
    expect(countryMatches('bra', 'BRA')).toBe(true);
    expect(countryMatches(null, 'ARG')).toBe(true);
    expect(countryMatches('BRA', 'ARG')).toBe(false);
  });
});
