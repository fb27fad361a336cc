import type { Locale } from '../index';

/**
 * Words for the evidence fields shown as plain facts (those without a table of their own), so the
 * agent reads "Trade policies of the SKU", not `skuTradePolicyIds`. A field missing here is spelled out from its key.
 */
const LABELS: Record<Locale, Record<string, string>> = {
  en: {
    tradePolicyDockIds: 'Docks of the trade policy', priceRecordsImported: 'Price records imported', percent: 'Divergence', connectorAllowancePercent: 'Connector allowance',
    actualCents: 'Cart value', affiliateId: 'Affiliate', ageDays: 'Age (days)', asOf: 'As of', attempts: 'Attempts', attributes: 'Missing attributes',
    available: 'Available', collectionId: 'Collection', connectorName: 'Connector', country: 'Country', courier: 'Carrier', createdAt: 'Created',
    dockCount: 'Docks in the mirror', documentType: 'Document type', expectedCheckDigit: 'Expected check digit', freightCents: 'Freight',
    inactiveDockIds: 'Inactive docks', integrableStatuses: 'Statuses the connector integrates', integrations: 'XML integrations', itemsCents: 'Items',
    key: 'NF-e key', knownCarriers: 'Carriers the ERP knows', marketplace: 'Marketplace', maskedDocument: 'Document', maskedPhone: 'Phone',
    matchedRule: 'Matching rule', minimumCents: 'Minimum', missingFields: 'Missing fields', offeredSlas: 'SLAs offered', ordered: 'Ordered',
    otherVtexOrderIds: 'Other OMS orders', paidCents: 'Paid', expectedCents: 'Expected', differenceCents: 'Difference', postalCode: 'CEP',
    processedAt: 'Processed', productId: 'Product', quantity: 'Quantity', reason: 'Reason', scope: 'Scope', selectedSla: 'SLA chosen',
    sellOutOfStock: 'Sells out of stock', sentCents: 'Sent', sentId: 'Id sent', showIfNotAvailable: 'Shown when unavailable',
    simulatedCents: 'Simulated', skuCollectionIds: 'Collections of the SKU', skuId: 'SKU', skuIds: 'SKUs', skuName: 'SKU name',
    skuTradePolicyIds: 'Trade policies of the SKU', source: 'Source', status: 'Status', tradePolicyId: 'Trade policy', tradePolicyName: 'Trade policy name',
    valueCents: 'Value', vtexOrderId: 'OMS order', windowDays: 'Retry window (days)', limits: 'Policy limits', package: 'Package',
    yes: 'yes', no: 'no'
  },
  'pt-BR': {
    tradePolicyDockIds: 'Docas da política comercial', priceRecordsImported: 'Preços importados', percent: 'Divergência', connectorAllowancePercent: 'Tolerância do conector',
    actualCents: 'Valor do carrinho', affiliateId: 'Afiliado', ageDays: 'Idade (dias)', asOf: 'Em', attempts: 'Tentativas', attributes: 'Atributos ausentes',
    available: 'Disponível', collectionId: 'Coleção', connectorName: 'Conector', country: 'País', courier: 'Transportadora', createdAt: 'Criado em',
    dockCount: 'Docas no espelho', documentType: 'Tipo de documento', expectedCheckDigit: 'Dígito verificador esperado', freightCents: 'Frete',
    inactiveDockIds: 'Docas inativas', integrableStatuses: 'Status que o conector integra', integrations: 'Integrações XML', itemsCents: 'Itens',
    key: 'Chave da NF-e', knownCarriers: 'Transportadoras que o ERP conhece', marketplace: 'Marketplace', maskedDocument: 'Documento', maskedPhone: 'Telefone',
    matchedRule: 'Regra aplicada', minimumCents: 'Mínimo', missingFields: 'Campos ausentes', offeredSlas: 'SLAs oferecidos', ordered: 'Pedido',
    otherVtexOrderIds: 'Outros pedidos no OMS', paidCents: 'Pago', expectedCents: 'Esperado', differenceCents: 'Diferença', postalCode: 'CEP',
    processedAt: 'Processado em', productId: 'Produto', quantity: 'Quantidade', reason: 'Motivo', scope: 'Escopo', selectedSla: 'SLA escolhido',
    sellOutOfStock: 'Vende sem estoque', sentCents: 'Enviado', sentId: 'Id enviado', showIfNotAvailable: 'Exibido quando indisponível',
    simulatedCents: 'Simulado', skuCollectionIds: 'Coleções do SKU', skuId: 'SKU', skuIds: 'SKUs', skuName: 'Nome do SKU',
    skuTradePolicyIds: 'Políticas comerciais do SKU', source: 'Origem', status: 'Status', tradePolicyId: 'Política comercial', tradePolicyName: 'Nome da política comercial',
    valueCents: 'Valor', vtexOrderId: 'Pedido no OMS', windowDays: 'Prazo de reenvio (dias)', limits: 'Limites das políticas', package: 'Pacote',
    yes: 'sim', no: 'não'
  },
  es: {
    tradePolicyDockIds: 'Muelles de la política comercial', priceRecordsImported: 'Precios importados', percent: 'Divergencia', connectorAllowancePercent: 'Tolerancia del conector',
    actualCents: 'Valor del carrito', affiliateId: 'Afiliado', ageDays: 'Edad (días)', asOf: 'A la fecha', attempts: 'Intentos', attributes: 'Atributos faltantes',
    available: 'Disponible', collectionId: 'Colección', connectorName: 'Conector', country: 'País', courier: 'Transportista', createdAt: 'Creado',
    dockCount: 'Muelles en el espejo', documentType: 'Tipo de documento', expectedCheckDigit: 'Dígito verificador esperado', freightCents: 'Flete',
    inactiveDockIds: 'Muelles inactivos', integrableStatuses: 'Estados que el conector integra', integrations: 'Integraciones XML', itemsCents: 'Ítems',
    key: 'Clave de la NF-e', knownCarriers: 'Transportistas que el ERP conoce', marketplace: 'Marketplace', maskedDocument: 'Documento', maskedPhone: 'Teléfono',
    matchedRule: 'Regla aplicada', minimumCents: 'Mínimo', missingFields: 'Campos faltantes', offeredSlas: 'SLA ofrecidos', ordered: 'Pedido',
    otherVtexOrderIds: 'Otros pedidos en OMS', paidCents: 'Pagado', expectedCents: 'Esperado', differenceCents: 'Diferencia', postalCode: 'Código postal',
    processedAt: 'Procesado', productId: 'Producto', quantity: 'Cantidad', reason: 'Motivo', scope: 'Alcance', selectedSla: 'SLA elegido',
    sellOutOfStock: 'Vende sin stock', sentCents: 'Enviado', sentId: 'Id enviado', showIfNotAvailable: 'Se muestra si no está disponible',
    simulatedCents: 'Simulado', skuCollectionIds: 'Colecciones del SKU', skuId: 'SKU', skuIds: 'SKU', skuName: 'Nombre del SKU',
    skuTradePolicyIds: 'Políticas comerciales del SKU', source: 'Origen', status: 'Estado', tradePolicyId: 'Política comercial', tradePolicyName: 'Nombre de la política comercial',
    valueCents: 'Valor', vtexOrderId: 'Pedido en OMS', windowDays: 'Plazo de reintento (días)', limits: 'Límites de las políticas', package: 'Paquete',
    yes: 'sí', no: 'no'
  }
};

/** A field without words of its own still reads as words ("tradePolicyDockIds" → "trade policy dock ids"), never as a key. */
function spelledOut(key: string): string {
  return key.replace(/Cents$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function evidenceLabel(key: string, locale: Locale): string {
  return LABELS[locale][key] ?? spelledOut(key);
}

/** The fields every locale names (the test checks each language covers the same ones). */
export function evidenceLabelKeys(locale: Locale): string[] {
  return Object.keys(LABELS[locale]);
}
