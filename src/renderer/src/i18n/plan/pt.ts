import type { planEn } from './en';

export const planPt: Record<keyof typeof planEn, string> = {
  'nav.plan': 'Plano de mudanças',
  'plan.title': 'Plano de mudanças',
  'plan.lead': 'Mudanças feitas só na cópia local. A loja VTEX não muda até você fazer cada uma no Admin.',
  'plan.count': '{n} mudança planejada|{n} mudanças planejadas',
  'plan.empty': 'Nada planejado: nenhuma correção mexeu só na cópia local.',
  'plan.exportMd': 'Exportar checklist (Markdown)',
  'plan.exportCsv': 'Exportar checklist (CSV)',
  'plan.discard': 'Descartar',
  'plan.discardNote': 'Uma mudança descartada sai do checklist; a cópia local a mantém até a próxima importação.',
  'plan.col.where': 'Onde no Admin',
  'plan.col.object': 'Objeto',
  'plan.col.change': 'Antes → depois',
  'plan.col.orders': 'Pedidos liberados',
  'plan.col.agent': 'Planejado por',
  'plan.localOnly': 'Mudança planejada (só na cópia local)',
  'plan.fixPlanned':
    'Mudança planejada (só na cópia local): a loja VTEX não muda até você fazê-la no Admin. {n} pedido verificado de novo na cópia.|Mudança planejada (só na cópia local): a loja VTEX não muda até você fazê-la no Admin. {n} pedidos verificados de novo na cópia.',
  'plan.changeLine': '{path}: {object}, {field}: {before} → {after}',
  'plan.verifyGreen':
    'Todas as verificações passam na cópia local: este pedido integraria depois que estas mudanças forem feitas no Admin e ele for reprocessado lá.',
  'plan.verifyGreenAsIs':
    'Todas as verificações passam na cópia local: este pedido integraria se reprocessado na VTEX (Marketplace > Conexões > Pedidos).',
  'plan.wouldIntegrate': 'Integraria depois que estas mudanças forem feitas; nada foi enviado à VTEX:',
  'plan.wouldIntegrateAsIs':
    'Integraria se reprocessado na VTEX (Marketplace > Conexões > Pedidos); nada foi enviado a partir da cópia local.',
  'plan.groupWouldIntegrate': '{ok} de {total} pedidos integrariam depois que estas mudanças forem feitas:',
  'plan.groupSummary':
    '{ok} integrariam depois das mudanças planejadas, {failing} ainda falham, {skipped} ignorados. Nada foi enviado à VTEX.',
  'plan.orderWaits':
    'Este pedido aguarda {n} mudança planejada (só na cópia local):|Este pedido aguarda {n} mudanças planejadas (só na cópia local):',
  'plan.queueWouldIntegrate': 'Integraria',
  'plan.kind.sku': 'SKU',
  'plan.kind.product': 'Produto',
  'plan.kind.inventory': 'Estoque do SKU',
  'plan.kind.dock': 'Doca',
  'plan.kind.shipping_policy': 'Política de envio',
  'plan.kind.price': 'Preço do SKU',
  'plan.kind.price_divergence_rule': 'Regra de divergência de preço',
  'plan.kind.erp_carrier': 'Transportadora no ERP',
  'plan.kind.xml_integration': 'Integração XML',
  'plan.openPlan': 'Abrir o plano de mudanças',
  'reprocess.result.would_integrate': 'Integraria depois das mudanças planejadas; nada foi enviado à VTEX.'
};
