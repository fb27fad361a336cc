import type { TypeSignals } from '../signal-spec';

const ERP = ['erp', 'erps'];

export const carrierNotInErp: TypeSignals = {
  errorType: 'carrier_not_in_erp',
  signals: [
    { label: 'carrier', weight: 2, terms: ['@carrier'] },
    { label: 'ERP', weight: 2, terms: [ERP] },
    {
      label: 'carrier not registered',
      weight: 6,
      terms: ['@carrier', ['@notRegistered', '@notFound', '@nonexistent']],
      within: 8
    },
    { label: 'carrier in the ERP', weight: 6, terms: ['@carrier', ERP] },
    {
      label: 'default carrier',
      weight: 7,
      terms: [['default carrier', 'proveedor predeterminado', 'transportadora padrao', 'transportista predeterminado']]
    },
    {
      label: 'match the carrier',
      weight: 7,
      terms: [['match', 'relacionar', 'associar', 'vincular', 'map'], '@carrier'],
      within: 3,
      ordered: true
    }
  ]
};
