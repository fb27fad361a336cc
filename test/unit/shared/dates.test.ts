import { describe, expect, it } from 'vitest';
import { formatDayAs, normaliseIsoDate, parseDayAs } from '../../../src/shared/dates';

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

describe('a day typed in the locale order', () => {
  it('writes a day as pt-BR/es and en-US agents read it', () => {
    expect(formatDayAs('2026-11-20', 'dmy')).toBe('20/11/2026');
    expect(formatDayAs('2026-11-20', 'mdy')).toBe('11/20/2026');
    expect(formatDayAs('', 'dmy')).toBe('');
  });

  it('reads it back in the same order, with any separator', () => {
    expect(parseDayAs('20/11/2026', 'dmy')).toBe('2026-11-20');
    expect(parseDayAs('20.11.2026', 'dmy')).toBe('2026-11-20');
    expect(parseDayAs('11/20/2026', 'mdy')).toBe('2026-11-20');
    expect(parseDayAs('05-03-2027', 'dmy')).toBe('2027-03-05');
  });

  it('refuses what is not a whole real day, rather than guessing', () => {
    expect(parseDayAs('31/02/2026', 'dmy')).toBeNull();
    expect(parseDayAs('11/20/2026', 'dmy')).toBeNull();
    expect(parseDayAs('20/11/26', 'dmy')).toBeNull();
    expect(parseDayAs('20/11', 'dmy')).toBeNull();
    expect(parseDayAs('aa/11/2026', 'dmy')).toBeNull();
  });
});
