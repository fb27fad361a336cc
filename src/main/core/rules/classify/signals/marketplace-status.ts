import type { TypeSignals } from '../signal-spec';

export const marketplaceStatus: TypeSignals = {
  errorType: 'marketplace_status',
  signals: [
    { label: 'canceled', weight: 6, terms: ['@canceled'] },
    { label: 'status not integrable', weight: 6, terms: [['fora', 'fuera', 'outside', 'out of', '@passed'], '@status'], within: 4 },
    { label: 'status', weight: 2, terms: ['@status'] },
    { label: 'pending', weight: 1, terms: [['pendent*', 'pendient*', 'pending']] },
    { label: 'order not found', weight: 6, terms: ['@order', '@notFound'], within: 4 },
    { label: 'retry window over', weight: 8, terms: ['@retry', '@limit'], within: 5 },
    { label: 'seller inactive or blocked', weight: 7, terms: ['@seller', ['@inactive', '@blocked']], within: 5 },
    { label: 'blocked at the marketplace', weight: 5, terms: ['@blocked', ['@marketplace', '@item', '@product', '@sku']], within: 6 },
    // The marketplace's own order status, shown as the whole message.
    {
      label: 'unavailable at the marketplace',
      weight: 8,
      terms: [['unavailable', 'indisponivel', 'indisponible', 'no disponible', 'status unavailable']],
      whole: true
    },
    { label: 'status unavailable', weight: 6, terms: ['@status', '@unavailable'], within: 3 }
  ]
};
