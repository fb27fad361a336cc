import type { planEn } from './en';

export const planEs: Record<keyof typeof planEn, string> = {
  'nav.plan': 'Plan de cambios',
  'plan.title': 'Plan de cambios',
  'plan.lead': 'Cambios hechos solo en la copia local. La tienda VTEX no cambia hasta que hagas cada uno en el Admin.',
  'plan.count': '{n} cambio planificado|{n} cambios planificados',
  'plan.empty': 'Nada planificado: ninguna corrección tocó solo la copia local.',
  'plan.exportMd': 'Exportar checklist (Markdown)',
  'plan.exportCsv': 'Exportar checklist (CSV)',
  'plan.discard': 'Descartar',
  'plan.discardNote': 'Un cambio descartado sale del checklist; la copia local lo mantiene hasta la próxima importación.',
  'plan.col.where': 'Dónde en el Admin',
  'plan.col.object': 'Objeto',
  'plan.col.change': 'Antes → después',
  'plan.col.orders': 'Pedidos desbloqueados',
  'plan.col.agent': 'Planificado por',
  'plan.localOnly': 'Cambio planificado (solo en la copia local)',
  'plan.fixPlanned':
    'Cambio planificado (solo en la copia local): la tienda VTEX no cambia hasta que lo hagas en el Admin. {n} pedido verificado de nuevo en la copia.|Cambio planificado (solo en la copia local): la tienda VTEX no cambia hasta que lo hagas en el Admin. {n} pedidos verificados de nuevo en la copia.',
  'plan.changeLine': '{path}: {object}, {field}: {before} → {after}',
  'plan.verifyGreen':
    'Todas las verificaciones pasan en la copia local: este pedido se integraría una vez hechos estos cambios en el Admin y reprocesado allí.',
  'plan.verifyGreenAsIs':
    'Todas las verificaciones pasan en la copia local: este pedido se integraría si se reprocesa en VTEX (Marketplace > Conexiones > Pedidos).',
  'plan.wouldIntegrate': 'Se integraría una vez hechos estos cambios; no se envió nada a VTEX:',
  'plan.wouldIntegrateAsIs':
    'Se integraría si se reprocesa en VTEX (Marketplace > Conexiones > Pedidos); no se envió nada desde la copia local.',
  'plan.groupWouldIntegrate': '{ok} de {total} pedidos se integrarían una vez hechos estos cambios:',
  'plan.groupSummary':
    '{ok} se integrarían tras los cambios planificados, {failing} siguen fallando, {skipped} omitidos. No se envió nada a VTEX.',
  'plan.orderWaits':
    'Este pedido espera {n} cambio planificado (solo en la copia local):|Este pedido espera {n} cambios planificados (solo en la copia local):',
  'plan.queueWouldIntegrate': 'Se integraría',
  'plan.queueWaitsForPlan': 'Espera un cambio planificado',
  'plan.queueWaitsForPlanTitle':
    'Todas las verificaciones pasan solo en la copia local, con un cambio planificado: se integraría una vez hecho en el Admin. No se envió nada a VTEX.',
  'plan.passesOnCopy':
    'Todas las verificaciones pasan en la copia local con los cambios planificados de arriba: el pedido se integraría una vez hechos en el Admin. No se envió nada a VTEX.',
  'plan.kind.sku': 'SKU',
  'plan.kind.product': 'Producto',
  'plan.kind.inventory': 'Inventario del SKU',
  'plan.kind.dock': 'Muelle',
  'plan.kind.shipping_policy': 'Política de envío',
  'plan.kind.price': 'Precio del SKU',
  'plan.kind.price_divergence_rule': 'Regla de divergencia de precio',
  'plan.kind.erp_carrier': 'Transportista en el ERP',
  'plan.kind.xml_integration': 'Integración XML',
  'plan.openPlan': 'Abrir el plan de cambios',
  'reprocess.result.would_integrate': 'Se integraría tras los cambios planificados; no se envió nada a VTEX.',
  'plan.apply.button': 'Aplicar mediante VTEX ({account})',
  'plan.apply.title':
    'Aplicar {n} cambio planificado en la cuenta {account}|Aplicar {n} cambios planificados en la cuenta {account}',
  'plan.apply.lead':
    'Cada cambio de abajo se envía a la cuenta VTEX {account} con la llamada mostrada y luego se vuelve a leer. Un cambio queda hecho solo cuando VTEX lo mantiene; los demás siguen planificados.',
  'plan.apply.confirm': 'Aplicar en {account}',
  'plan.apply.progress': 'Aplicando {done} de {total}…',
  'plan.apply.stop': 'Detener tras el cambio actual',
  'plan.apply.close': 'Cerrar',
  'plan.apply.summary':
    '{done} confirmados por VTEX, {planned} aún planificados. {n} pedido revisado de nuevo.|{done} confirmados por VTEX, {planned} aún planificados. {n} pedidos revisados de nuevo.',
  'plan.apply.col.call': 'Llamada a VTEX',
  'plan.apply.col.result': 'Resultado',
  'plan.apply.inAdmin': 'Sin API pública: hazlo en el Admin.',
  'plan.apply.openAdmin': 'Abrir en el Admin',
  'plan.apply.outcome.done': 'Hecho: VTEX lo mantiene',
  'plan.apply.outcome.not_kept': 'Aún planificado: VTEX mantuvo otro valor',
  'plan.apply.outcome.refused': 'Aún planificado: VTEX lo rechazó',
  'plan.apply.outcome.admin': 'Aún planificado: hazlo en el Admin',
  'plan.apply.outcome.cancelled': 'Aún planificado: no enviado (detenido)'
};
