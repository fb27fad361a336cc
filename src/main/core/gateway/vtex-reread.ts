import type { FixRequest } from '../../../shared/api/fixes';
import { ApiFailure } from '../../../shared/api/result';
import type { Db } from '../db/connection';
import { upsertSku } from '../db/repositories/catalog-repository';
import { upsertDock, upsertShippingPolicy } from '../db/repositories/logistics-repository';
import { upsertBalance, upsertPrice } from '../db/repositories/stock-repository';
import { skusOfProduct } from '../db/repositories/store-write-repository';
import { mapDock, mapInventory, mapPrice, mapShippingPolicy, mapSku } from '../import/store-mappers';
import type { VtexHttp } from '../vtex/http';
import { readDocks, readInventory, readPrice, readShippingPolicy, readSku } from '../vtex/readers';

type MirrorWrite = (db: Db) => void;

/**
 * Re-reads from VTEX the objects a fix is about, after the agent made it in the Admin ("mark as
 * done"), and returns how to write them into the mirror: the caller writes them in one transaction
 * and asks the mirror whether the fix still has anything to change. Kinds VTEX has no public read
 * for (the Price Divergence rule, the ERP's carriers, an XML feed's settings) are refused.
 */
export async function rereadFixObjects(db: Db, http: VtexHttp, fix: FixRequest): Promise<MirrorWrite[]> {
  const skus = async (ids: readonly string[]): Promise<MirrorWrite[]> =>
    (await Promise.all(ids.map((id) => readSku(http, id)))).flatMap((sku) =>
      sku ? [(target: Db) => upsertSku(target, mapSku(sku))] : []
    );
  const productSkus = (productIds: readonly string[]) => productIds.flatMap((id) => skusOfProduct(db, id).map((sku) => sku.id));
  switch (fix.kind) {
    case 'update_inventory':
    case 'set_infinite_inventory': {
      const inventory = await readInventory(http, fix.skuId);
      return inventory ? [(target) => mapInventory(inventory).forEach((balance) => upsertBalance(target, balance))] : [];
    }
    case 'activate_sku':
      return skus(fix.skuIds);
    case 'activate_product':
      return skus(productSkus(fix.productIds));
    case 'associate_trade_policy':
    case 'add_to_collection':
      return skus(productSkus([fix.productId]));
    case 'set_price':
    case 'renew_price': {
      const price = await readPrice(http, fix.skuId);
      return price ? [(target) => upsertPrice(target, mapPrice(price))] : [];
    }
    case 'link_dock_trade_policy':
    case 'activate_dock': {
      const dock = (await readDocks(http)).find((d) => d.id === fix.dockId);
      return dock ? [(target) => upsertDock(target, mapDock(dock))] : [];
    }
    case 'activate_shipping_policy': {
      const policy = await readShippingPolicy(http, fix.shippingPolicyId);
      return policy ? [(target) => upsertShippingPolicy(target, mapShippingPolicy(policy))] : [];
    }
    case 'add_divergence_rule':
    case 'register_erp_carrier':
    case 'xml_show_out_of_stock':
      throw new ApiFailure(
        'not-supported',
        'VTEX has no public API to read this back: the change plan keeps it until an import of the store shows it.'
      );
  }
}
