import type { TypeSignals } from '../signal-spec';

export const invalidCart: TypeSignals = {
  errorType: 'invalid_cart',
  signals: [
    { label: 'invalid cart', weight: 6, terms: ['@cart', ['@invalid', '@not', '@incomplete']], within: 4 },
    { label: 'cart', weight: 3, terms: ['@cart'] },
    {
      label: 'minimum not reached',
      weight: 6,
      terms: ['@minimum', ['@quantity', '@amount', '@order', '@cart', 'reach*', 'atingid*', 'alcanzad*', 'alcancad*']],
      within: 5
    },
    { label: 'item index', weight: 7, terms: [['item index', 'indice de item', 'indice do item', 'itemindex']] },
    { label: 'invalid quantity', weight: 6, terms: ['@quantity', '@invalid'], within: 4 },
    {
      label: 'too many items',
      weight: 6,
      terms: [
        ['@item', '@quantity'],
        ['exceed*', 'excedid*', 'too many', 'maxim*', 'max']
      ],
      within: 5
    },
    {
      label: 'no items',
      weight: 6,
      terms: [
        ['without items', 'sem itens', 'sin items', 'sin articulos', 'empty order', 'pedido vazio', 'pedido vacio', 'orden vacia']
      ]
    },
    { label: 'invalid order form', weight: 6, terms: [['order form', 'orderform'], '@invalid'], within: 4 },
    {
      label: 'duplicated item',
      weight: 8,
      terms: [['duplicated item*', 'item duplicad*', 'itens duplicad*', 'articulo duplicad*']]
    },
    {
      label: 'no products in the order',
      weight: 6,
      terms: ['@not', ['@product', '@item'], ['in the order', 'en el pedido', 'no pedido']],
      within: 7,
      ordered: true
    }
  ]
};
