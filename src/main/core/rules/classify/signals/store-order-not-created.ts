import type { TypeSignals } from '../signal-spec';

const NO_STOCK = ['@stock', '@outOfStock', '@unavailable'];

export const storeOrderNotCreated: TypeSignals = {
  errorType: 'store_order_not_created',
  signals: [
    { label: 'XML integration', weight: 3, terms: ['@xml'] },
    { label: 'product missing from the XML', weight: 4, terms: ['@xml', ['@not', '@missing', '@show', ...NO_STOCK]] },
    { label: 'customer cannot buy', weight: 7, terms: ['@customer', '@cannot', '@buy'], within: 6 },
    { label: 'not shown when out of stock', weight: 5, terms: ['@show', NO_STOCK], within: 5 },
    { label: 'infinite inventory', weight: 5, terms: [['infinit*', 'ilimitad*', 'unlimited'], '@stock'], within: 3 },
    { label: 'storefront', weight: 2, terms: [['storefront', 'checkout', 'vitrine', 'tienda', 'site', 'sitio']] }
  ]
};
