import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney } from '../../../../src/renderer/src/i18n';
import { changeWords } from '../../../../src/renderer/src/i18n/domain/change-words';

const format = (locale: 'en' | 'pt-BR' | 'es') => ({
  money: (cents: number) => formatMoney(locale, cents),
  number: (n: number) => String(n),
  date: (iso: string) => formatDateTime(locale, iso, 'UTC')
});
const names = {
  skuName: (id: string) => (id === '10088' ? 'Tênis Corrida' : null),
  tradePolicyName: (id: string) => (id === '1' ? 'Principal' : null),
  warehouseName: () => 'CD São Paulo'
};

describe('a changed record in the Admin’s words', () => {
  it('names a fixed price’s end by its trade policy and writes the instants per locale, with their zone', () => {
    const words = changeWords(
      {
        entity: 'price',
        entityId: '10088',
        field: 'fixedPrice[1].dateTo',
        before: '2026-03-15T23:59:59.000Z',
        after: '2027-03-15T23:59:59.000Z'
      },
      'pt-BR',
      names,
      format('pt-BR')
    );
    expect(words).toEqual({
      object: 'Preço do SKU 10088 Tênis Corrida',
      field: 'Preço fixo válido até, política comercial 1 (Principal)',
      before: '15 de mar. de 2026, 23:59 UTC',
      after: '15 de mar. de 2027, 23:59 UTC'
    });
  });

  it('writes a new fixed price as money with its validity, and nothing set before as "not set"', () => {
    const words = changeWords(
      {
        entity: 'price',
        entityId: '10088',
        field: 'fixedPrice[1]',
        before: null,
        after: { valueCents: 19790, dateFrom: null, dateTo: null }
      },
      'en',
      names,
      format('en')
    );
    expect(words.before).toBe('not set');
    expect(words.after).toBe('R$197.90 · no end date');
  });

  it('says stock, status, trade policies and a store-wide divergence rule in words', () => {
    expect(
      changeWords(
        { entity: 'inventory', entityId: '10088/wh1', field: 'totalQuantity', before: 0, after: 3 },
        'en',
        names,
        format('en')
      )
    ).toEqual({
      object: 'SKU 10088 Tênis Corrida at CD São Paulo',
      field: 'Quantity in stock',
      before: '0',
      after: '3'
    });
    expect(
      changeWords({ entity: 'sku', entityId: '10088', field: 'isActive', before: false, after: true }, 'es', names, format('es'))
        .after
    ).toBe('activo');
    expect(
      changeWords({ entity: 'sku', entityId: '1', field: 'tradePolicyIds', before: [], after: ['1'] }, 'en', names, format('en'))
        .before
    ).toBe('none');
    const rule = changeWords(
      { entity: 'price_divergence_rule', entityId: '7.3-7.4', field: 'action', before: null, after: 'authorize' },
      'en',
      names,
      format('en')
    );
    expect(rule.object).toBe('Price Divergence rule 7.3–7.4% (all marketplaces)');
    expect(rule.after).toBe('authorize automatically');
  });

  it('never leaves a field path, a JSON blob or an ISO date in any language', () => {
    for (const locale of ['en', 'pt-BR', 'es'] as const) {
      const words = changeWords(
        {
          entity: 'price',
          entityId: '10088',
          field: 'fixedPrice[1]',
          before: [{ valueCents: 100, dateFrom: '2026-01-01T00:00:00.000Z', dateTo: '2026-02-01T00:00:00.000Z' }],
          after: { valueCents: 200, dateFrom: null, dateTo: '2027-01-01T00:00:00.000Z' }
        },
        locale,
        names,
        format(locale)
      );
      expect(Object.values(words).join(' ')).not.toMatch(/fixedPrice|\{|"|\d{4}-\d\d-\d\dT|Cents/);
    }
  });
});
