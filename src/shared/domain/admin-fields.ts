import type { FixRequestKind } from '../api/fixes';
import type { AdminPathLocale } from './admin-paths';

/*
 * The field a planned change makes in the VTEX Admin, in the Admin's words of each language the desk
 * speaks. A planned change keeps the English label (what the mirror stored since 0009); the exported
 * checklist and the desk read the store's field back from its fix kind and word it in the agent's
 * language, so an agent with the Admin in Portuguese reads "Quantidade", not "Quantity".
 */

const PRICE = /^fixedPrice\[(.+)\](\.dateTo)?$/;

interface FieldWords {
  fields: Record<string, string>;
  fixedPrice: (tradePolicy: string) => string;
  fixedPriceEnd: (tradePolicy: string) => string;
}

const WORDS: Record<AdminPathLocale, FieldWords> = {
  en: {
    fields: {
      totalQuantity: 'Quantity',
      hasUnlimitedQuantity: 'Infinite inventory',
      isActive: 'Active',
      tradePolicyIds: 'Trade policies',
      collectionIds: 'Collections',
      action: 'Price Divergence rule action',
      registered: 'Carrier registered',
      showUnavailableSkus: 'Show unavailable products'
    },
    fixedPrice: (tp) => `Fixed price (trade policy ${tp})`,
    fixedPriceEnd: (tp) => `Fixed price end date (trade policy ${tp})`
  },
  'pt-BR': {
    fields: {
      totalQuantity: 'Quantidade',
      hasUnlimitedQuantity: 'Estoque infinito',
      isActive: 'Ativo',
      tradePolicyIds: 'Políticas comerciais',
      collectionIds: 'Coleções',
      action: 'Ação da regra de divergência de preço',
      registered: 'Transportadora cadastrada',
      showUnavailableSkus: 'Exibir produtos indisponíveis'
    },
    fixedPrice: (tp) => `Preço fixo (política comercial ${tp})`,
    fixedPriceEnd: (tp) => `Data de fim do preço fixo (política comercial ${tp})`
  },
  es: {
    fields: {
      totalQuantity: 'Cantidad',
      hasUnlimitedQuantity: 'Inventario infinito',
      isActive: 'Activo',
      tradePolicyIds: 'Políticas comerciales',
      collectionIds: 'Colecciones',
      action: 'Acción de la regla de divergencia de precio',
      registered: 'Transportista registrado',
      showUnavailableSkus: 'Mostrar productos no disponibles'
    },
    fixedPrice: (tp) => `Precio fijo (política comercial ${tp})`,
    fixedPriceEnd: (tp) => `Fecha de fin del precio fijo (política comercial ${tp})`
  }
};

/** The Admin's label of a store field (`totalQuantity`, `fixedPrice[1].dateTo`) in `locale`; an unknown field as itself. */
export function adminFieldText(storeField: string, locale: AdminPathLocale): string {
  const words = WORDS[locale];
  const price = PRICE.exec(storeField);
  if (price) return price[2] ? words.fixedPriceEnd(price[1]) : words.fixedPrice(price[1]);
  return words.fields[storeField] ?? storeField;
}

/** The trade policy a stored English price label names ("… (trade policy 1)"). */
const PRICE_TRADE_POLICY = /\(trade policy (.+)\)$/;

/** Each fix kind changes one store field: the stored English label gives it back (a price, its trade policy). */
const FIELD_OF: Record<FixRequestKind, (adminField: string) => string> = {
  update_inventory: () => 'totalQuantity',
  set_infinite_inventory: () => 'hasUnlimitedQuantity',
  activate_sku: () => 'isActive',
  activate_product: () => 'isActive',
  activate_dock: () => 'isActive',
  activate_shipping_policy: () => 'isActive',
  associate_trade_policy: () => 'tradePolicyIds',
  link_dock_trade_policy: () => 'tradePolicyIds',
  add_to_collection: () => 'collectionIds',
  set_price: (field) => `fixedPrice[${PRICE_TRADE_POLICY.exec(field)?.[1] ?? '?'}]`,
  renew_price: (field) => `fixedPrice[${PRICE_TRADE_POLICY.exec(field)?.[1] ?? '?'}].dateTo`,
  add_divergence_rule: () => 'action',
  register_erp_carrier: () => 'registered',
  xml_show_out_of_stock: () => 'showUnavailableSkus'
};

/** The store's field of a planned change, from its fix kind and its stored English label. */
export function storeFieldOf(fixKind: FixRequestKind, adminField: string): string {
  return FIELD_OF[fixKind](adminField);
}

/** A planned change's field in the Admin's words of `locale` (the stored label when it cannot be read back). */
export function plannedFieldText(change: { fixKind: FixRequestKind; field: string }, locale: AdminPathLocale): string {
  const field = storeFieldOf(change.fixKind, change.field);
  return field.includes('[?]') ? change.field : adminFieldText(field, locale);
}
