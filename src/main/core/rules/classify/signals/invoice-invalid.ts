import type { TypeSignals } from '../signal-spec';

export const invoiceInvalid: TypeSignals = {
  errorType: 'invoice_invalid',
  signals: [
    { label: 'invoice key', weight: 7, terms: ['@invoice', '@key'], within: 5 },
    { label: 'invalid invoice', weight: 5, terms: ['@invoice', '@invalid'], within: 4 },
    { label: 'invoice', weight: 2, terms: ['@invoice'] },
    { label: 'access key', weight: 6, terms: ['chave de acesso'] },
    { label: 'invoice not found', weight: 7, terms: ['@invoice', ['@notFound', '@missing', 'cannot accept']], within: 8 },
    {
      label: 'invoice date or number',
      weight: 5,
      terms: [['invoice date', 'invoicedate', 'invoice number', 'invoicenumber', 'numero da nota', 'data da nota']]
    },
    { label: 'no invoice', weight: 6, terms: ['@not', '@invoice'], within: 3, ordered: true },
    { label: 'invoice import', weight: 6, terms: [['import*'], '@invoice'], within: 4 }
  ]
};
