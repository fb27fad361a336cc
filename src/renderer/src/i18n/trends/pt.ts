import type { trendsEn } from './en';

export const trendsPt: Record<keyof typeof trendsEn, string> = {
  'nav.trends': 'Painel',
  'keys.trends': 'Painel (tendências)',
  'trends.title': 'Retrato do dia',
  'trends.lead':
    'Pedidos com erro em aberto criados nos últimos {n} dias, até {day} (dias em UTC). Clique numa barra para ver os pedidos na fila.',
  'trends.loading': 'Carregando…',
  'trends.empty': 'Nenhum pedido com erro em aberto nos últimos {n} dias.',
  'trends.byErrorType': 'Erros por dia, por tipo de erro',
  'trends.byMarketplace': 'Erros por dia, por marketplace',
  'trends.value': 'Valor em risco por dia',
  'trends.causes': 'Principais causas: esta semana x semana passada',
  'trends.thisWeek': 'Esta semana',
  'trends.lastWeek': 'Semana passada',
  'trends.oldest': 'Pedidos em aberto mais antigos',
  'trends.showTable': 'Ver como tabela',
  'trends.col.day': 'Dia',
  'trends.col.orders': 'Pedidos',
  'trends.col.value': 'Valor',
  'trends.col.cause': 'Causa',
  'trends.col.order': 'Pedido',
  'trends.col.marketplace': 'Marketplace',
  'trends.col.errorType': 'Tipo de erro',
  'trends.col.created': 'Criado em',
  'trends.barLabel': '{series} em {day}: {n} pedido|{series} em {day}: {n} pedidos',
  'trends.valueLabel': '{day}: {value} em {n} pedido|{day}: {value} em {n} pedidos',
  'trends.causeLabel': '{cause}, {week}: {n} pedido|{cause}, {week}: {n} pedidos',
  'trends.other': 'Outros',
  'trends.noCauses': 'Nenhuma causa diagnosticada nas últimas duas semanas.'
};
