import { describe, expect, it } from 'vitest';
import { classify, createClassifier } from '../../../../src/main/core/rules/classify';
import type { ErrorType } from '../../../../src/shared/domain/error-types';

const UNRELATED = [
  '',
  '   ',
  'Hello world',
  'Pedido entregue com sucesso',
  'Pedido faturado e enviado',
  'Order 123 invoiced',
  '1234567890',
  '2026-11-20 14:03:11 [v1234567-01]',
  'Lorem ipsum dolor sit amet',
  'Política comercial 2',
  'status: approved'
];

/** Messages that mention another type's words; the decisive phrase must win. */
const NEAR_MISSES: ReadonlyArray<readonly [string, ErrorType]> = [
  ['Divergência de preço no pedido 123: o estoque foi reservado corretamente', 'price_divergence'],
  ['Payment total (10.00) differs from store desired value (12.00)', 'price_divergence'],
  ['SKU sem preço, estoque OK', 'price_missing'],
  ['SKU 1003 sem preço na política comercial 1', 'price_missing'],
  ['Estoque não atualizado: token de acesso expirado', 'connector_account'],
  ['Token expirado ao atualizar o preço do SKU 10', 'connector_account'],
  ['Estoque não atualizado pois o anúncio está pausado', 'listing_locked'],
  ['Tempo esgotado ao consultar o estoque', 'platform_error'],
  ['Produto 1003 esgotado', 'out_of_stock'],
  ['Tempo de limite para retry alcançado', 'marketplace_status'],
  ['Seller 12 is inactive', 'marketplace_status'],
  ['SKU 12 is inactive', 'sku_unavailable'],
  ['User 12 not active', 'connector_account'],
  ['A communication error with event system has occurred', 'platform_error'],
  ['A communication error with Catalog System has occurred', 'catalog_access_denied'],
  ['Valor de variação inválido', 'listing_rejected'],
  ['Item 1003 não pertence ao canal de vendas 2', 'sku_unavailable'],
  ['O SKU 1003 não pertence a uma loja VTEX', 'unknown_sku'],
  ['Cannot reserve items without shipping data', 'shipping_data_invalid'],
  ['The minimum quantity of 3 items in the order has not been reached', 'invalid_cart'],
  ['Pedido já está cancelado e não pode ser recriado', 'marketplace_status'],
  ['Order 77 already exists', 'duplicate_order']
];

describe('classify: what it must not name', () => {
  it.each(UNRELATED)('leaves "%s" unclassified, with no confidence and no evidence', (text) => {
    expect(classify(text)).toEqual({ errorType: 'unclassified', confidence: 0, matched: [] });
  });

  it.each(NEAR_MISSES)('reads "%s" as %s', (text, errorType) => {
    expect(classify(text).errorType).toBe(errorType);
  });
});

describe('classify: the result', () => {
  it('lists the evidence of the winning type in the order it occurs in the message', () => {
    expect(classify('Fora da política comercial 3: o SKU 55 está inativo').matched).toEqual([
      'outside the trade policy',
      'trade policy',
      'SKU and trade policy',
      'SKU inactive',
      'inactive'
    ]);
  });

  it('is more confident when more evidence concurs and no other type competes', () => {
    const lone = classify('SKU 55 inativo').confidence;
    const concurring = classify('Order with SKU inactive or out of sales channel').confidence;
    const contested = classify('Item 1003 is unavailable').confidence;
    expect(concurring).toBeGreaterThan(lone);
    expect(lone).toBeGreaterThan(contested);
    expect(concurring).toBeLessThanOrEqual(1);
  });

  it('gives the same answer from its memo, whose readings no caller can change', () => {
    const first = classify('Pedido duplicado');
    expect(() => (first.matched as string[]).push('tampered')).toThrow(TypeError);
    expect(() => Object.assign(first, { errorType: 'unclassified' })).toThrow(TypeError);
    expect(classify('Pedido duplicado')).toEqual({
      errorType: 'duplicate_order',
      confidence: first.confidence,
      matched: ['duplicated']
    });
  });

  it('keeps the storefront reading apart from the marketplace one in its memo', () => {
    const classifier = createClassifier();
    expect(classifier('The item 5 has no inventory', { storefront: true }).errorType).toBe('store_order_not_created');
    expect(classifier('The item 5 has no inventory').errorType).toBe('out_of_stock');
  });

  it('shares a memo entry between messages that differ only in long ids, but not in short codes', () => {
    const classifier = createClassifier();
    expect(classifier('HTTP 5030').errorType).toBe('unclassified');
    expect(classifier('HTTP 503').errorType).toBe('platform_error');
    expect(classifier('Item 1003 is not available')).toEqual(classifier('Item 2001 is not available'));
  });

  it('answers the same with a tiny memo that keeps evicting, or none', () => {
    const messages = [
      'SKU 55 inativo',
      'Pedido duplicado',
      'Hello world',
      'SKU 55 inativo',
      'Token expirado',
      'Pedido duplicado'
    ];
    for (const classifier of [createClassifier({ cacheSize: 1 }), createClassifier({ cacheSize: 0 })]) {
      expect(messages.map((message) => classifier(message))).toEqual(messages.map((message) => classify(message)));
    }
  });
});
