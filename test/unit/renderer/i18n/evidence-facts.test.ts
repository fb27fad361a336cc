import { describe, expect, it } from 'vitest';
import { evidenceFacts } from '../../../../src/renderer/src/i18n/domain/evidence-facts';
import { evidenceLabelKeys } from '../../../../src/renderer/src/i18n/domain/evidence-labels';

const format = {
  money: (c: number) => `R$ ${(c / 100).toFixed(2)}`,
  number: (n: number) => String(n),
  date: (iso: string) => iso.slice(0, 10)
};

describe('evidenceFacts', () => {
  it('labels fields in the agent’s language and formats money, dates, lists and yes/no', () => {
    const facts = evidenceFacts(
      {
        productId: '1016',
        skuTradePolicyIds: ['1', '2'],
        minimumCents: 5000,
        asOf: '2026-11-20T15:00:00.000Z',
        sellOutOfStock: false
      },
      '',
      'pt-BR',
      format
    );
    expect(facts.map((fact) => [fact.label, fact.value])).toEqual([
      ['Produto', '1016'],
      ['Políticas comerciais do SKU', '1, 2'],
      ['Mínimo', 'R$ 50.00'],
      ['Em', '2026-11-20'],
      ['Vende sem estoque', 'não']
    ]);
    expect(facts.find((fact) => fact.key === 'skuTradePolicyIds')?.mono).toBe(true);
    expect(facts.find((fact) => fact.key === 'minimumCents')?.mono).toBe(false);
  });

  it('leaves out empty fields and what the verdict already says, raw or formatted', () => {
    const facts = evidenceFacts(
      { skuId: '10064', actualCents: 3000, attributes: [], courier: null },
      'SKU 10064: the cart is R$ 30.00',
      'en',
      format
    );
    expect(facts).toEqual([]);
  });

  it('names the same fields in every language', () => {
    const en = evidenceLabelKeys('en').sort();
    expect(evidenceLabelKeys('pt-BR').sort()).toEqual(en);
    expect(evidenceLabelKeys('es').sort()).toEqual(en);
  });
});
