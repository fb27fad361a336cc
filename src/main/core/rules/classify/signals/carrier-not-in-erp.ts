import type { TypeSignals } from '../signal-spec';

const ERP = ['erp', 'erps'];

export const carrierNotInErp: TypeSignals = {
  errorType: 'carrier_not_in_erp',
  signals: [
    { label: 'carrier', weight: 2, terms: ['@carrier'] },
    { label: 'ERP', weight: 2, terms: [ERP] },
    { label: 'carrier not registered', weight: 6, terms: ['@carrier', ['@notRegistered', '@notFound', '@nonexistent']], within: 8 },
    { label: 'carrier in the ERP', weight: 6, terms: ['@carrier', ERP] }
  ]
};
