import { describe, expect, it } from 'vitest';
import { normaliseIsoDate } from '../../../src/shared/dates';

describe('normaliseIsoDate', () => {
  it.each([
    ['2026-11-20T14:00:00Z', '2026-11-20T14:00:00.000Z'],
    ['2026-11-20T11:00:00-03:00', '2026-11-20T14:00:00.000Z'],
    ['2026-11-20T14:00:00.123456+00:00', '2026-11-20T14:00:00.123Z'],
    ['2026-11-20T14:00Z', '2026-11-20T14:00:00.000Z']
  ])('%s is %s in UTC', (input, output) => {
    expect(normaliseIsoDate(input)).toBe(output);
  });

  it.each(['2026-11-20T14:00:00', '2026-11-20', '20/11/2026 14:00', 'yesterday', '2026-13-01T00:00:00Z', ''])(
    'refuses %j (no zone, or not a date)',
    (input) => {
      expect(normaliseIsoDate(input)).toBeNull();
    }
  );
});
