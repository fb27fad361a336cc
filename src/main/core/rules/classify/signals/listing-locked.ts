import type { TypeSignals } from '../signal-spec';

export const listingLocked: TypeSignals = {
  errorType: 'listing_locked',
  signals: [
    { label: 'listing closed or paused', weight: 7, terms: ['@listing', '@finalized'], within: 7 },
    {
      label: 'under review',
      weight: 7,
      terms: [['under review', 'in review', 'em revisao', 'en revision', 'em analise', 'en analisis', 'em moderacao', 'under moderation']]
    },
    { label: 'not modifiable', weight: 6, terms: ['@not', ['modifi*', 'editav*', 'editabl*', 'alterav*']], within: 3, ordered: true },
    { label: 'fulfillment', weight: 2, terms: [['fulfillment', 'fulfilment', 'fulfilled', 'fba']] },
    { label: 'marketplace logistics', weight: 2, terms: [['logistic*']] }
  ]
};
