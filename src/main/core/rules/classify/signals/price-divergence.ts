import type { TypeSignals } from '../signal-spec';

export const priceDivergence: TypeSignals = {
  errorType: 'price_divergence',
  signals: [
    { label: 'price differs', weight: 7, terms: ['@amount', '@differ'], within: 6 },
    { label: 'divergence', weight: 3, terms: [['divergen*', 'discrepan*']] },
    { label: 'waiting for manual authorization', weight: 8, terms: ['waiting for manual authoriz*'] },
    { label: 'manual authorization', weight: 6, terms: ['@manual', '@approval'], within: 3 },
    {
      label: 'value the store expects',
      weight: 3,
      terms: [
        [
          'desired value*',
          'desired price*',
          'expected value*',
          'expected price*',
          'valor determinado',
          'valor esperado',
          'preco esperado',
          'precio esperado',
          'pretendido pela loja',
          'pretendido por la tienda',
          'store desired'
        ]
      ]
    },
    {
      label: 'value has changed',
      weight: 6,
      terms: [['@amount'], ['changed', 'has changed', 'mudou', 'alterad*', 'cambio', 'cambiado']],
      within: 4
    }
  ]
};
