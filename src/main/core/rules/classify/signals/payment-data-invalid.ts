import type { TypeSignals } from '../signal-spec';

export const paymentDataInvalid: TypeSignals = {
  errorType: 'payment_data_invalid',
  signals: [
    {
      label: 'invalid payment data',
      weight: 6,
      terms: ['@payment', ['@invalid', '@missing', '@required', '@not', '@cannot']],
      within: 7
    },
    { label: 'payment', weight: 2, terms: ['@payment'] },
    { label: 'installments', weight: 7, terms: [['installment*', 'parcela*', 'cuota*']] },
    { label: 'payment differs from order', weight: 6, terms: ['@payment', '@differ'], within: 6 },
    {
      label: 'paid amount',
      weight: 5,
      terms: [['paid amount', 'valor pago', 'monto pagado', 'payment plan', 'plano de pagamento', 'outdated payment']]
    },
    { label: 'payment token', weight: 6, terms: ['@payment', '@token'], within: 3 },
    { label: 'currency', weight: 6, terms: [['currency', 'moneda', 'moeda']] }
  ]
};
