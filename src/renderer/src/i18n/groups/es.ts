import type { groupsEn } from './en';

export const groupsEs: Record<keyof typeof groupsEn, string> = {
  'groups.from.tradePolicies': 'Políticas comerciales',
  'groups.from.marketplaces': 'Marketplaces',
  'groups.orders': 'Pedidos de este grupo',
  'groups.orders.open': 'Abrir el pedido {id} en la cola'
};
