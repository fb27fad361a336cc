import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../../src/main/core/rules/classify';
import { generateDemo, removeTempDirs, orderKey, type DemoFixture } from './demo-fixture';

afterAll(removeTempDirs);

interface CatalogEntry {
  errorType: string;
  messages: { text: string }[];
}

const catalog = JSON.parse(readFileSync(resolve(__dirname, '../../../resources/catalog/error-catalog.json'), 'utf8')) as {
  entries: CatalogEntry[];
};

/**
 * A catalog wording as a pattern of the messages it stands for: its placeholders ({0}, {XXX}, XXX,
 * "seller x … sales channel y") and its sample ids (digit runs) accept any value.
 */
function wordingPattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = escaped
    .replace(/\\\{\w+\\\}|XXX/g, '(.+?)')
    .replace(/\b(seller|sales channel|política comercial) [xy]\b/g, '$1 (.+?)')
    .replace(/\d+/g, '\\d+');
  return new RegExp(`^${source}$`);
}

function patternsOf(errorType: string): RegExp[] {
  return catalog.entries.filter((e) => e.errorType === errorType).flatMap((e) => e.messages.map((m) => wordingPattern(m.text)));
}

describe('demo messages', () => {
  let demo: DemoFixture;
  beforeAll(async () => {
    demo = await generateDemo();
  });

  it('reads catalog wordings as patterns', () => {
    expect(wordingPattern('There is no SLA for item {0}({1})').test('There is no SLA for item 10023(1)')).toBe(true);
    expect(
      wordingPattern('Cannot update item XXX [status:under_review]').test('Cannot update item MLB123 [status:under_review]')
    ).toBe(true);
    expect(wordingPattern('Order with SKU out of stock').test('Order with SKU out of stock!')).toBe(false);
  });

  it('gives every failed order a catalog wording of its error type, placeholders filled with real values', () => {
    const failed = demo.orders.filter((o) => o.integration.status === 'error');
    for (const order of failed) {
      const { errorType } = demo.expected[orderKey(order)];
      const message = order.integration.message ?? '';
      expect(message).not.toMatch(/\{\w+\}|XXX/);
      if (errorType === 'unclassified') continue;
      const matched = patternsOf(errorType).some((p) => p.test(message));
      expect({ order: orderKey(order), errorType, message, matched }).toMatchObject({ matched: true });
    }
  });

  it('fills placeholders with ids from the order itself', () => {
    for (const order of demo.orders) {
      const message = order.integration.message ?? '';
      const item = /^There is no SLA for item (\d+)\(/.exec(message) ?? /^The item (\d+) has no inventory$/.exec(message);
      if (item) expect(order.items.map((i) => i.id)).toContain(item[1]);
      const duplicate = /marketplace order id (\S+) for affiliate (\w+)/.exec(message);
      if (duplicate) expect([duplicate[1], duplicate[2]]).toEqual([order.marketplaceOrderId, order.affiliateId]);
    }
  });

  it('writes Spanish only where the connector does (Mercado Livre, Dafiti)', () => {
    const spanish = /\b(pedido no importado|no fue posible|no es posible|el campo|el precio)\b/i;
    const inSpanish = demo.orders.filter((o) => spanish.test(o.integration.message ?? ''));
    expect(inSpanish.length).toBeGreaterThan(0);
    for (const order of inSpanish) expect(['MLB', 'DFT']).toContain(order.affiliateId);
  });

  it('says what the planted error type says, as the desk classifies it', () => {
    for (const order of demo.orders.filter((o) => o.integration.status === 'error')) {
      const { errorType } = demo.expected[orderKey(order)];
      const reading = classify(order.integration.message ?? '', { storefront: order.connectorName === 'Loja' });
      expect({ key: orderKey(order), type: reading.errorType }).toEqual({ key: orderKey(order), type: errorType });
    }
  });
});
