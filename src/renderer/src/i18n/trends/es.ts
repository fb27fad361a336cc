import type { trendsEn } from './en';

export const trendsEs: Record<keyof typeof trendsEn, string> = {
  'nav.trends': 'Panel',
  'keys.trends': 'Panel (tendencias)',
  'trends.title': 'Panorama del día',
  'trends.lead':
    'Pedidos con error abiertos creados en los últimos {n} días, hasta el {day} (días en UTC). Haga clic en una barra para ver sus pedidos en la cola.',
  'trends.loading': 'Cargando…',
  'trends.empty': 'Ningún pedido con error abierto en los últimos {n} días.',
  'trends.byErrorType': 'Errores por día, por tipo de error',
  'trends.byMarketplace': 'Errores por día, por marketplace',
  'trends.value': 'Valor en riesgo por día',
  'trends.causes': 'Causas principales: esta semana frente a la anterior',
  'trends.thisWeek': 'Esta semana',
  'trends.lastWeek': 'Semana anterior',
  'trends.oldest': 'Pedidos abiertos más antiguos',
  'trends.showTable': 'Ver como tabla',
  'trends.col.day': 'Día',
  'trends.col.orders': 'Pedidos',
  'trends.col.value': 'Valor',
  'trends.col.cause': 'Causa',
  'trends.col.order': 'Pedido',
  'trends.col.marketplace': 'Marketplace',
  'trends.col.errorType': 'Tipo de error',
  'trends.col.created': 'Creado el',
  'trends.barLabel': '{series} el {day}: {n} pedido|{series} el {day}: {n} pedidos',
  'trends.valueLabel': '{day}: {value} en {n} pedido|{day}: {value} en {n} pedidos',
  'trends.causeLabel': '{cause}, {week}: {n} pedido|{cause}, {week}: {n} pedidos',
  'trends.other': 'Otros',
  'trends.noCauses': 'Ninguna causa diagnosticada en las últimas dos semanas.'
};
