import type { importingEn } from './en';

export const importingEs: Record<keyof typeof importingEn, string> = {
  'importing.askTitle': 'Este espejo tiene cambios suyos',
  'importing.askLead':
    'Cambios planificados: {planned} · notas: {notes} · pedidos resueltos: {resolutions} · correcciones hechas en esta copia: {fixes}.',
  'importing.overwrites':
    'Combinar reemplaza los objetos de {n} cambio planificado por los valores de la tienda del snapshot.|Combinar reemplaza los objetos de {n} cambios planificados por los valores de la tienda del snapshot.',
  'importing.overwritesNone': 'El snapshot no trae ninguno de los objetos de sus cambios planificados.',
  'importing.merge': 'Combinar en este espejo',
  'importing.mergeNote': 'Los cambios planificados, las notas y las resoluciones se mantienen.',
  'importing.newMirror': 'Abrir como nuevo espejo',
  'importing.newMirrorNote': 'Un archivo nuevo junto a este; este espejo queda como está.',
  'importing.cancel': 'Cancelar',
  'importing.newMirrorDone': 'Ahora trabaja en el nuevo espejo {path}.',
  'importing.emptyOpen': 'No hay pedidos con fallas en este espejo — importe un snapshot.',
  'importing.emptyAll': 'No hay pedidos en este espejo — importe un snapshot.',
  'importing.uploadFiles': 'Subir archivos…',
  'importing.uploadFolder': 'Subir una carpeta…'
};
