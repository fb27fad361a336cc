import type { TypeSignals } from '../signal-spec';

export const priceMissing: TypeSignals = {
  errorType: 'price_missing',
  signals: [
    { label: 'no price', weight: 8, terms: ['@not', '@price'], within: 3, ordered: true },
    { label: 'price not registered', weight: 7, terms: ['@price', ['@notRegistered', '@missing', '@notFound', '@nonexistent']], within: 4 },
    { label: 'price expired', weight: 7, terms: ['@price', '@expired'], within: 4 },
    { label: 'current price', weight: 4, terms: [['preco vigente', 'precio vigente', 'preco valido', 'precio valido', 'valid price', 'current price']] },
    // Checkout's withoutPrice message; the same words also report stock, so it stays a weak reading.
    { label: 'item is unavailable (checkout price code)', weight: 6, terms: ['item ? is unavailable'] }
  ]
};
