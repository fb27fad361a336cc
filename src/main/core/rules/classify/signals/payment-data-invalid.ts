import type { TypeSignals } from '../signal-spec';

export const paymentDataInvalid: TypeSignals = {
  errorType: 'payment_data_invalid',
  signals: [
    { label: 'invalid payment data', weight: 6, terms: ['@payment', ['@invalid', '@missing', '@required', '@not']], within: 5 },
    { label: 'payment', weight: 2, terms: ['@payment'] }
  ]
};
