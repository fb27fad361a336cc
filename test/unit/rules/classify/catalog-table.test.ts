import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, type ClassifyContext } from '../../../../src/main/core/rules/classify';
import { ERROR_TYPES, isErrorType, type ErrorType } from '../../../../src/shared/domain/error-types';

interface CatalogMessage {
  text: string;
  lang: string;
}

interface CatalogEntry {
  id: string;
  errorType: string;
  area: string;
  messages: CatalogMessage[];
}

const catalog = JSON.parse(
  readFileSync(new URL('../../../../resources/catalog/error-catalog.json', import.meta.url), 'utf8')
) as {
  entries: CatalogEntry[];
};

/**
 * Entries whose wording is shared with another error type, and the context that tells them apart.
 * "The item {0} has no inventory" is listed for marketplace orders (out_of_stock, no context) and
 * for the store's own checkout (store_order_not_created): only where it was seen decides.
 */
const CONTEXT_BY_ENTRY: Readonly<Record<string, ClassifyContext>> = {
  store_order_not_created_no_stock: { storefront: true }
};

/**
 * Entries decided by wording alone although VTEX reuses the words: "Item {0} is unavailable" is
 * checkout's withoutPrice text (price_missing) but also reports stock, so it reads as price_missing
 * with a low confidence, and any stock word tips it over (see the test below).
 */
const AMBIGUOUS_WORDING = new Set(['sku_price_missing_or_invalid']);

/** Two realisations of the placeholders: numeric ids, and the alphanumeric ids real logs carry. */
const REALISATIONS: ReadonlyArray<ReadonlyArray<readonly [RegExp, string]>> = [
  [
    [/\{0\}/g, '1003'],
    [/\{1\}/g, '2001'],
    [/\{XXX\}/g, '7720'],
    [/\bXXX\b/g, '55'],
    [/\bseller x\b/g, 'seller AMZ'],
    [/ y$/, ' 3']
  ],
  [
    [/\{0\}/g, 'v502538llmk-01'],
    [/\{1\}/g, '1334550512345-01'],
    [/\{XXX\}/g, 'MLB-99812'],
    [/\bXXX\b/g, 'Masculino'],
    [/\bseller x\b/g, 'seller loja-azul'],
    [/ y$/, ' 12']
  ]
];

function realise(text: string, rules: ReadonlyArray<readonly [RegExp, string]>): string {
  return rules.reduce((current, [pattern, value]) => current.replace(pattern, value), text);
}

const rows = catalog.entries.flatMap((entry) =>
  entry.messages.map((message) => ({
    entry: entry.id,
    errorType: entry.errorType,
    text: message.text,
    context: CONTEXT_BY_ENTRY[entry.id] ?? {}
  }))
);

describe('classify: every message of the catalog', () => {
  it('reads a catalog with every error type and every entry known', () => {
    expect(rows.length).toBeGreaterThanOrEqual(117);
    expect(catalog.entries.every((entry) => isErrorType(entry.errorType))).toBe(true);
    const covered = new Set(rows.map((row) => row.errorType));
    expect(ERROR_TYPES.filter((type) => type !== 'unclassified' && !covered.has(type))).toEqual([]);
    for (const id of [...Object.keys(CONTEXT_BY_ENTRY), ...AMBIGUOUS_WORDING])
      expect(catalog.entries.some((entry) => entry.id === id)).toBe(true);
  });

  it.each(rows)('$entry: "$text"', ({ errorType, text, context }) => {
    const texts = [text, ...REALISATIONS.map((rules) => realise(text, rules))];
    for (const variant of texts) {
      const result = classify(variant, context);
      expect({ variant, errorType: result.errorType }).toEqual({ variant, errorType: errorType as ErrorType });
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(result.matched.length).toBeGreaterThan(0);
    }
  });
});

describe('classify: catalog wordings that depend on context or are shared', () => {
  it('reads "has no inventory" as a marketplace stock error without context and a storefront failure with it', () => {
    expect(classify('The item 1003 has no inventory').errorType).toBe('out_of_stock');
    expect(classify('The item 1003 has no inventory', { storefront: false }).errorType).toBe('out_of_stock');
    expect(classify('The item 1003 has no inventory', { storefront: true }).errorType).toBe('store_order_not_created');
  });

  it('reads the bare "Item {0} is unavailable" as price_missing, with less confidence than a clear price message', () => {
    const bare = classify('Item 1003 is unavailable');
    expect(bare.errorType).toBe('price_missing');
    expect(bare.confidence).toBeLessThan(classify('Item 1003 has no price for trade policy 1').confidence);
  });

  it('lets a stock word tip "is unavailable" over to out_of_stock, and keeps the other availability wordings as stock', () => {
    expect(classify('Item 1003 is unavailable: no stock in warehouse 1_1').errorType).toBe('out_of_stock');
    expect(classify('Item 1003 is not available').errorType).toBe('out_of_stock');
    expect(classify('Item 1003 not found or unavailable').errorType).toBe('out_of_stock');
  });

  it('reads B2W\'s "no longer available" as an SLA error but "items are not available" as stock', () => {
    expect(classify('O item não está mais disponível').errorType).toBe('sla_unavailable');
    expect(classify('Não foi possível integrar o pedido, pois um ou mais itens não estão disponíveis').errorType).toBe(
      'out_of_stock'
    );
  });

  it('reads a bare "Unavailable" as the marketplace status and "unavailable" in a sentence as stock', () => {
    expect(classify('Unavailable').errorType).toBe('marketplace_status');
    expect(classify('Purchase cannot be done with unavailable items').errorType).toBe('out_of_stock');
  });
});
