import type { TypeSignals } from '../signal-spec';

const INTEGER = ['integer*', 'inteiro*', 'entero*', 'numeric*', 'numerico*'];

export const unknownSku: TypeSignals = {
  errorType: 'unknown_sku',
  signals: [
    { label: 'SKU id is not an integer', weight: 7, terms: [['@sku', 'id'], '@not', INTEGER], within: 8, ordered: true },
    { label: 'not an integer', weight: 3, terms: ['@not', INTEGER], within: 3, ordered: true },
    { label: 'does not belong to the store', weight: 5, terms: ['@not', '@belong'], within: 3, ordered: true },
    { label: 'SKU does not exist', weight: 6, terms: [['@sku', '@product'], '@nonexistent'], within: 5 },
    { label: 'SKU not found', weight: 6, terms: ['@sku', '@notFound'], within: 7 },
    { label: 'item not found', weight: 2, terms: [['@item', '@product'], '@notFound'], within: 4 },
    { label: 'invalid SKU', weight: 5, terms: ['@sku', '@invalid'], within: 4 },
    { label: 'product created manually', weight: 7, terms: ['@create', '@manual'], within: 3 },
    {
      label: 'SKU does not exist for the seller',
      weight: 4,
      terms: [
        ['msku', 'seller sku', 'sellersku'],
        ['@invalid', '@nonexistent', '@notFound']
      ],
      within: 6
    },
    {
      label: 'invalid or missing item id',
      weight: 8,
      terms: [
        ['item id', 'itemid', 'id for item', 'id for product', 'id do item', 'id del item', 'id format'],
        ['@invalid', '@required', '@missing']
      ],
      within: 6
    },
    { label: 'SKU not given', weight: 5, terms: ['@sku', '@missing'], within: 3 },
    {
      label: 'SKU does not match',
      weight: 6,
      terms: ['@sku', ['do not match', 'does not match', 'nao correspond*', 'no correspond*']],
      within: 4
    },
    { label: 'product not found', weight: 6, terms: ['@product', '@notFound'], within: 7 },
    {
      label: 'item not mapped to a product',
      weight: 6,
      terms: ['@item', ['not mapped', 'nao mapead*', 'no mapead*']],
      within: 4
    },
    { label: 'id format', weight: 4, terms: [['id format', 'formato de id', 'formato do id']] }
  ]
};
