import type { importingEn } from './en';

export const importingPt: Record<keyof typeof importingEn, string> = {
  'importing.askTitle': 'Este espelho tem alterações suas',
  'importing.askLead':
    'Alterações planejadas: {planned} · notas: {notes} · pedidos resolvidos: {resolutions} · correções feitas nesta cópia: {fixes}.',
  'importing.overwrites':
    'Mesclar substitui os objetos de {n} alteração planejada pelos valores da loja no snapshot.|Mesclar substitui os objetos de {n} alterações planejadas pelos valores da loja no snapshot.',
  'importing.overwritesNone': 'O snapshot não traz nenhum dos objetos das suas alterações planejadas.',
  'importing.merge': 'Mesclar neste espelho',
  'importing.mergeNote': 'Alterações planejadas, notas e resoluções continuam.',
  'importing.newMirror': 'Abrir como novo espelho',
  'importing.newMirrorNote': 'Um novo arquivo ao lado deste; este espelho fica como está.',
  'importing.cancel': 'Cancelar',
  'importing.newMirrorDone': 'Agora você trabalha no novo espelho {path}.',
  'importing.emptyOpen': 'Nenhum pedido com falha neste espelho — importe um snapshot.',
  'importing.emptyAll': 'Nenhum pedido neste espelho — importe um snapshot.',
  'importing.uploadFiles': 'Enviar arquivos…',
  'importing.uploadFolder': 'Enviar uma pasta…'
};
