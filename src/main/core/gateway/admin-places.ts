import type { FixRequestKind } from '../../../shared/api/fixes';
import { adminFieldText } from '../../../shared/domain/admin-fields';
import { ADMIN_PATH_OF, adminPathText, type AdminPathPart } from '../../../shared/domain/admin-paths';
import type { Db } from '../db/connection';
import * as store from '../db/repositories/store-write-repository';
import type { FixChange } from './store-gateway';

/*
 * Where an agent makes a change in the VTEX Admin, and how the Admin names what changes: the words a
 * planned change (a fix that touched the local copy only) is written down in, so the checklist reads
 * like the screen the agent will have open. The menu path is kept as language-neutral parts
 * (shared/domain/admin-paths), written in the agent's language where it is shown.
 */

/** The Admin menu path of each fix kind in English: what a connected fix with no public API names. */
export const ADMIN_PATHS = Object.fromEntries(
  Object.entries(ADMIN_PATH_OF).map(([kind, parts]) => [kind, adminPathText(parts, 'en')])
) as Record<FixRequestKind, string>;

/** The record a planned change names, and the field in the Admin's words. */
export interface AdminPlace {
  objectKind: string;
  objectId: string;
  objectName: string | null;
  field: string;
  adminPath: readonly AdminPathPart[];
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
    field: adminFieldText(change.field, 'en'),
    adminPath: ADMIN_PATH_OF[kind]
  };
}
