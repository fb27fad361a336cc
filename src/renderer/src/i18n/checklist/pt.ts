import type { checklistEn } from './en';

export const checklistPt: Record<keyof typeof checklistEn, string> = {
  'nav.checklist': 'Checklist do Admin',
  'checklist.title': 'Reprocessar no Admin',
  'checklist.lead':
    'Nenhuma API pública reprocessa estes pedidos. Abra cada um em Conexões > Pedidos e escolha Ações > Reprocessar; a mesa vigia o OMS e marca a linha quando o pedido aparece lá.',
  'checklist.count': '{seen} de {total} vistos',
  'checklist.pick': 'Checklist',
  'checklist.openConnections': 'Abrir Conexões > Pedidos de {account}',
  'checklist.watch': 'Vigiar o OMS',
  'checklist.stop': 'Parar de vigiar',
  'checklist.checkNow': 'Olhar no OMS agora',
  'checklist.export': 'Exportar pendentes (CSV)',
  'checklist.exportMd': 'Exportar pendentes (Markdown)',
  'checklist.shown': '{shown} de {total} linhas exibidas.',
  'checklist.more': 'Mostrar mais linhas',
  'checklist.delete': 'Excluir este checklist',
  'checklist.watching': 'Vigiando o OMS a cada {n} s em segundo plano.',
  'checklist.paused': 'Sem vigiar: inicie a vigilância ou olhe agora.',
  'checklist.resumes': 'Vigiando (retoma em instantes).',
  'checklist.lastLook': 'Última consulta ao OMS: {at}.',
  'checklist.neverLooked': 'O OMS ainda não foi consultado.',
  'checklist.lookFailed': 'A última consulta ao OMS falhou: {message}',
  'checklist.allSeen': 'Todos os pedidos estão no OMS: nada a reprocessar.',
  'checklist.offline':
    'Conecte uma conta VTEX para as linhas se marcarem sozinhas; a lista e a exportação funcionam enquanto isso.',
  'checklist.empty':
    'Nenhum checklist ainda. Crie um a partir de um grupo (Grupos › um grupo › Reprocessar no Admin) ou do painel de um pedido.',
  'checklist.col.state': 'Visto',
  'checklist.col.order': 'Pedido do marketplace',
  'checklist.col.marketplace': 'Marketplace',
  'checklist.col.admin': 'Reprocessar em',
  'checklist.col.seen': 'No OMS',
  'checklist.lineSeen': 'Pedido VTEX {id}',
  'checklist.lineWaiting': 'ainda não',
  'checklist.lineLink': 'Conexões > Pedidos',
  'checklist.stateSeen': 'visto no OMS',
  'checklist.stateWaiting': 'aguardando',
  'checklist.fromGroup': 'Reprocessar no Admin: criar um checklist',
  'checklist.fromGroupHint':
    'Lista os pedidos deste grupo para reprocessar em Conexões > Pedidos; cada um se marca quando o OMS o mostra.',
  'checklist.addOrder': 'Adicionar ao checklist do Admin',
  'checklist.added': 'No checklist “{title}” ({n} pedido).|No checklist “{title}” ({n} pedidos).',
  'checklist.open': 'Abrir o checklist'
};
