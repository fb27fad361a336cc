import type { TypeSignals } from '../signal-spec';

export const marketplaceStatus: TypeSignals = {
  errorType: 'marketplace_status',
  signals: [
    { label: 'canceled', weight: 6, terms: ['@canceled'] },
    {
      label: 'status not integrable',
      weight: 6,
      terms: [['fora', 'fuera', 'outside', 'out of', '@passed'], '@status'],
      within: 4
    },
    { label: 'status', weight: 2, terms: ['@status'] },
    { label: 'pending', weight: 1, terms: [['pendent*', 'pendient*', 'pending']] },
    { label: 'order not found', weight: 6, terms: ['@order', '@notFound'], within: 6 },
    { label: 'retry window over', weight: 8, terms: ['@retry', '@limit'], within: 5 },
    { label: 'seller inactive or blocked', weight: 7, terms: ['@seller', ['@inactive', '@blocked']], within: 5 },
    {
      label: 'blocked at the marketplace',
      weight: 5,
      terms: ['@blocked', ['@marketplace', '@item', '@product', '@sku']],
      within: 6
    },
    // The marketplace's own order status, shown as the whole message.
    {
      label: 'unavailable at the marketplace',
      weight: 8,
      terms: [['unavailable', 'indisponivel', 'indisponible', 'no disponible', 'status unavailable']],
      whole: true
    },
    { label: 'status unavailable', weight: 6, terms: ['@status', '@unavailable'], within: 3 },
    {
      label: 'status transition',
      weight: 7,
      terms: [
        ['transition', 'transicao', 'transicion'],
        ['@invalid', '@canceled', 'not allowed']
      ],
      within: 5
    },
    {
      label: 'awaiting authorization to dispatch',
      weight: 7,
      terms: [['authorization to dispatch', 'autorizacao para despachar', 'autorizacion para despachar']]
    },
    {
      label: 'order cannot be found',
      weight: 6,
      terms: [
        '@order',
        [
          'cannot be found',
          'not be found',
          'puedo no ser encontrado',
          'no puede ser encontrad*',
          'unable to find',
          'nao pode ser encontrad*'
        ]
      ],
      within: 6
    },
    {
      label: 'unable to find the order',
      weight: 6,
      terms: [['unable to find', 'could not find', 'cannot find', 'can not find'], '@order'],
      within: 6,
      ordered: true
    },
    {
      label: 'order status required',
      weight: 6,
      terms: ['@order', '@status', ['should be', 'must be', 'deve estar', 'debe estar', 'makes it']],
      within: 10
    },
    { label: 'order too old', weight: 7, terms: [['older than', 'mais antigo', 'mas antiguo', 'too old']] },
    { label: 'status divergence', weight: 6, terms: [['@differ'], '@status'], within: 4 },
    { label: 'ready for handling', weight: 5, terms: [['ready for handling', 'invoiced status', 'window to cancel']] },
    {
      label: 'order transaction does not exist',
      weight: 6,
      terms: [['@order', 'transaction*', 'transacc*'], '@nonexistent'],
      within: 5
    }
  ]
};
