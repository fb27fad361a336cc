import type { wordsEn } from './en';

export const wordsEs: Record<keyof typeof wordsEn, string> = {
  'words.packageAgainstLimit': 'Paquete frente al límite',
  'words.scope.onlyThis': 'Solo cambian los registros de este pedido.',
  'words.scope.storeWide': 'Cambio para toda la tienda, no solo para este pedido:',
  'words.scope.divergenceRule':
    'VTEX aplica la regla de Divergencia de precio a todos los marketplaces y a todo pedido futuro cuya divergencia caiga en el rango.',
  'words.scope.erpCarrier': 'el transportista queda registrado para todos los pedidos que recibe el ERP.',
  'words.scope.xmlFeed': 'cambia lo que la integración XML muestra para todos sus SKU.',
  'words.scope.dock': 'todo SKU con stock en los almacenes de este muelle se envía por él.',
  'words.scope.shippingPolicy': 'la política entrega todos los SKU en todos los códigos postales que cubre.',
  'words.scope.others': 'También afecta a {n} otro pedido con error|También afecta a {n} otros pedidos con error',
  'words.scope.skus': '({n} SKU en total).|({n} SKU en total).',
  'words.audit.raw': 'Detalles (JSON)',
  'words.audit.forOrder': 'para el pedido {id}'
};
