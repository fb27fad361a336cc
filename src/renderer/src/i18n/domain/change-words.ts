import type { Locale } from '../index';
import { valueWords } from './data-words';
import type { VerdictFormat, VerdictNames } from './verdict';

/** One changed record as the store gateway reports it (a fix preview, a fix result, an audit entry). */
export interface ChangeLike {
  entity: string;
  entityId: string;
  field: string;
  before: unknown;
  after: unknown;
}

/** The same change in the Admin's words: the object by its name, the field as the Admin labels it, values formatted. */
export interface ChangeWords {
  object: string;
  field: string;
  before: string;
  after: string;
}

export type ChangeFormat = VerdictFormat;

interface Words {
  objects: Record<string, string>;
  fields: Record<string, string>;
  price: string;
  priceEnd: string;
  active: string;
  inactive: string;
  yes: string;
  no: string;
  notSet: string;
  none: string;
  from: string;
  until: string;
  noEnd: string;
  statuses: Record<string, string>;
}

const WORDS: Record<Locale, Words> = {
  en: {
    objects: {
      inventory: 'SKU {sku} at {warehouse}',
      sku: 'SKU {sku}',
      product: 'Product {id}',
      dock: 'Loading dock {dock}',
      shipping_policy: 'Shipping policy {policy}',
      price: 'Price of SKU {sku}',
      price_divergence_rule: 'Price Divergence rule {id}% (all marketplaces)',
      erp_carrier: 'Carrier {id} in the ERP',
      xml_integration: 'XML integration {id}',
      order: 'Order {id}'
    },
    fields: {
      totalQuantity: 'Quantity in stock',
      hasUnlimitedQuantity: 'Infinite inventory',
      isActive: 'Status',
      tradePolicyIds: 'Trade policies',
      collectionIds: 'Collections',
      action: 'Authorization',
      registered: 'Registered',
      showUnavailableSkus: 'Show unavailable products',
      status: 'Integration status',
      attempts: 'Attempts',
      message: 'Message',
      vtexOrderId: 'VTEX order',
      reason: 'Reason'
    },
    price: 'Fixed price, trade policy {tp}',
    priceEnd: 'Fixed price valid until, trade policy {tp}',
    active: 'active',
    inactive: 'inactive',
    yes: 'yes',
    no: 'no',
    notSet: 'not set',
    none: 'none',
    from: 'from',
    until: 'until',
    noEnd: 'no end date',
    statuses: { error: 'failed', success: 'integrated', pending: 'pending' }
  },
  'pt-BR': {
    objects: {
      inventory: 'SKU {sku} em {warehouse}',
      sku: 'SKU {sku}',
      product: 'Produto {id}',
      dock: 'Doca {dock}',
      shipping_policy: 'Política de envio {policy}',
      price: 'Preço do SKU {sku}',
      price_divergence_rule: 'Regra de Divergência de preço {id}% (todos os marketplaces)',
      erp_carrier: 'Transportadora {id} no ERP',
      xml_integration: 'Integração XML {id}',
      order: 'Pedido {id}'
    },
    fields: {
      totalQuantity: 'Quantidade em estoque',
      hasUnlimitedQuantity: 'Estoque infinito',
      isActive: 'Status',
      tradePolicyIds: 'Políticas comerciais',
      collectionIds: 'Coleções',
      action: 'Autorização',
      registered: 'Cadastrada',
      showUnavailableSkus: 'Exibir produtos indisponíveis',
      status: 'Status da integração',
      attempts: 'Tentativas',
      message: 'Mensagem',
      vtexOrderId: 'Pedido VTEX',
      reason: 'Motivo'
    },
    price: 'Preço fixo, política comercial {tp}',
    priceEnd: 'Preço fixo válido até, política comercial {tp}',
    active: 'ativo',
    inactive: 'inativo',
    yes: 'sim',
    no: 'não',
    notSet: 'não definido',
    none: 'nenhuma',
    from: 'de',
    until: 'até',
    noEnd: 'sem data de fim',
    statuses: { error: 'com erro', success: 'integrado', pending: 'pendente' }
  },
  es: {
    objects: {
      inventory: 'SKU {sku} en {warehouse}',
      sku: 'SKU {sku}',
      product: 'Producto {id}',
      dock: 'Muelle {dock}',
      shipping_policy: 'Política de envío {policy}',
      price: 'Precio del SKU {sku}',
      price_divergence_rule: 'Regla de Divergencia de precio {id}% (todos los marketplaces)',
      erp_carrier: 'Transportista {id} en el ERP',
      xml_integration: 'Integración XML {id}',
      order: 'Pedido {id}'
    },
    fields: {
      totalQuantity: 'Cantidad en stock',
      hasUnlimitedQuantity: 'Inventario infinito',
      isActive: 'Estado',
      tradePolicyIds: 'Políticas comerciales',
      collectionIds: 'Colecciones',
      action: 'Autorización',
      registered: 'Registrado',
      showUnavailableSkus: 'Mostrar productos no disponibles',
      status: 'Estado de la integración',
      attempts: 'Intentos',
      message: 'Mensaje',
      vtexOrderId: 'Pedido VTEX',
      reason: 'Motivo'
    },
    price: 'Precio fijo, política comercial {tp}',
    priceEnd: 'Precio fijo válido hasta, política comercial {tp}',
    active: 'activo',
    inactive: 'inactivo',
    yes: 'sí',
    no: 'no',
    notSet: 'sin definir',
    none: 'ninguna',
    from: 'desde',
    until: 'hasta',
    noEnd: 'sin fecha de fin',
    statuses: { error: 'con error', success: 'integrado', pending: 'pendiente' }
  }
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

function named(id: string, name: string | null | undefined): string {
  return name ? `${id} ${name}` : id;
}

function objectWords(change: ChangeLike, words: Words, names: VerdictNames): string {
  const [skuId, warehouseId] = change.entityId.split('/');
  const template = words.objects[change.entity] ?? `${change.entity.replace(/_/g, ' ')} {id}`;
  return fill(template, {
    id: change.entity === 'price_divergence_rule' ? change.entityId.replace('-', '–') : change.entityId,
    sku: named(skuId, names.skuName?.(skuId)),
    warehouse: warehouseId ? (names.warehouseName?.(warehouseId) ?? warehouseId) : '—',
    dock: named(change.entityId, names.dockName?.(change.entityId)),
    policy: named(change.entityId, names.shippingPolicyName?.(change.entityId))
  });
}

function fieldWords(field: string, words: Words, names: VerdictNames): string {
  const price = /^fixedPrice\[(.+)\](\.dateTo)?$/.exec(field);
  if (price) {
    const tp = price[1];
    const name = names.tradePolicyName?.(tp);
    return fill(price[2] ? words.priceEnd : words.price, { tp: name ? `${tp} (${name})` : tp });
  }
  return words.fields[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function isPrice(value: unknown): value is { valueCents: number; dateFrom: string | null; dateTo: string | null } {
  return typeof value === 'object' && value !== null && 'valueCents' in value;
}

function valueText(field: string, value: unknown, words: Words, locale: Locale, f: ChangeFormat): string {
  if (value === null || value === undefined) return words.notSet;
  if (typeof value === 'boolean')
    return field === 'isActive' ? (value ? words.active : words.inactive) : value ? words.yes : words.no;
  if (typeof value === 'number') return f.number(value);
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return f.date(value);
    if (field === 'status') return words.statuses[value] ?? value;
    return field === 'action' ? valueWords(value, locale) : value;
  }
  if (isPrice(value)) {
    const dates = [
      value.dateFrom ? `${words.from} ${f.date(value.dateFrom)}` : '',
      value.dateTo ? `${words.until} ${f.date(value.dateTo)}` : words.noEnd
    ].filter(Boolean);
    return `${f.money(value.valueCents)} · ${dates.join(' ')}`;
  }
  if (Array.isArray(value))
    return value.length === 0 ? words.none : value.map((item) => valueText(field, item, words, locale, f)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${fieldWords(key, words, {})} ${valueText(key, item, words, locale, f)}`)
    .join(' · ');
}

/** A changed record in the Admin's words, in the agent's language: never `fixedPrice[2].dateTo` or an ISO date. */
export function changeWords(change: ChangeLike, locale: Locale, names: VerdictNames, format: ChangeFormat): ChangeWords {
  const words = WORDS[locale];
  return {
    object: objectWords(change, words, names),
    field: fieldWords(change.field, words, names),
    before: valueText(change.field, change.before, words, locale, format),
    after: valueText(change.field, change.after, words, locale, format)
  };
}
