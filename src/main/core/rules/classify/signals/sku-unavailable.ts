import type { TypeSignals } from '../signal-spec';

const THE_ITEM = ['@sku', '@product', '@item'];
// Only words that put the SKU itself outside: "no price for trade policy 1" is not one of them.
const OUTSIDE = ['fora', 'fuera', 'outside', 'out of', 'sem', 'sin', 'without'];
const NOT_LINKED = [
  'not in',
  'nao esta na',
  'no esta en',
  'not associat*',
  'not linked',
  'nao associad*',
  'nao vinculad*',
  'no asociad*',
  'no vinculad*'
];

export const skuUnavailable: TypeSignals = {
  errorType: 'sku_unavailable',
  signals: [
    { label: 'SKU inactive', weight: 6, terms: [THE_ITEM, '@inactive'], within: 6 },
    { label: 'inactive', weight: 2, terms: ['@inactive'] },
    { label: 'trade policy', weight: 2, terms: ['@tradePolicy'] },
    { label: 'outside the trade policy', weight: 3, terms: [OUTSIDE, '@tradePolicy'], within: 4, ordered: true },
    { label: 'not linked to the trade policy', weight: 3, terms: [NOT_LINKED, '@tradePolicy'], within: 5, ordered: true },
    // Outweighs unknown_sku's "does not belong to the store" when what it does not belong to is a policy.
    {
      label: 'does not belong to the trade policy',
      weight: 4,
      terms: ['@not', '@belong', '@tradePolicy'],
      within: 7,
      ordered: true
    },
    { label: 'SKU and trade policy', weight: 2, terms: [THE_ITEM, '@tradePolicy'], within: 8 },
    { label: 'collection', weight: 3, terms: [['colec*', 'collection*']] },
    // VTEX's "Oops, we couldn’t obtain the information of SKU {id}. Please check if the items below are
    // configured correctly": the SKU could not be read for the order, not a passing fault ("oops").
    {
      label: 'could not obtain the SKU',
      weight: 7,
      terms: [['obtain', 'obter', 'obtener'], ['information', 'informacao', 'informacoes', 'informacion'], '@sku'],
      within: 5,
      ordered: true
    },
    {
      label: 'activate the product',
      weight: 6,
      terms: [['activate', 'active the', 'ative o', 'active el', 'ativar', 'activar'], '@product'],
      within: 3
    }
  ]
};
