import type { heldEn } from './en';

export const heldEs: Record<keyof typeof heldEn, string> = {
  'held.line':
    '{n} unidad en {warehouse} retenida por el reprocesamiento planificado del pedido {order}|{n} unidades en {warehouse} retenidas por el reprocesamiento planificado del pedido {order}',
  'held.note':
    'Retenidas hasta que el pedido se reprocese en el Admin, se descarte su plan de cambios o una nueva importación o diagnóstico diga que no se integraría.'
};
