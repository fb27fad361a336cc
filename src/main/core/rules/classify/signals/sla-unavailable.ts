import type { TypeSignals } from '../signal-spec';

export const slaUnavailable: TypeSignals = {
  errorType: 'sla_unavailable',
  signals: [
    { label: 'SLA', weight: 7, terms: ['@sla'] },
    { label: 'cannot be delivered', weight: 4, terms: ['@cannot', '@deliver'], within: 4, ordered: true },
    {
      label: 'delivery not available',
      weight: 5,
      terms: [
        ['@deliver', '@shipping', '@carrier'],
        ['@unavailable', 'not availab*', 'nao disponiv*', 'nao esta disponiv*', 'no disponib*', 'no esta disponib*']
      ],
      within: 4
    },
    // B2W lists "O item não está mais disponível" under SLA errors: "no longer" is the SLA reading.
    {
      label: 'no longer available',
      weight: 7,
      terms: [['mais disponiv*', 'longer availab*', 'ya no esta disponib*', 'ya no estan disponib*']]
    },
    { label: 'postal code not served', weight: 4, terms: ['@postalCode', ['@cover', '@deliver']], within: 6 },
    { label: 'area not covered', weight: 3, terms: ['@not', '@cover'], within: 3, ordered: true },
    { label: 'no shipping option', weight: 3, terms: ['@not', ['@shipping', '@carrier']], within: 3, ordered: true },
    {
      label: 'no freight quote',
      weight: 7,
      terms: [
        [
          'cotacao do frete',
          'cotacao de frete',
          'preco e prazo',
          'previsao',
          'shipping quote',
          'cotizacion',
          'network coverage',
          'freight quote'
        ]
      ]
    }
  ]
};
