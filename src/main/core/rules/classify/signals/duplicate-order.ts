import type { TypeSignals } from '../signal-spec';

export const duplicateOrder: TypeSignals = {
  errorType: 'duplicate_order',
  signals: [
    {
      label: 'already exists',
      weight: 7,
      terms: [
        [
          'already exist*',
          'ja exist*',
          'ya exist*',
          'already been created',
          'already created',
          'ja foi criad*',
          'ya fue cread*',
          'already integrated',
          'already been integrated',
          'ja integrad*',
          'ja foi integrad*',
          'ya integrad*',
          'ya fue integrad*'
        ]
      ]
    },
    { label: 'duplicated', weight: 7, terms: [['duplic*']] },
    {
      label: 'already imported',
      weight: 7,
      terms: [['already imported', 'already been imported', 'ja importad*', 'ya importad*', 'already in oms']]
    }
  ]
};
