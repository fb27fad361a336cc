import type { FixRequestKind } from '../../../shared/api/fixes';
import type { Db } from '../db/connection';
import * as store from '../db/repositories/store-write-repository';
import type { FixChange } from './store-gateway';

/*
 * Where an agent makes a change in the VTEX Admin, and how the Admin names what changes: the words a
 * planned change (a fix that touched the local copy only) is written down in, so the checklist reads
 * like the screen the agent will have open. Menu paths follow the wizard's Admin steps.
 */
export const ADMIN_PATHS: Record<FixRequestKind, string> = {
  update_inventory: 'Shipping > Inventory management > SKU > warehouse quantity',
  set_infinite_inventory: 'Shipping > Inventory management > SKU > Infinite inventory',
  activate_sku: 'Catalog > Products and SKUs > SKU > Active',
  activate_product: 'Catalog > Products and SKUs > Product > Active',
  associate_trade_policy: 'Catalog > Products and SKUs > Product > Trade policies',
  add_to_collection: 'Catalog > Collections > Collection > Products',
  link_dock_trade_policy: 'Shipping > Loading docks > Dock > Trade policy',
  activate_dock: 'Shipping > Loading docks > Dock > Active',
  activate_shipping_policy: 'Shipping > Shipping policies > Policy > Active',
  set_price: 'Prices > Price list > SKU > Fixed price',
  renew_price: 'Prices > Price list > SKU > Fixed price dates',
  add_divergence_rule: 'Store Settings > Orders > Order authorization > Price Divergence',
  register_erp_carrier: "The ERP's carrier registry (outside VTEX)",
  xml_show_out_of_stock: 'XML integration settings > Show unavailable products'
};

/** The record a planned change names, and the field in the Admin's words. */
export interface AdminPlace {
  objectKind: string;
  objectId: string;
  objectName: string | null;
  field: string;
  adminPath: string;
}

const FIELD_WORDS: Record<string, string> = {
  totalQuantity: 'Quantity',
  hasUnlimitedQuantity: 'Infinite inventory',
  isActive: 'Active',
  tradePolicyIds: 'Trade policies',
  collectionIds: 'Collections',
  action: 'Price Divergence rule action',
  registered: 'Carrier registered',
  showUnavailableSkus: 'Show unavailable products'
};

/** `fixedPrice[1]` and `fixedPrice[1].dateTo`, as the price list names them. */
function priceField(field: string): string | null {
  const match = /^fixedPrice\[(.+)\](\.dateTo)?$/.exec(field);
  if (!match) return null;
  return match[2] ? `Fixed price end date (trade policy ${match[1]})` : `Fixed price (trade policy ${match[1]})`;
}

function nameOf(db: Db, entity: string, entityId: string): string | null {
  switch (entity) {
    case 'sku':
    case 'price':
      return store.findSku(db, entityId)?.name ?? null;
    case 'inventory': {
      const [skuId, warehouseId] = entityId.split('/');
      const sku = store.findSku(db, skuId)?.name;
      const warehouse = store.findWarehouse(db, warehouseId)?.name;
      return sku || warehouse ? `${sku ?? `SKU ${skuId}`} at ${warehouse ?? warehouseId}` : null;
    }
    case 'dock':
      return store.findDock(db, entityId)?.name ?? null;
    case 'shipping_policy':
      return store.findShippingPolicy(db, entityId)?.name ?? null;
    default:
      return null;
  }
}

/** Where and how the Admin shows one changed record of a fix. */
export function adminPlaceOf(db: Db, kind: FixRequestKind, change: FixChange): AdminPlace {
  return {
    objectKind: change.entity,
    objectId: change.entityId,
    objectName: nameOf(db, change.entity, change.entityId),
    field: priceField(change.field) ?? FIELD_WORDS[change.field] ?? change.field,
    adminPath: ADMIN_PATHS[kind]
  };
}
