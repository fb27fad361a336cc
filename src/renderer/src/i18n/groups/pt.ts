import type { groupsEn } from './en';

export const groupsPt: Record<keyof typeof groupsEn, string> = {
  'groups.from.tradePolicies': 'Políticas comerciais',
  'groups.from.marketplaces': 'Marketplaces',
  'groups.orders': 'Pedidos deste grupo',
  'groups.orders.open': 'Abrir o pedido {id} na fila'
};
