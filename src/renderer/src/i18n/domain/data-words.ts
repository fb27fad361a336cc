import type { PackageMeasure, PolicyLimits, PriceDivergenceRule } from '../../../../shared/domain/diagnosis';
import { formatLength, formatNumber, formatWeight, type Locale } from '../index';

/*
 * Words for the codes evidence carries as values: what the mirror lacks ('shipping-policies',
 * 'order.address'), address fields, enum values, package measures against a carrier's limits. An
 * agent reads "Shipping policies", "45 kg, limit 30 kg", never `order.marketplaceOrderStatus`.
 */

const MISSING: Record<Locale, Record<string, string>> = {
  en: {
    affiliates: 'affiliates',
    'sales-channels': 'trade policies',
    skus: 'the catalog (SKUs)',
    inventory: 'inventory',
    prices: 'prices',
    docks: 'loading docks',
    warehouses: 'warehouses',
    'shipping-policies': 'shipping policies',
    'freight-values': 'freight tables',
    'store-settings': 'store settings',
    'oms-orders': 'OMS orders',
    'order.address': "the order's address",
    'order.createdAt': "the order's creation date",
    'order.invoiceKey': "the order's invoice key",
    'order.logistics': "the order's shipping data",
    'order.marketplaceOrderStatus': "the order's status at the marketplace",
    'order.marketplacePaymentValue': 'the value the marketplace charged'
  },
  'pt-BR': {
    affiliates: 'afiliados',
    'sales-channels': 'políticas comerciais',
    skus: 'o catálogo (SKUs)',
    inventory: 'estoque',
    prices: 'preços',
    docks: 'docas',
    warehouses: 'estoques (armazéns)',
    'shipping-policies': 'políticas de envio',
    'freight-values': 'tabelas de frete',
    'store-settings': 'configurações da loja',
    'oms-orders': 'pedidos do OMS',
    'order.address': 'o endereço do pedido',
    'order.createdAt': 'a data de criação do pedido',
    'order.invoiceKey': 'a chave da nota fiscal',
    'order.logistics': 'os dados de entrega do pedido',
    'order.marketplaceOrderStatus': 'o status do pedido no marketplace',
    'order.marketplacePaymentValue': 'o valor cobrado pelo marketplace'
  },
  es: {
    affiliates: 'afiliados',
    'sales-channels': 'políticas comerciales',
    skus: 'el catálogo (SKU)',
    inventory: 'inventario',
    prices: 'precios',
    docks: 'muelles',
    warehouses: 'almacenes',
    'shipping-policies': 'políticas de envío',
    'freight-values': 'tablas de flete',
    'store-settings': 'configuración de la tienda',
    'oms-orders': 'pedidos del OMS',
    'order.address': 'la dirección del pedido',
    'order.createdAt': 'la fecha de creación del pedido',
    'order.invoiceKey': 'la clave de la factura',
    'order.logistics': 'los datos de envío del pedido',
    'order.marketplaceOrderStatus': 'el estado del pedido en el marketplace',
    'order.marketplacePaymentValue': 'el valor cobrado por el marketplace'
  }
};

/** Values of evidence fields that are codes: address fields, document types, sources, scopes, rule actions. */
const VALUES: Record<Locale, Record<string, string>> = {
  en: {
    postalCode: 'CEP',
    country: 'country',
    street: 'street',
    city: 'city',
    state: 'state',
    number: 'number',
    neighborhood: 'neighbourhood',
    cpf: 'CPF',
    cnpj: 'CNPJ',
    other: 'other',
    marketplace: 'the marketplace',
    oms: 'the OMS',
    item: 'this item',
    seller: 'the whole seller',
    authorize: 'authorize automatically',
    approval: 'task for approval',
    deny: 'deny automatically'
  },
  'pt-BR': {
    postalCode: 'CEP',
    country: 'país',
    street: 'rua',
    city: 'cidade',
    state: 'estado',
    number: 'número',
    neighborhood: 'bairro',
    cpf: 'CPF',
    cnpj: 'CNPJ',
    other: 'outro',
    marketplace: 'o marketplace',
    oms: 'o OMS',
    item: 'este item',
    seller: 'todo o seller',
    authorize: 'autorizar automaticamente',
    approval: 'tarefa para aprovação',
    deny: 'negar automaticamente'
  },
  es: {
    postalCode: 'código postal',
    country: 'país',
    street: 'calle',
    city: 'ciudad',
    state: 'estado',
    number: 'número',
    neighborhood: 'barrio',
    cpf: 'CPF',
    cnpj: 'CNPJ',
    other: 'otro',
    marketplace: 'el marketplace',
    oms: 'el OMS',
    item: 'este ítem',
    seller: 'todo el seller',
    authorize: 'autorizar automáticamente',
    approval: 'tarea para aprobación',
    deny: 'rechazar automáticamente'
  }
};

const PACKAGE: Record<Locale, { limit: string; minimum: string; largest: string; sum: string; noRow: string }> = {
  en: { limit: 'limit', minimum: 'minimum', largest: 'largest side', sum: 'sum of sides', noRow: 'no freight row for this CEP' },
  'pt-BR': {
    limit: 'limite',
    minimum: 'mínimo',
    largest: 'maior lado',
    sum: 'soma dos lados',
    noRow: 'nenhuma faixa de frete para este CEP'
  },
  es: {
    limit: 'límite',
    minimum: 'mínimo',
    largest: 'lado mayor',
    sum: 'suma de los lados',
    noRow: 'ninguna fila de flete para este código postal'
  }
};

/** What the mirror lacks, in words ("shipping policies", "the order's address"); an unknown name stays as it is. */
export function missingDataWords(names: readonly string[], locale: Locale): string[] {
  return names.map((name) => MISSING[locale][name] ?? name);
}

/** A code an evidence field holds ("cpf", "seller", "postalCode") in words; an unknown code stays as it is. */
export function valueWords(code: string, locale: Locale): string {
  return VALUES[locale][code] ?? code;
}

/** "45 kg · largest side 120 cm · sum of sides 200 cm". */
export function packageWords(pkg: PackageMeasure, locale: Locale): string {
  const words = PACKAGE[locale];
  return [
    formatWeight(locale, pkg.weightGrams),
    `${words.largest} ${formatLength(locale, pkg.largestMeasureCm)}`,
    `${words.sum} ${formatLength(locale, pkg.measureSumCm)}`
  ].join(' · ');
}

/** The measure a shipping policy refuses, against its limit: "45 kg, limit 30 kg", "largest side 120 cm, limit 100 cm". */
export function packageLimitWords(pkg: PackageMeasure, limit: PolicyLimits, locale: Locale): string {
  const words = PACKAGE[locale];
  const weight = formatWeight(locale, pkg.weightGrams);
  switch (limit.reason) {
    case 'weight_over_limit': {
      if (limit.weightRanges.length === 0) return `${weight}, ${words.noRow}`;
      return `${weight}, ${words.limit} ${formatWeight(locale, Math.max(...limit.weightRanges.map(([, to]) => to)))}`;
    }
    case 'weight_under_limit': {
      if (limit.weightRanges.length === 0) return `${weight}, ${words.noRow}`;
      return `${weight}, ${words.minimum} ${formatWeight(locale, Math.min(...limit.weightRanges.map(([from]) => from)))}`;
    }
    case 'size_over_limit':
      if (limit.largestMeasure !== null && pkg.largestMeasureCm > limit.largestMeasure) {
        return `${words.largest} ${formatLength(locale, pkg.largestMeasureCm)}, ${words.limit} ${formatLength(locale, limit.largestMeasure)}`;
      }
      return `${words.sum} ${formatLength(locale, pkg.measureSumCm)}, ${words.limit} ${limit.maxMeasureSum === null ? '—' : formatLength(locale, limit.maxMeasureSum)}`;
  }
}

/** A divergence rule as the Admin lists it: "5–12% · authorize automatically". */
export function divergenceRuleWords(rule: PriceDivergenceRule, locale: Locale): string {
  return `${formatNumber(locale, rule.from)}–${formatNumber(locale, rule.to)}% · ${valueWords(rule.action, locale)}`;
}
