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
  'plan.queueWaitsForPlan': 'Aguarda mudança planejada',
  'plan.queueWaitsForPlanTitle':
    'Todas as verificações passam só na cópia local, com uma mudança planejada: integraria depois que ela for feita no Admin. Nada foi enviado à VTEX.',
  'plan.passesOnCopy':
    'Todas as verificações passam na cópia local com as mudanças planejadas acima: o pedido integraria depois que elas forem feitas no Admin. Nada foi enviado à VTEX.',
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
  'reprocess.result.would_integrate': 'Integraria depois das mudanças planejadas; nada foi enviado à VTEX.',
  'plan.apply.button': 'Aplicar pela VTEX ({account})',
  'plan.apply.title': 'Aplicar {n} mudança planejada na conta {account}|Aplicar {n} mudanças planejadas na conta {account}',
  'plan.apply.lead':
    'Cada mudança abaixo é enviada à conta VTEX {account} pela chamada mostrada e depois lida de volta. Uma mudança só fica concluída quando a VTEX a mantém; as demais continuam planejadas.',
  'plan.apply.confirm': 'Aplicar em {account}',
  'plan.apply.progress': 'Aplicando {done} de {total}…',
  'plan.apply.stop': 'Parar após a mudança atual',
  'plan.apply.close': 'Fechar',
  'plan.apply.summary':
    '{done} confirmadas pela VTEX, {planned} ainda planejadas. {n} pedido verificado de novo.|{done} confirmadas pela VTEX, {planned} ainda planejadas. {n} pedidos verificados de novo.',
  'plan.apply.col.call': 'Chamada à VTEX',
  'plan.apply.col.result': 'Resultado',
  'plan.apply.inAdmin': 'Sem API pública: faça no Admin.',
  'plan.apply.openAdmin': 'Abrir no Admin',
  'plan.apply.outcome.done': 'Concluída: a VTEX a mantém',
  'plan.apply.outcome.not_kept': 'Ainda planejada: a VTEX manteve outro valor',
  'plan.apply.outcome.refused': 'Ainda planejada: a VTEX recusou',
  'plan.apply.outcome.admin': 'Ainda planejada: faça no Admin',
  'plan.apply.outcome.cancelled': 'Ainda planejada: não enviada (interrompido)'
};
