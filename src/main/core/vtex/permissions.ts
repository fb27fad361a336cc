import type { VtexModule } from './config';

/**
 * What each endpoint the desk reads needs from the key's role, as VTEX's API reference lists it
 * (the "Permissions" table of each operation in vtex/openapi-schemas): Product › Category › Resource.
 * A 403 names this resource so the agent can ask for exactly it instead of reading a raw status.
 */
export interface RequiredResource {
  module: VtexModule;
  /** License Manager product, category and resource, as the Admin's role editor spells them. */
  product: string;
  category: string;
  resource: string;
  /** A predefined role that grants it, when VTEX documents one. */
  role: string | null;
}

export type VtexEndpoint =
  | 'oms.list'
  | 'oms.get'
  | 'catalog.sku'
  | 'catalog.skuIds'
  | 'catalog.salesChannels'
  | 'logistics.inventory'
  | 'logistics.docks'
  | 'logistics.warehouses'
  | 'logistics.shippingPolicies'
  | 'logistics.freightValues'
  | 'pricing.price'
  | 'fulfillment.affiliates'
  | 'checkout.simulation'
  | 'catalog.skuWrite'
  | 'catalog.productWrite'
  | 'catalog.product'
  | 'catalog.collectionRead'
  | 'catalog.subcollectionWrite'
  | 'logistics.inventoryWrite'
  | 'logistics.dockWrite'
  | 'logistics.shippingPolicyWrite'
  | 'pricing.priceWrite'
  | 'orderIntegration.send';

const logisticsViewer = {
  module: 'logistics',
  product: 'Logistics',
  category: 'Logistics access',
  resource: 'Logistics viewer',
  role: 'Logistics - Read only'
} as const;

export const REQUIRED_RESOURCES: Record<VtexEndpoint, RequiredResource> = {
  'oms.list': { module: 'oms', product: 'OMS', category: 'OMS access', resource: 'List Orders', role: null },
  'oms.get': { module: 'oms', product: 'OMS', category: 'OMS access', resource: 'View order', role: null },
  'catalog.sku': { module: 'catalog', product: 'Catalog', category: 'Content', resource: 'SKUs', role: null },
  'catalog.skuIds': { module: 'catalog', product: 'Catalog', category: 'Content', resource: 'SKUs', role: null },
  'catalog.salesChannels': {
    module: 'catalog',
    product: 'Catalog API',
    category: 'General',
    resource: 'View Product',
    role: null
  },
  'logistics.inventory': {
    module: 'logistics',
    product: 'Logistics',
    category: 'Logistics access',
    resource: 'Logistics inventory read only',
    role: 'Logistics - Read only'
  },
  'logistics.docks': logisticsViewer,
  'logistics.warehouses': logisticsViewer,
  'logistics.shippingPolicies': logisticsViewer,
  'logistics.freightValues': logisticsViewer,
  'pricing.price': { module: 'pricing', product: 'Pricing', category: 'Price List', resource: 'Read prices', role: null },
  'fulfillment.affiliates': {
    module: 'fulfillment',
    product: 'Checkout',
    category: 'CheckoutResources',
    resource: 'Save Order Configuration',
    role: null
  },
  // The simulation is a public route: VTEX lists no resource for it.
  'checkout.simulation': {
    module: 'checkout',
    product: 'Checkout',
    category: 'public',
    resource: 'none (public route)',
    role: null
  },
  // Writes (connected fixes and the re-send of a marketplace order). Each as the "Permissions" table of
  // its operation in VTEX's API reference says (vtex/openapi-schemas at 0d207e5, August 2026).
  // Catalog API, PUT /api/catalog/pvt/stockkeepingunit/{skuId} ("Update SKU"): Catalog › Content › SKUs, no predefined role.
  'catalog.skuWrite': { module: 'catalog', product: 'Catalog', category: 'Content', resource: 'SKUs', role: null },
  // Catalog API, POST /api/catalog/pvt/product/{productId}/salespolicy/{tradepolicyId}: Catalog API › General › Edit Product.
  'catalog.productWrite': {
    module: 'catalog',
    product: 'Catalog API',
    category: 'General',
    resource: 'Edit Product',
    role: null
  },
  // Catalog API, GET and PUT /api/catalog/pvt/product/{productId} ("Get product by ID", "Update product"):
  // Catalog › Content › Product and SKU Management, no predefined role.
  'catalog.product': {
    module: 'catalog',
    product: 'Catalog',
    category: 'Content',
    resource: 'Product and SKU Management',
    role: null
  },
  // Catalog API, GET /api/catalog/pvt/collection/{collectionId}/subcollection ("Get subcollection by collection
  // ID"): Catalog › Collection › Read Collections, no predefined role.
  'catalog.collectionRead': {
    module: 'catalog',
    product: 'Catalog',
    category: 'Collection',
    resource: 'Read Collections',
    role: null
  },
  // Catalog API, POST /api/catalog/pvt/subcollection/{subCollectionId}/stockkeepingunit ("Add SKU to
  // subcollection"): Catalog › Configuration › CMS Management, no predefined role.
  'catalog.subcollectionWrite': {
    module: 'catalog',
    product: 'Catalog',
    category: 'Configuration',
    resource: 'CMS Management',
    role: null
  },
  // Logistics API, PUT …/inventory/skus/{skuId}/warehouses/{warehouseId}: "Logistics inventory full access"
  // (the narrower of the two it accepts; "Logistics full access" also serves), in the role "Logistics - Full access".
  'logistics.inventoryWrite': {
    module: 'logistics',
    product: 'Logistics',
    category: 'Logistics access',
    resource: 'Logistics inventory full access',
    role: 'Logistics - Full access'
  },
  // Logistics API, POST /api/logistics/pvt/configuration/docks and POST …/docks/{dockId}/activation.
  'logistics.dockWrite': {
    module: 'logistics',
    product: 'Logistics',
    category: 'Logistics access',
    resource: 'Logistics full access',
    role: 'Logistics - Full access'
  },
  // Logistics API, PUT /api/logistics/pvt/shipping-policies/{id} ("Update shipping policy by ID"): "Logistics
  // shipping full access" (the narrower of the two it accepts; "Logistics full access" also serves).
  'logistics.shippingPolicyWrite': {
    module: 'logistics',
    product: 'Logistics',
    category: 'Logistics access',
    resource: 'Logistics shipping full access',
    role: 'Logistics - Full access'
  },
  // Pricing API, PUT /pricing/prices/{itemId} ("Create or update base price or fixed prices") and POST
  // /pricing/prices/{itemId}/fixed/{priceTableId} ("Create or update fixed prices on a price table or trade
  // policy"): Pricing › Price List › Modify prices, no predefined role.
  'pricing.priceWrite': { module: 'pricing', product: 'Pricing', category: 'Price List', resource: 'Modify prices', role: null },
  'orderIntegration.send': {
    module: 'fulfillment',
    product: 'Checkout',
    category: 'CheckoutResources',
    resource: 'Marketplace order integration',
    role: null
  }
};

/** "Logistics › Logistics access › Logistics viewer": how the desk names a missing resource. */
export function resourcePath(required: RequiredResource): string {
  return `${required.product} › ${required.category} › ${required.resource}`;
}
