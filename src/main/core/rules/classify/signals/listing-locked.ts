import type { TypeSignals } from '../signal-spec';

export const listingLocked: TypeSignals = {
  errorType: 'listing_locked',
  signals: [
    { label: 'listing closed or paused', weight: 7, terms: ['@listing', '@finalized'], within: 7 },
    {
      label: 'under review',
      weight: 7,
      terms: [
        [
          'under review',
          'in review',
          'em revisao',
          'en revision',
          'em analise',
          'en analisis',
          'em moderacao',
          'under moderation',
          'proceso de revision',
          'processo de revisao',
          'review process',
          'frozen',
          'congelad*'
        ]
      ]
    },
    {
      label: 'not modifiable',
      weight: 6,
      terms: ['@not', ['modifi*', 'editav*', 'editabl*', 'alterav*']],
      within: 3,
      ordered: true
    },
    { label: 'fulfillment', weight: 2, terms: [['fulfillment', 'fulfilment', 'fulfilled', 'fba']] },
    { label: 'marketplace logistics', weight: 2, terms: [['logistic*']] },
    {
      label: 'already published, cannot change',
      weight: 8,
      terms: [
        ['already integrated', 'ja integrad*', 'already published', 'ja publicad*', 'already being sold', 'already listed'],
        ['@not', 'only', 'somente', 'solo', 'cannot', 'changed']
      ],
      within: 8,
      ordered: true
    },
    {
      label: 'not listed or inaccessible',
      weight: 6,
      terms: [
        [
          'not listed',
          'nao listad*',
          'sin poner en venta',
          'not on sale',
          'no esta en venta',
          'ya esta en venta',
          'is listed or not',
          'cannot be accessed',
          'no se puede acceder'
        ]
      ]
    },
    { label: 'closed, incomplete or blocked', weight: 6, terms: [['closed', 'cerrad*', 'fechad*'], '@blocked'], within: 5 },
    { label: 'sob revisao', weight: 7, terms: [['sob revisao', 'bajo revision', 'sob analise', 'bajo analisis']] },
    {
      label: 'disabled at the marketplace',
      weight: 9,
      terms: [
        '@inactive',
        ['in marketplace', 'no mercado', 'en el mercado', 'at the marketplace', 'no marketplace', 'en el marketplace']
      ],
      within: 3
    },
    { label: 'listing in a state that forbids it', weight: 5, terms: ['@listing', ['state', '@status']], within: 6 },
    {
      label: 'offer will be removed',
      weight: 6,
      terms: [['will be removed', 'sera removid*', 'sera eliminad*', 'matches a restricted product']]
    },
    {
      label: 'fulfilled by the marketplace',
      weight: 6,
      terms: [
        ['fba', 'fulfillment', 'fulfilment', 'fulfilled'],
        ['@listing', '@item', '@quantity']
      ],
      within: 5
    },
    {
      label: 'field cannot be changed',
      weight: 5,
      terms: [
        '@not',
        ['alterac*', 'change*', 'modific*', 'cambi*', 'atualiz*', 'actualiz*', 'update*'],
        ['@listing', 'campo', 'field', 'condition', '@product']
      ],
      within: 6
    }
  ]
};
