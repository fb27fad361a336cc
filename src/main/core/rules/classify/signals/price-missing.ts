import type { TypeSignals } from '../signal-spec';

export const priceMissing: TypeSignals = {
  errorType: 'price_missing',
  signals: [
    { label: 'no price', weight: 8, terms: ['@not', '@price'], within: 3, ordered: true },
    {
      label: 'price not registered',
      weight: 7,
      terms: ['@price', ['@notRegistered', '@missing', '@notFound', '@nonexistent']],
      within: 4
    },
    { label: 'price expired', weight: 7, terms: ['@price', '@expired'], within: 4 },
    {
      label: 'current price',
      weight: 4,
      terms: [['preco vigente', 'precio vigente', 'preco valido', 'precio valido', 'valid price', 'current price']]
    },
    // Checkout's withoutPrice message; the same words also report stock, so it stays a weak reading.
    { label: 'item is unavailable (checkout price code)', weight: 6, terms: ['item ? is unavailable'] },
    {
      label: 'price zero or negative',
      weight: 7,
      terms: [
        '@price',
        ['zero', 'zerad*', 'negativ*', 'nul*', 'greater than 0', 'greater than zero', 'maior que zero', 'mayor que cero', '0']
      ],
      within: 8
    },
    {
      label: 'sale value zero',
      weight: 6,
      terms: [
        ['valor de venda', 'sale price', 'selling price', 'precio de venta'],
        ['zero', '0', 'greater than']
      ],
      within: 16
    },
    {
      label: 'not in the price list',
      weight: 7,
      terms: [['price list', 'lista de preco*', 'lista de precio*', 'tabela de preco*']]
    },
    {
      label: 'price registered',
      weight: 5,
      terms: ['@price', ['cadastrad*', 'registrad*', 'registered', 'configured', 'configurad*', 'vencio', 'venceu', 'correct']],
      within: 4
    },
    {
      label: 'could not obtain the price',
      weight: 7,
      terms: [['obtain', 'obter', 'obtener', 'get', 'find', 'localizad*', 'encontrad*'], '@price'],
      within: 5
    },
    { label: 'invalid price', weight: 5, terms: ['@invalid', '@price'], within: 3, ordered: true }
  ]
};
