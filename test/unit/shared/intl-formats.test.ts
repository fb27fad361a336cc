import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../src/shared/intl-formats';

describe('Intl formatters kept per locale and options', () => {
  it('hands out one formatter for the same locale and options, and another for other ones', () => {
    expect(numberFormat('pt-BR')).toBe(numberFormat('pt-BR'));
    expect(numberFormat('pt-BR', { style: 'percent' })).toBe(numberFormat('pt-BR', { style: 'percent' }));
    expect(numberFormat('pt-BR', { style: 'percent' })).not.toBe(numberFormat('pt-BR'));
    expect(numberFormat('en')).not.toBe(numberFormat('pt-BR'));
    const utc = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('es', utc)).toBe(dateTimeFormat('es', { ...utc }));
    expect(dateTimeFormat('es', utc)).not.toBe(dateTimeFormat('es', { dateStyle: 'medium', timeZone: 'America/Sao_Paulo' }));
  });

  it('formats as a formatter built for the call would', () => {
    expect(numberFormat('pt-BR').format(1234567)).toBe(new Intl.NumberFormat('pt-BR').format(1234567));
    expect(numberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(0.62)).toBe('62%');
    const instant = new Date('2026-11-20T14:00:00Z');
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Sao_Paulo' } as const;
    expect(dateTimeFormat('pt-BR', options).format(instant)).toBe(new Intl.DateTimeFormat('pt-BR', options).format(instant));
  });
});
