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
    { label: 'marketplace logistics', weight: 2, terms: [['logistic*']] },
    { label: 'already published, cannot change', weight: 8, terms: [['already integrated', 'ja integrad*', 'already published', 'ja publicad*', 'already being sold', 'already listed'], ['@not', 'only', 'somente', 'solo', 'cannot', 'changed']], within: 8, ordered: true },
    { label: 'not listed or inaccessible', weight: 6, terms: [['not listed', 'nao listad*', 'sin poner en venta', 'not on sale', 'no esta en venta', 'cannot be accessed', 'no se puede acceder']] },
    { label: 'closed, incomplete or blocked', weight: 6, terms: [['closed', 'cerrad*', 'fechad*'], '@blocked'], within: 5 },
    { label: 'sob revisao', weight: 7, terms: [['sob revisao', 'bajo revision', 'sob analise', 'bajo analisis']] },
    { label: 'disabled at the marketplace', weight: 5, terms: ['@inactive', ['in marketplace', 'no mercado', 'en el mercado', 'at the marketplace', 'no marketplace', 'en el marketplace']], within: 3 }
  ]
};
