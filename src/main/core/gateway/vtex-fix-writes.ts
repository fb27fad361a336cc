import type { FixRequest, FixRequestKind } from '../../../shared/api/fixes';
import { normaliseIsoDate } from '../../../shared/dates';
import type {
  SnapshotDock,
  SnapshotInventory,
  SnapshotPrice,
  SnapshotShippingPolicy,
  SnapshotSku
} from '../../../shared/domain/snapshot';
import type { Db } from '../db/connection';
import { upsertSku } from '../db/repositories/catalog-repository';
import { upsertDock, upsertShippingPolicy } from '../db/repositories/logistics-repository';
import { upsertBalance, upsertPrice } from '../db/repositories/stock-repository';
import { mapDock, mapInventory, mapPrice, mapShippingPolicy, mapSku } from '../import/store-mappers';
import type { VtexHttp } from '../vtex/http';
import {
  activateDock,
  activateProduct,
  activateShippingPolicy,
  activateSku,
  addSkuToCollection,
  GROUP_SKUS_TEMPLATE,
  latestDatedFixedPrice,
  linkDockTradePolicy,
  linkProductTradePolicy,
  renewFixedPrice,
  writeFixedPrice,
  WRITE_PATHS,
  writeInventory,
  type ProductReadBack,
  type WriteCall,
  type WriteOutcome
} from '../vtex/writes';

/**
 * One object a connected fix writes: the call that changes it, how the store's answer (read back)
 * is shown and written into the mirror. A bulk fix has one per object, so a refusal names its object.
 */
export interface ObjectWrite {
  entity: string;
  entityId: string;
  field: string;
  /** The call that changes the object (reads around it aside), as a preview names it. */
  call: Omit<WriteCall, 'status'>;
  write: (http: VtexHttp, now: Date) => Promise<WriteOutcome<unknown>>;
  /** The field's value in what the store returned. */
  valueIn: (readBack: unknown) => unknown;
  /** Writes the returned object into the mirror (the importer's mappers first). */
  mirror: (db: Db, readBack: unknown) => void;
}

const balanceOf = (readBack: unknown, warehouseId: string) =>
  (readBack as SnapshotInventory).balance.find((b) => b.warehouseId === warehouseId) ?? null;
const mirrorInventory = (db: Db, r: unknown) => mapInventory(r).forEach((balance) => upsertBalance(db, balance));
const mirrorSku = (db: Db, r: unknown) => upsertSku(db, mapSku(r));
const mirrorDock = (db: Db, r: unknown) => upsertDock(db, mapDock(r));
const mirrorPrice = (db: Db, r: unknown) => upsertPrice(db, mapPrice(r));

function fixedPriceIn(readBack: unknown, tradePolicyId: string) {
  const fixed = ((readBack as SnapshotPrice).fixedPrices ?? []).find(
    (f) => String(f.tradePolicyId) === tradePolicyId && (f.minQuantity ?? 1) === 1
  );
  return fixed
    ? { valueCents: Math.round(fixed.value * 100), dateFrom: fixed.dateRange?.from ?? null, dateTo: fixed.dateRange?.to ?? null }
    : null;
}

/** The fix kinds VTEX's public APIs can apply; the rest end in the Admin. */
export const CONNECTED_KINDS = [
  'update_inventory',
  'set_infinite_inventory',
  'activate_sku',
  'activate_product',
  'associate_trade_policy',
  'add_to_collection',
  'set_price',
  'renew_price',
  'link_dock_trade_policy',
  'activate_dock',
  'activate_shipping_policy'
] as const satisfies readonly FixRequestKind[];

export function reachesApi(kind: FixRequestKind): kind is (typeof CONNECTED_KINDS)[number] {
  return (CONNECTED_KINDS as readonly FixRequestKind[]).includes(kind);
}

/**
 * The writes of a fix, one per object. `current` answers the mirror's knowledge where the API needs
 * a value the fix does not carry (an inventory count kept when only the infinite flag changes).
 */
export interface MirrorKnowledge {
  inventory: (skuId: string, warehouseId: string) => { totalQuantity: number; unlimited: boolean } | null;
  skusOfProduct: (productId: string) => string[];
}

export function objectWrites(fix: FixRequest, current: MirrorKnowledge): ObjectWrite[] {
  switch (fix.kind) {
    case 'update_inventory':
    case 'set_infinite_inventory': {
      const known = current.inventory(fix.skuId, fix.warehouseId);
      const quantity = fix.kind === 'update_inventory' ? fix.totalQuantity : (known?.totalQuantity ?? 0);
      const unlimited = fix.kind === 'set_infinite_inventory' ? fix.unlimited : (known?.unlimited ?? false);
      const field = fix.kind === 'update_inventory' ? 'totalQuantity' : 'hasUnlimitedQuantity';
      return [
        {
          entity: 'inventory',
          entityId: `${fix.skuId}/${fix.warehouseId}`,
          field,
          call: { method: 'PUT', path: WRITE_PATHS.inventory(fix.skuId, fix.warehouseId) },
          write: (http, now) =>
            writeInventory(http, { skuId: fix.skuId, warehouseId: fix.warehouseId, quantity, unlimited, at: now }),
          valueIn: (r) => {
            const balance = balanceOf(r, fix.warehouseId);
            return balance === null
              ? null
              : field === 'totalQuantity'
                ? balance.totalQuantity
                : (balance.hasUnlimitedQuantity ?? false);
          },
          mirror: mirrorInventory
        }
      ];
    }
    case 'activate_sku':
      return [...new Set(fix.skuIds)].map((skuId) => ({
        entity: 'sku',
        entityId: skuId,
        field: 'isActive',
        call: { method: 'PUT', path: WRITE_PATHS.sku(skuId) },
        write: (http) => activateSku(http, skuId),
        valueIn: (r) => (r as SnapshotSku).IsActive,
        mirror: mirrorSku
      }));
    case 'activate_product':
      // The mirror keeps a product's activity on its SKUs: each is read back and written.
      return [...new Set(fix.productIds)].map((productId) => ({
        entity: 'product',
        entityId: productId,
        field: 'isActive',
        call: { method: 'PUT', path: WRITE_PATHS.product(productId) },
        write: (http) => activateProduct(http, productId, current.skusOfProduct(productId)),
        valueIn: (r) => (r as ProductReadBack).product.IsActive,
        mirror: (db, r) => (r as ProductReadBack).skus.forEach((sku) => mirrorSku(db, sku))
      }));
    case 'associate_trade_policy':
      // One call links the product; each SKU is read back (the mirror keeps trade policies per SKU).
      return current.skusOfProduct(fix.productId).map((skuId) => ({
        entity: 'sku',
        entityId: skuId,
        field: 'tradePolicyIds',
        call: { method: 'POST', path: WRITE_PATHS.productTradePolicy(fix.productId, fix.tradePolicyId) },
        write: (http) => linkProductTradePolicy(http, fix.productId, fix.tradePolicyId, skuId),
        valueIn: (r) => ((r as SnapshotSku).SalesChannels ?? []).map(String),
        mirror: mirrorSku
      }));
    case 'add_to_collection':
      // Collections hold SKUs: each SKU of the product is added and read back (the mirror keeps collections per SKU).
      return current.skusOfProduct(fix.productId).map((skuId) => ({
        entity: 'sku',
        entityId: skuId,
        field: 'collectionIds',
        call: { method: 'POST', path: GROUP_SKUS_TEMPLATE },
        write: (http) => addSkuToCollection(http, fix.collectionId, skuId),
        valueIn: (r) => Object.keys((r as SnapshotSku).ProductClusterNames ?? {}).sort(),
        mirror: mirrorSku
      }));
    case 'set_price':
      return [
        {
          entity: 'price',
          entityId: fix.skuId,
          field: `fixedPrice[${fix.tradePolicyId}]`,
          call: { method: 'PUT', path: WRITE_PATHS.price(fix.skuId) },
          write: (http) =>
            writeFixedPrice(http, {
              skuId: fix.skuId,
              tradePolicyId: fix.tradePolicyId,
              valueCents: fix.valueCents,
              dateFrom: fix.dateFrom ?? null,
              dateTo: fix.dateTo ?? null
            }),
          valueIn: (r) => fixedPriceIn(r, fix.tradePolicyId),
          mirror: mirrorPrice
        }
      ];
    case 'renew_price':
      return [
        {
          entity: 'price',
          entityId: fix.skuId,
          field: `fixedPrice[${fix.tradePolicyId}].dateTo`,
          call: { method: 'POST', path: WRITE_PATHS.fixedPrices(fix.skuId, fix.tradePolicyId) },
          write: (http, now) =>
            renewFixedPrice(http, {
              skuId: fix.skuId,
              tradePolicyId: fix.tradePolicyId,
              dateTo: normaliseIsoDate(fix.dateTo) ?? fix.dateTo,
              at: now
            }),
          valueIn: (r) => latestDatedFixedPrice(r as SnapshotPrice, fix.tradePolicyId)?.dateRange?.to ?? null,
          mirror: mirrorPrice
        }
      ];
    case 'link_dock_trade_policy':
      return [
        {
          entity: 'dock',
          entityId: fix.dockId,
          field: 'tradePolicyIds',
          call: { method: 'POST', path: WRITE_PATHS.docks() },
          write: (http) => linkDockTradePolicy(http, fix.dockId, fix.tradePolicyId),
          valueIn: (r) => ((r as SnapshotDock).salesChannels ?? []).map(String),
          mirror: mirrorDock
        }
      ];
    case 'activate_dock':
      return [
        {
          entity: 'dock',
          entityId: fix.dockId,
          field: 'isActive',
          call: { method: 'POST', path: WRITE_PATHS.dockActivation(fix.dockId) },
          write: (http) => activateDock(http, fix.dockId),
          valueIn: (r) => (r as SnapshotDock).isActive,
          mirror: mirrorDock
        }
      ];
    case 'activate_shipping_policy':
      return [
        {
          entity: 'shipping_policy',
          entityId: fix.shippingPolicyId,
          field: 'isActive',
          call: { method: 'PUT', path: WRITE_PATHS.shippingPolicy(fix.shippingPolicyId) },
          write: (http) => activateShippingPolicy(http, fix.shippingPolicyId),
          valueIn: (r) => (r as SnapshotShippingPolicy).isActive,
          mirror: (db, r) => upsertShippingPolicy(db, mapShippingPolicy(r))
        }
      ];
    // Kinds VTEX's public APIs do not write (CONNECTED_KINDS): they end in the Admin. Listed rather
    // than a default, so a kind added to the contract is a compile error here until it is placed.
    // The Price Divergence rule (Order Authorization) has no operation in VTEX's API reference
    // (vtex/openapi-schemas at 0d207e5 names order authorization only as an order status).
    case 'add_divergence_rule':
    case 'register_erp_carrier':
    case 'xml_show_out_of_stock':
      return [];
  }
}
