import type { heldEn } from './en';

export const heldPt: Record<keyof typeof heldEn, string> = {
  'held.line':
    '{n} unidade em {warehouse} reservada pelo reprocessamento planejado do pedido {order}|{n} unidades em {warehouse} reservadas pelo reprocessamento planejado do pedido {order}',
  'held.note':
    'Reservadas até o pedido ser reprocessado no Admin, o plano de mudanças ser descartado ou uma nova importação ou diagnóstico dizer que ele não seria integrado.'
};
