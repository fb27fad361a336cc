import type { modesEn } from './en';

export const modesEs: Record<keyof typeof modesEn, string> = {
  'modes.planInstead': 'Planificarlo en su lugar (solo en la copia local)…',
  'modes.planInsteadNote':
    'Planificar cambia solo la copia local y añade el cambio a la lista para hacer en el Admin; la tienda queda como está.',
  'modes.planApply': 'Planificar el cambio (solo en la copia local)',
  'modes.inStore': 'En la tienda {account}',
  'modes.resend': 'Reenviar a VTEX',
  'modes.resendHint': 'Envía de nuevo este pedido del Marketplace Protocol a la tienda {account}, como lo haría su conector.',
  'modes.resent.integrated': 'VTEX lo integró ({code}). {message}',
  'modes.resent.enqueued': 'VTEX lo puso en cola ({code}): vigílelo. {message}',
  'modes.resent.refused': 'VTEX lo rechazó ({code}). {message}',
  'modes.watch': 'Reprocesado en el Admin — vigilarlo',
  'modes.watchHint': 'Reprocéselo en Conexiones > Pedidos y luego búsquelo en OMS.',
  'modes.openConnections': 'Abrir Conexiones > Pedidos',
  'modes.seen': 'Visto en OMS como pedido VTEX {id} ({at}).',
  'modes.notSeen': 'Todavía no está en OMS ({at}). Vuelva a buscarlo en un momento.',
  'modes.noCode': 'sin código'
};
