import type { TypeSignals } from '../signal-spec';

const REFUSED = ['@unauthorized', '@denied'];

export const catalogAccessDenied: TypeSignals = {
  errorType: 'catalog_access_denied',
  signals: [
    { label: 'catalog', weight: 2, terms: ['@catalog'] },
    { label: 'communication error with the catalog', weight: 9, terms: ['@catalog', '@communication'] },
    { label: 'unauthorized access to the catalog', weight: 6, terms: [REFUSED, ['@catalog', '@tradePolicy']] },
    {
      label: 'seller not bound to the trade policy',
      weight: 6,
      terms: ['@seller', ['@not', ...REFUSED], '@tradePolicy'],
      within: 8,
      ordered: true
    }
  ]
};
