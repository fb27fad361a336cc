import type { groupsEn } from './en';

export const groupsPt: Record<keyof typeof groupsEn, string> = {
  'groups.from.tradePolicies': 'Políticas comerciais',
  'groups.from.marketplaces': 'Marketplaces',
  'groups.orders': 'Pedidos deste grupo',
  'groups.orders.open': 'Abrir o pedido {id} na fila',
  'groups.orders.more': 'Mostrar mais pedidos',
  'groups.sort': 'Ordenar grupos',
  'groups.sort.orders': 'Mais pedidos',
  'groups.sort.value': 'Mais valor em jogo',
  'groups.filter.cause': 'Causa',
  'groups.filter.all': 'Todas as causas',
  'groups.loading': 'Carregando…',
  'groups.progress': '{done} de {total} pedidos reprocessados',
  'groups.cancel': 'Cancelar',
  'groups.cancelling': 'Parando após esta página…',
  'groups.cancelled': 'Cancelado após {done} de {total} pedidos; esses continuam reprocessados.',
  'groups.emptied': 'Nenhum pedido aberto neste grupo.',
  'groups.checking': 'Verificando {done} de {total} pedidos…',
  'groups.checkStopped': 'Pré-verificação interrompida. Abra o grupo de novo para verificá-lo.'
};
