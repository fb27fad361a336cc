import type { TypeSignals } from '../signal-spec';

export const customerDataInvalid: TypeSignals = {
  errorType: 'customer_data_invalid',
  signals: [
    { label: 'customer document', weight: 5, terms: ['@document'] },
    { label: 'phone', weight: 5, terms: ['@phone'] },
    { label: 'invalid document or phone', weight: 3, terms: [['@document', '@phone'], ['@invalid', '@missing', '@required']], within: 4 },
    { label: 'invalid customer data', weight: 4, terms: ['@customer', ['@invalid', '@missing', '@required']], within: 6 },
    { label: 'client profile', weight: 3, terms: [['client profile*', 'customer profile*', 'clientprofile*', 'perfil do cliente', 'perfil del cliente']] }
  ]
};
