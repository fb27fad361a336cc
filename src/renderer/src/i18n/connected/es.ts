import type { connectedEn } from './en';

export const connectedEs: Record<keyof typeof connectedEn, string> = {
  'connected.previewInStore': 'Previsualizar en la tienda {account}',
  'connected.confirmTitle': 'Cambiar la tienda VTEX {account}',
  'connected.confirmLead': 'Estos cambios se envían a la tienda {account} por sus APIs; luego cada objeto se vuelve a leer.',
  'connected.apply': 'Aplicar en la tienda {account}',
  'connected.cancel': 'Cancelar',
  'connected.applied':
    'Tienda {account} cambiada: {n} objeto leído de vuelta.|Tienda {account} cambiada: {n} objetos leídos de vuelta.',
  'connected.readBack': 'Leído de vuelta de VTEX',
  'connected.refused':
    'VTEX rechazó {n} objeto: no cambió en la tienda ni en el espejo.|VTEX rechazó {n} objetos: no cambiaron en la tienda ni en el espejo.',
  'connected.unchanged': 'Ya estaba así en la tienda: {ids}',
  'connected.adminOnly': 'Ninguna API pública hace este cambio: hágalo en el Admin de {account} y luego márquelo como hecho.',
  'connected.adminPath': 'Dónde: {path}',
  'connected.openAdmin': 'Abrir en el Admin de {account}',
  'connected.markDone': 'Marcar como hecho (volver a leer de VTEX)',
  'connected.confirmed': 'La tienda {account} muestra el cambio: hecho.',
  'connected.notYet':
    'La tienda {account} aún no lo muestra: {n} cambio pendiente.|La tienda {account} aún no lo muestra: {n} cambios pendientes.',
  'connected.verify': 'Verificar con VTEX ({account})',
  'connected.verifyTitle': 'La simulación de la propia VTEX junto a la local',
  'connected.verifyAgree': 'VTEX coincide con la simulación local.',
  'connected.verifyDisagree':
    'VTEX discrepa en {n} ítem: vale la respuesta de VTEX; sincronice el espejo.|VTEX discrepa en {n} ítems: vale la respuesta de VTEX; sincronice el espejo.',
  'connected.vtexIntegrates': 'VTEX vendería y entregaría todos los ítems.',
  'connected.vtexRefuses': 'VTEX no vendería o no entregaría todos los ítems.',
  'connected.col.sku': 'SKU',
  'connected.col.local': 'Simulación local',
  'connected.col.vtex': 'VTEX',
  'connected.availability.available': 'disponible',
  'connected.availability.withoutStock': 'sin stock',
  'connected.availability.cannotBeDelivered': 'no se puede entregar',
  'connected.working': 'Consultando a VTEX…'
};
