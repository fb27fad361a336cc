import type { connectedEn } from './en';

export const connectedPt: Record<keyof typeof connectedEn, string> = {
  'connected.previewInStore': 'Pré-visualizar na loja {account}',
  'connected.confirmTitle': 'Alterar a loja VTEX {account}',
  'connected.confirmLead': 'Estas mudanças são enviadas à loja {account} pelas APIs dela; depois cada objeto é lido de volta.',
  'connected.apply': 'Aplicar na loja {account}',
  'connected.cancel': 'Cancelar',
  'connected.applied': 'Loja {account} alterada: {n} objeto lido de volta.|Loja {account} alterada: {n} objetos lidos de volta.',
  'connected.readBack': 'Lido de volta da VTEX',
  'connected.refused':
    'A VTEX recusou {n} objeto: ele não mudou na loja nem no espelho.|A VTEX recusou {n} objetos: eles não mudaram na loja nem no espelho.',
  'connected.unchanged': 'Já estava assim na loja: {ids}',
  'connected.adminOnly': 'Nenhuma API pública faz esta mudança: faça-a no Admin de {account} e depois marque como feita.',
  'connected.adminPath': 'Onde: {path}',
  'connected.openAdmin': 'Abrir no Admin de {account}',
  'connected.markDone': 'Marcar como feita (reler da VTEX)',
  'connected.confirmed': 'A loja {account} mostra a mudança: feita.',
  'connected.notYet':
    'A loja {account} ainda não mostra: {n} mudança em aberto.|A loja {account} ainda não mostra: {n} mudanças em aberto.',
  'connected.verify': 'Verificar com a VTEX ({account})',
  'connected.verifyTitle': 'A simulação da própria VTEX ao lado da local',
  'connected.verifyAgree': 'A VTEX concorda com a simulação local.',
  'connected.verifyDisagree':
    'A VTEX discorda em {n} item: vale a resposta da VTEX; sincronize o espelho.|A VTEX discorda em {n} itens: vale a resposta da VTEX; sincronize o espelho.',
  'connected.vtexIntegrates': 'A VTEX venderia e entregaria todos os itens.',
  'connected.vtexRefuses': 'A VTEX não venderia ou não entregaria todos os itens.',
  'connected.col.sku': 'SKU',
  'connected.col.local': 'Simulação local',
  'connected.col.vtex': 'VTEX',
  'connected.availability.available': 'disponível',
  'connected.availability.withoutStock': 'sem estoque',
  'connected.availability.cannotBeDelivered': 'não pode ser entregue',
  'connected.working': 'Consultando a VTEX…'
};
