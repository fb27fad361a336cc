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
  'reprocess.result.would_integrate': 'Se integraría tras los cambios planificados; no se envió nada a VTEX.'
};
