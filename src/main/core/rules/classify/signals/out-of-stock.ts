import type { TypeSignals } from '../signal-spec';

export const outOfStock: TypeSignals = {
  errorType: 'out_of_stock',
  signals: [
    { label: 'stock', weight: 3, terms: ['@stock'] },
    { label: 'no stock', weight: 3, terms: ['@not', '@stock'], within: 3, ordered: true },
    { label: 'out of stock', weight: 3, terms: ['@outOfStock'] },
    { label: 'insufficient stock', weight: 3, terms: ['@stock', '@insufficient'], within: 4 },
    { label: 'no stock record', weight: 3, terms: ['@stock', '@nonexistent'], within: 3 },
    { label: 'not available', weight: 3, terms: ['@not', '@available'], within: 3, ordered: true },
    { label: 'unavailable', weight: 3, terms: ['@unavailable'] },
    {
      label: 'quantity not available',
      weight: 2,
      terms: ['@quantity', ['@available', '@unavailable', '@insufficient']],
      within: 4
    },
    { label: 'reservation failed', weight: 3, terms: ['@reserve', ['@fail', '@cannot', '@not']], within: 4 },
    { label: 'warehouse', weight: 1, terms: ['@warehouse'] }
  ]
};
