import type { TypeSignals } from '../signal-spec';

export const invalidCart: TypeSignals = {
  errorType: 'invalid_cart',
  signals: [
    { label: 'invalid cart', weight: 6, terms: ['@cart', ['@invalid', '@not', '@incomplete']], within: 4 },
    { label: 'cart', weight: 3, terms: ['@cart'] },
    {
      label: 'minimum not reached',
      weight: 6,
      terms: ['@minimum', ['@quantity', '@amount', '@order', '@cart', 'reach*', 'atingid*', 'alcanzad*', 'alcancad*']],
      within: 5
    }
  ]
};
