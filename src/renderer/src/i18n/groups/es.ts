import type { groupsEn } from './en';

export const groupsEs: Record<keyof typeof groupsEn, string> = {
  'groups.from.tradePolicies': 'Políticas comerciales',
  'groups.from.marketplaces': 'Marketplaces',
  'groups.orders': 'Pedidos de este grupo',
  'groups.orders.open': 'Abrir el pedido {id} en la cola',
  'groups.orders.more': 'Mostrar más pedidos',
  'groups.sort': 'Ordenar grupos',
  'groups.sort.orders': 'Más pedidos',
  'groups.sort.value': 'Más valor en juego',
  'groups.filter.cause': 'Causa',
  'groups.filter.all': 'Todas las causas',
  'groups.loading': 'Cargando…',
  'groups.progress': '{done} de {total} pedidos reprocesados',
  'groups.cancel': 'Cancelar',
  'groups.cancelling': 'Deteniendo tras esta página…',
  'groups.cancelled': 'Cancelado tras {done} de {total} pedidos; esos siguen reprocesados.',
  'groups.emptied': 'No queda ningún pedido abierto en este grupo.',
  'groups.checking': 'Verificando {done} de {total} pedidos…',
  'groups.checkStopped': 'Verificación previa detenida. Abra el grupo de nuevo para verificarlo.',
  'groups.unblock.dock_inactive': 'activar el muelle {dock}',
  'groups.unblock.dock_not_linked': 'vincular el muelle {dock} a la política comercial',
  'groups.unblock.warehouse_inactive': 'activar el almacén {warehouse}',
  'groups.unblock.warehouse_not_on_dock': 'agregar el almacén {warehouse} a un muelle',
  'groups.unblockFrees':
    '{change} (libera {n} unidad del SKU {sku} en {warehouse})|{change} (libera {n} unidades del SKU {sku} en {warehouse})',
  'groups.shortfallAfterUnblock':
    'Para los demás: {unblock}, o {n} unidad más del SKU {sku} en {warehouse}.|Para los demás: {unblock}, o {n} unidades más del SKU {sku} en {warehouse}.'
};
