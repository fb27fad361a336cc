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
  'groups.checkStopped': 'Pré-verificação interrompida. Abra o grupo de novo para verificá-lo.',
  'groups.unblock.dock_inactive': 'ativar a doca {dock}',
  'groups.unblock.dock_not_linked': 'vincular a doca {dock} à política comercial',
  'groups.unblock.warehouse_inactive': 'ativar o estoque {warehouse}',
  'groups.unblock.warehouse_not_on_dock': 'incluir o estoque {warehouse} numa doca',
  'groups.unblockFrees':
    '{change} (libera {n} unidade do SKU {sku} em {warehouse})|{change} (libera {n} unidades do SKU {sku} em {warehouse})',
  'groups.shortfallAfterUnblock':
    'Para os demais: {unblock}, ou mais {n} unidade do SKU {sku} em {warehouse}.|Para os demais: {unblock}, ou mais {n} unidades do SKU {sku} em {warehouse}.'
};
