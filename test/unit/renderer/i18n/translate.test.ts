import { describe, expect, it } from 'vitest';
import { translate } from '../../../../src/renderer/src/i18n';
import { en } from '../../../../src/renderer/src/i18n/en';
import { es } from '../../../../src/renderer/src/i18n/es';
import { pt } from '../../../../src/renderer/src/i18n/pt';

describe('translate', () => {
  it('says one order, never "1 orders", in every language', () => {
    expect(translate('en', 'queue.count', { n: 1 })).toBe('1 order');
    expect(translate('pt-BR', 'queue.count', { n: 1 })).toBe('1 pedido');
    expect(translate('es', 'order.attempts', { n: 1 })).toBe('1 intento');
    expect(translate('pt-BR', 'groups.atStake', { n: 1, value: 'R$ 10,00' })).toBe('1 pedido · R$ 10,00 em risco');
  });

  it('uses the other form for zero and many, with the locale’s digit grouping', () => {
    expect(translate('en', 'queue.count', { n: 0 })).toBe('0 orders');
    expect(translate('pt-BR', 'queue.count', { n: 0 })).toBe('0 pedidos');
    expect(translate('en', 'queue.count', { n: 1234567 })).toBe('1,234,567 orders');
    expect(translate('pt-BR', 'audit.count', { n: 1234 })).toBe('1.234 registros');
  });

  it('keeps single-form messages and text values as they are', () => {
    expect(translate('en', 'simulation.availableQty', { n: 1 })).toBe('1 available');
    expect(translate('en', 'groups.wouldSucceed', { ok: '2', total: '3' })).toBe(
      '2 of 3 orders would integrate if reprocessed now.'
    );
  });

  it('writes every two-form message as exactly one form for one and one for the rest, both naming {n}', () => {
    for (const dictionary of [en, pt, es]) {
      for (const [key, message] of Object.entries(dictionary)) {
        if (!message.includes('|')) continue;
        const forms = message.split('|');
        expect(forms, key).toHaveLength(2);
        for (const form of forms) expect(form, key).toContain('{n}');
      }
    }
  });
});
