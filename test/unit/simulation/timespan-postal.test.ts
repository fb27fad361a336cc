import { describe, expect, it } from 'vitest';
import { normalisePostalCode, postalCodeInRange } from '../../../src/main/core/simulation/postal-code';
import { coveringRows } from '../../../src/main/core/simulation/coverage';
import { buildStoreData } from '../../../src/main/core/model/store-data';
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
  it('normalises codes with separators, spaces or lower case, and returns plain ones as they are', () => {
    expect(normalisePostalCode('01310-100')).toBe('01310100');
    expect(normalisePostalCode(' 01.310 100 ')).toBe('01310100');
    expect(normalisePostalCode('sw1a 1aa')).toBe('SW1A1AA');
    expect(normalisePostalCode('01310100')).toBe('01310100');
    expect(normalisePostalCode('')).toBe('');
  });

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
    const row = (country: string | null, zipCodeStart: string) => ({
      shippingPolicyId: 'p',
      zipCodeStart,
      zipCodeEnd: zipCodeStart.replace(/0+$/, (z) => '9'.repeat(z.length)),
      weightStart: 0,
      weightEnd: 1000,
      costCents: 100,
      timeCost: null,
      country
    });
    const store = buildStoreData({
      asOf: '2026-11-20T00:00:00Z',
      freightValues: [row('bra', '01000000'), row(null, '20000000'), row('ARG', '01000000')]
    });
    expect(coveringRows(store, 'p', '01310-100', 'BRA').map((r) => r.country)).toEqual(['bra']);
    expect(coveringRows(store, 'p', '20041001', 'ARG').map((r) => r.country)).toEqual([null]);
    expect(coveringRows(store, 'p', '01310100', 'arg').map((r) => r.country)).toEqual(['ARG']);
    expect(coveringRows(store, 'p', '1310100', 'BRA').map((r) => r.country)).toEqual(['bra']);
  });
});
