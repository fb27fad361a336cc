import type { FixRequestKind } from '../api/fixes';
import type { LOCALE_IDS } from '../api/app';

/*
 * Where in the VTEX Admin a planned change is made, as language-neutral parts: the change plan stores
 * the parts, and the desk and its exported checklist write them in the agent's language. The words
 * follow the wizard's Admin steps in each language (renderer i18n/domain), the menus as the Admin
 * names them.
 */
export const ADMIN_PATH_PARTS = [
  'shipping',
  'inventoryManagement',
  'sku',
  'warehouseQuantity',
  'infiniteInventory',
  'catalog',
  'productsAndSkus',
  'active',
  'product',
  'tradePolicies',
  'collections',
  'collection',
  'products',
  'loadingDocks',
  'dock',
  'tradePolicy',
  'shippingPolicies',
  'policy',
  'prices',
  'priceList',
  'fixedPrice',
  'fixedPriceDates',
  'storeSettings',
  'orders',
  'orderAuthorization',
  'priceDivergence',
  'erpCarrierRegistry',
  'xmlIntegrationSettings',
  'showUnavailableProducts'
] as const;
export type AdminPathPart = (typeof ADMIN_PATH_PARTS)[number];
export type AdminPathLocale = (typeof LOCALE_IDS)[number];

/** The menu path of each fix kind's change, part by part. */
export const ADMIN_PATH_OF: Record<FixRequestKind, readonly AdminPathPart[]> = {
  update_inventory: ['shipping', 'inventoryManagement', 'sku', 'warehouseQuantity'],
  set_infinite_inventory: ['shipping', 'inventoryManagement', 'sku', 'infiniteInventory'],
  activate_sku: ['catalog', 'productsAndSkus', 'sku', 'active'],
  activate_product: ['catalog', 'productsAndSkus', 'product', 'active'],
  associate_trade_policy: ['catalog', 'productsAndSkus', 'product', 'tradePolicies'],
  add_to_collection: ['catalog', 'collections', 'collection', 'products'],
  link_dock_trade_policy: ['shipping', 'loadingDocks', 'dock', 'tradePolicy'],
  activate_dock: ['shipping', 'loadingDocks', 'dock', 'active'],
  activate_shipping_policy: ['shipping', 'shippingPolicies', 'policy', 'active'],
  set_price: ['prices', 'priceList', 'sku', 'fixedPrice'],
  renew_price: ['prices', 'priceList', 'sku', 'fixedPriceDates'],
  add_divergence_rule: ['storeSettings', 'orders', 'orderAuthorization', 'priceDivergence'],
  register_erp_carrier: ['erpCarrierRegistry'],
  xml_show_out_of_stock: ['xmlIntegrationSettings', 'showUnavailableProducts']
};

const WORDS: Record<AdminPathLocale, Record<AdminPathPart, string>> = {
  en: {
    shipping: 'Shipping',
    inventoryManagement: 'Inventory management',
    sku: 'SKU',
    warehouseQuantity: 'warehouse quantity',
    infiniteInventory: 'Infinite inventory',
    catalog: 'Catalog',
    productsAndSkus: 'Products and SKUs',
    active: 'Active',
    product: 'Product',
    tradePolicies: 'Trade policies',
    collections: 'Collections',
    collection: 'Collection',
    products: 'Products',
    loadingDocks: 'Loading docks',
    dock: 'Dock',
    tradePolicy: 'Trade policy',
    shippingPolicies: 'Shipping policies',
    policy: 'Policy',
    prices: 'Prices',
    priceList: 'Price list',
    fixedPrice: 'Fixed price',
    fixedPriceDates: 'Fixed price dates',
    storeSettings: 'Store Settings',
    orders: 'Orders',
    orderAuthorization: 'Order authorization',
    priceDivergence: 'Price Divergence',
    erpCarrierRegistry: "The ERP's carrier registry (outside VTEX)",
    xmlIntegrationSettings: 'XML integration settings',
    showUnavailableProducts: 'Show unavailable products'
  },
  'pt-BR': {
    shipping: 'Envio',
    inventoryManagement: 'Gerenciamento de estoque',
    sku: 'SKU',
    warehouseQuantity: 'quantidade no estoque',
    infiniteInventory: 'Estoque infinito',
    catalog: 'Catálogo',
    productsAndSkus: 'Produtos e SKUs',
    active: 'Ativo',
    product: 'Produto',
    tradePolicies: 'Políticas comerciais',
    collections: 'Coleções',
    collection: 'Coleção',
    products: 'Produtos',
    loadingDocks: 'Docas',
    dock: 'Doca',
    tradePolicy: 'Política comercial',
    shippingPolicies: 'Políticas de envio',
    policy: 'Política',
    prices: 'Preços',
    priceList: 'Lista de preços',
    fixedPrice: 'Preço fixo',
    fixedPriceDates: 'Datas do preço fixo',
    storeSettings: 'Configurações da loja',
    orders: 'Pedidos',
    orderAuthorization: 'Autorização de pedidos',
    priceDivergence: 'Divergência de valores',
    erpCarrierRegistry: 'Cadastro de transportadoras do ERP (fora da VTEX)',
    xmlIntegrationSettings: 'Configurações da integração XML',
    showUnavailableProducts: 'Exibir produtos indisponíveis'
  },
  es: {
    shipping: 'Envío',
    inventoryManagement: 'Gestión de inventario',
    sku: 'SKU',
    warehouseQuantity: 'cantidad del almacén',
    infiniteInventory: 'Inventario infinito',
    catalog: 'Catálogo',
    productsAndSkus: 'Productos y SKU',
    active: 'Activo',
    product: 'Producto',
    tradePolicies: 'Políticas comerciales',
    collections: 'Colecciones',
    collection: 'Colección',
    products: 'Productos',
    loadingDocks: 'Muelles',
    dock: 'Muelle',
    tradePolicy: 'Política comercial',
    shippingPolicies: 'Políticas de envío',
    policy: 'Política',
    prices: 'Precios',
    priceList: 'Lista de precios',
    fixedPrice: 'Precio fijo',
    fixedPriceDates: 'Fechas del precio fijo',
    storeSettings: 'Configuración de la tienda',
    orders: 'Pedidos',
    orderAuthorization: 'Autorización de pedidos',
    priceDivergence: 'Divergencia de precios',
    erpCarrierRegistry: 'Registro de transportistas del ERP (fuera de VTEX)',
    xmlIntegrationSettings: 'Configuración de la integración XML',
    showUnavailableProducts: 'Mostrar productos no disponibles'
  }
};

export function isAdminPathPart(value: unknown): value is AdminPathPart {
  return typeof value === 'string' && (ADMIN_PATH_PARTS as readonly string[]).includes(value);
}

/** "Shipping > Inventory management > SKU > warehouse quantity" in the agent's language. */
export function adminPathText(parts: readonly AdminPathPart[], locale: AdminPathLocale): string {
  return parts.map((part) => WORDS[locale][part]).join(' > ');
}
