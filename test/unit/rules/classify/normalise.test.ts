import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../src/main/core/rules/classify/normalise';

function texts(message: string): string[] {
  return tokenise(message).map((token) => token.text);
}

describe('tokenise', () => {
  it('lower-cases, strips accents and treats punctuation and runs of spaces as separators', () => {
    expect(texts('  Não  há ESTOQUE!!  (política)… ')).toEqual(['nao', 'ha', 'estoque', 'politica']);
    expect(texts('Ação, coleção; niño — VTEX’s')).toEqual(['acao', 'colecao', 'nino', 'vtex', 's']);
    expect(texts('')).toEqual([]);
  });

  it('merges a run of ids, timestamps and placeholders into one id token', () => {
    expect(tokenise('2026-11-20 14:03:11 [v1234567-01] Order {0}({1}) failed')).toEqual([
      { text: '2026 11 20 14 03 11 v1234567 01', isId: true },
      { text: 'order', isId: false },
      { text: '0 1', isId: true },
      { text: 'failed', isId: false }
    ]);
  });

  it('splits camelCase identifiers but not plurals of acronyms or odd casing', () => {
    expect(texts('SetStatusToShipped withoutPrice AWSAccountId ProductId')).toEqual([
      'set',
      'status',
      'to',
      'shipped',
      'without',
      'price',
      'aws',
      'account',
      'id',
      'product',
      'id'
    ]);
    expect(texts('SKUs NFe InAtIvO sKu')).toEqual(['skus', 'nfe', 'inativo', 'sku']);
  });
});
