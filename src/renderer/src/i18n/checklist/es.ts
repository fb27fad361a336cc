import type { checklistEn } from './en';

export const checklistEs: Record<keyof typeof checklistEn, string> = {
  'nav.checklist': 'Checklist del Admin',
  'checklist.title': 'Reprocesar en el Admin',
  'checklist.lead':
    'Ninguna API pública reprocesa estos pedidos. Abra cada uno en Conexiones > Pedidos y elija Acciones > Reprocesar; el escritorio vigila el OMS y marca la línea cuando el pedido aparece allí.',
  'checklist.count': '{seen} de {total} vistos',
  'checklist.pick': 'Checklist',
  'checklist.openConnections': 'Abrir Conexiones > Pedidos de {account}',
  'checklist.watch': 'Vigilar el OMS',
  'checklist.stop': 'Dejar de vigilar',
  'checklist.checkNow': 'Mirar en el OMS ahora',
  'checklist.export': 'Exportar pendientes (CSV)',
  'checklist.exportMd': 'Exportar pendientes (Markdown)',
  'checklist.shown': '{shown} de {total} líneas mostradas.',
  'checklist.more': 'Mostrar más líneas',
  'checklist.delete': 'Eliminar este checklist',
  'checklist.watching': 'Vigilando el OMS cada {n} s en segundo plano.',
  'checklist.paused': 'Sin vigilar: inicie la vigilancia o mire ahora.',
  'checklist.resumes': 'Vigilando (se reanuda en un momento).',
  'checklist.lastLook': 'Última consulta al OMS: {at}.',
  'checklist.neverLooked': 'Todavía no se consultó el OMS.',
  'checklist.lookFailed': 'La última consulta al OMS falló: {message}',
  'checklist.allSeen': 'Todos los pedidos están en el OMS: nada que reprocesar.',
  'checklist.offline':
    'Conecte una cuenta VTEX para que las líneas se marquen solas; la lista y la exportación funcionan mientras tanto.',
  'checklist.empty':
    'Todavía no hay checklist. Cree uno desde un grupo (Grupos › un grupo › Reprocesar en el Admin) o desde el panel de un pedido.',
  'checklist.col.state': 'Visto',
  'checklist.col.order': 'Pedido del marketplace',
  'checklist.col.marketplace': 'Marketplace',
  'checklist.col.admin': 'Reprocesar en',
  'checklist.col.seen': 'En el OMS',
  'checklist.lineSeen': 'Pedido VTEX {id}',
  'checklist.lineWaiting': 'aún no',
  'checklist.lineLink': 'Conexiones > Pedidos',
  'checklist.stateSeen': 'visto en el OMS',
  'checklist.stateWaiting': 'esperando',
  'checklist.fromGroup': 'Reprocesar en el Admin: crear un checklist',
  'checklist.fromGroupHint':
    'Lista los pedidos de este grupo para reprocesar en Conexiones > Pedidos; cada uno se marca cuando el OMS lo muestra.',
  'checklist.addOrder': 'Agregar al checklist del Admin',
  'checklist.added': 'En el checklist “{title}” ({n} pedido).|En el checklist “{title}” ({n} pedidos).',
  'checklist.open': 'Abrir el checklist'
};
