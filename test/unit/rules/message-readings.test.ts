import { describe, expect, it } from 'vitest';
import { classifyOrder } from '../../../src/main/core/rules/classify-order';
import { readingOf, readMessages, rememberingReader } from '../../../src/main/core/rules/message-readings';

const marketplace = { connectorName: 'Mercado Livre', integrationMessage: 'The item 1003 has no inventory' };
const storefront = { connectorName: 'loja', integrationMessage: 'The item 1003 has no inventory' };

describe("a whole run's readings of its failed orders' wordings", () => {
  it('reads one message apart in a storefront order and in a marketplace order, as classifyOrder does', () => {
    const readings = readMessages([marketplace, storefront, { ...marketplace }]);
    expect([...readings.values()].reduce((count, byMessage) => count + byMessage.size, 0)).toBe(2);
    expect(readingOf(marketplace, readings).errorType).toBe('out_of_stock');
    expect(readingOf(storefront, readings).errorType).toBe('store_order_not_created');
    expect(readingOf(storefront, readings)).toEqual(classifyOrder(storefront));
  });

  it('takes a missing message or connector as an empty one, as classifyOrder does', () => {
    const readings = readMessages([{ connectorName: null, integrationMessage: null }]);
    expect(readings.get('')?.get('')).toBeDefined();
    expect(readingOf({ connectorName: '', integrationMessage: '' }, readings)).toBe(readings.get('')?.get(''));
    expect(readingOf({ connectorName: '', integrationMessage: '' }, readings)).toEqual(
      classifyOrder({ connectorName: null, integrationMessage: null })
    );
  });

  it('classifies a wording the readings do not hold, or every wording when there are none', () => {
    const readings = readMessages([marketplace]);
    expect(readingOf(storefront, readings)).toEqual(classifyOrder(storefront));
    expect(readingOf(storefront, null)).toEqual(classifyOrder(storefront));
  });
});

describe("a run thread's remembering reader", () => {
  it('classifies a wording once and then answers the same reading, storefront and marketplace apart', () => {
    const readingOf = rememberingReader(null, 10);
    const first = readingOf(marketplace);
    expect(first).toEqual(classifyOrder(marketplace));
    expect(readingOf({ ...marketplace })).toBe(first);
    expect(readingOf(storefront)).toEqual(classifyOrder(storefront));
    expect(readingOf(storefront).errorType).toBe('store_order_not_created');
  });

  it('starts from the readings handed to it and remembers no more than its limit', () => {
    const handed = readMessages([marketplace]);
    const readingOf = rememberingReader(handed, 2);
    expect(readingOf(marketplace)).toBe(handed.get('Mercado Livre')?.get(marketplace.integrationMessage));
    const other = { connectorName: 'Mercado Livre', integrationMessage: 'Invalid postal code 01001-000' };
    expect(readingOf(storefront)).toEqual(classifyOrder(storefront));
    // The limit is reached: a further wording is classified, not held.
    expect(readingOf(other)).toEqual(classifyOrder(other));
    expect([...handed.values()].reduce((count, byMessage) => count + byMessage.size, 0)).toBe(2);
  });
});
