/** The change plan's texts (issue 10): a fix on a snapshot mirror is a planned change, never "done". */
export const planEn = {
  'nav.plan': 'Change plan',
  'plan.title': 'Change plan',
  'plan.lead': 'Changes made in the local copy only. The VTEX store is unchanged until you make each one in the Admin.',
  'plan.count': '{n} planned change|{n} planned changes',
  'plan.empty': 'Nothing planned: no fix has touched the local copy only.',
  'plan.exportMd': 'Export checklist (Markdown)',
  'plan.exportCsv': 'Export checklist (CSV)',
  'plan.discard': 'Discard',
  'plan.discardNote': 'A discarded change leaves the checklist; the local copy keeps it until the next import.',
  'plan.col.where': 'Where in the Admin',
  'plan.col.object': 'Object',
  'plan.col.change': 'Before → after',
  'plan.col.orders': 'Orders unblocked',
  'plan.col.agent': 'Planned by',
  'plan.localOnly': 'Planned change (local copy only)',
  'plan.fixPlanned':
    'Planned change (local copy only): the VTEX store is unchanged until you make it in the Admin. {n} order checked again on the copy.|Planned change (local copy only): the VTEX store is unchanged until you make it in the Admin. {n} orders checked again on the copy.',
  'plan.changeLine': '{path}: {object}, {field}: {before} → {after}',
  'plan.verifyGreen':
    'Every check passes on the local copy: this order would integrate once these changes are made in the Admin and it is reprocessed there.',
  'plan.verifyGreenAsIs':
    'Every check passes on the local copy: this order would integrate if reprocessed in VTEX (Marketplace > Connections > Orders).',
  'plan.wouldIntegrate': 'Would integrate once these changes are made; nothing was sent to VTEX:',
  'plan.wouldIntegrateAsIs':
    'Would integrate if reprocessed in VTEX (Marketplace > Connections > Orders); nothing was sent from the local copy.',
  'plan.groupWouldIntegrate': '{ok} of {total} orders would integrate once these changes are made:',
  'plan.groupSummary':
    '{ok} would integrate once the planned changes are made, {failing} still failing, {skipped} skipped. Nothing was sent to VTEX.',
  'plan.orderWaits':
    'This order waits for {n} planned change (local copy only):|This order waits for {n} planned changes (local copy only):',
  'plan.queueWouldIntegrate': 'Would integrate',
  'plan.queueWaitsForPlan': 'Waits for planned change',
  'plan.queueWaitsForPlanTitle':
    'Every check passes on the local copy only with a planned change: it would integrate once the change is made in the Admin. Nothing was sent to VTEX.',
  'plan.passesOnCopy':
    'Every check passes on the local copy with the planned changes above: the order would integrate once they are made in the Admin. Nothing was sent to VTEX.',
  'plan.kind.sku': 'SKU',
  'plan.kind.product': 'Product',
  'plan.kind.inventory': 'Inventory of SKU',
  'plan.kind.dock': 'Loading dock',
  'plan.kind.shipping_policy': 'Shipping policy',
  'plan.kind.price': 'Price of SKU',
  'plan.kind.price_divergence_rule': 'Price Divergence rule',
  'plan.kind.erp_carrier': 'ERP carrier',
  'plan.kind.xml_integration': 'XML integration',
  'plan.openPlan': 'Open the change plan',
  'reprocess.result.would_integrate': 'Would integrate once the planned changes are made; nothing was sent to VTEX.',
  'plan.apply.button': 'Apply through VTEX ({account})',
  'plan.apply.title': 'Apply {n} planned change to account {account}|Apply {n} planned changes to account {account}',
  'plan.apply.lead':
    'Each change below is sent to the VTEX account {account} as the call shown, then read back. A change is marked done only when VTEX holds it; the rest stay planned.',
  'plan.apply.confirm': 'Apply to {account}',
  'plan.apply.progress': 'Applying {done} of {total}…',
  'plan.apply.stop': 'Stop after the current change',
  'plan.apply.close': 'Close',
  'plan.apply.summary':
    '{done} confirmed by VTEX, {planned} still planned. {n} order checked again.|{done} confirmed by VTEX, {planned} still planned. {n} orders checked again.',
  'plan.apply.col.call': 'Call to VTEX',
  'plan.apply.col.result': 'Result',
  'plan.apply.inAdmin': 'No public API: make it in the Admin.',
  'plan.apply.openAdmin': 'Open in the Admin',
  'plan.apply.outcome.done': 'Done: VTEX holds it',
  'plan.apply.outcome.not_kept': 'Still planned: VTEX kept another value',
  'plan.apply.outcome.refused': 'Still planned: VTEX refused it',
  'plan.apply.outcome.admin': 'Still planned: make it in the Admin',
  'plan.apply.outcome.cancelled': 'Still planned: not sent (stopped)'
} as const;
