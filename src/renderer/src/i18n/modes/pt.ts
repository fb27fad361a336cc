import type { modesEn } from './en';

export const modesPt: Record<keyof typeof modesEn, string> = {
  'modes.planInstead': 'Planejar em vez disso (só na cópia local)…',
  'modes.planInsteadNote':
    'Planejar altera só a cópia local e coloca a mudança na lista a fazer no Admin; a loja continua como está.',
  'modes.planApply': 'Planejar a mudança (só na cópia local)',
  'modes.inStore': 'Na loja {account}',
  'modes.resend': 'Reenviar para a VTEX',
  'modes.resendHint': 'Envia de novo este pedido do Marketplace Protocol para a loja {account}, como o conector faria.',
  'modes.resent.integrated': 'A VTEX integrou o pedido ({code}). {message}',
  'modes.resent.enqueued': 'A VTEX enfileirou o pedido ({code}): acompanhe-o. {message}',
  'modes.resent.refused': 'A VTEX recusou o pedido ({code}). {message}',
  'modes.watch': 'Reprocessado no Admin — acompanhar',
  'modes.watchHint': 'Reprocesse-o em Conexões > Pedidos e depois procure-o no OMS.',
  'modes.openConnections': 'Abrir Conexões > Pedidos',
  'modes.seen': 'Visto no OMS como pedido VTEX {id} ({at}).',
  'modes.notSeen': 'Ainda não está no OMS ({at}). Procure de novo em instantes.',
  'modes.noCode': 'sem código'
};
