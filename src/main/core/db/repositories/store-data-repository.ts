import { buildStoreData, type StoreData } from '../../rules/store-data';
import type { Db } from '../connection';
import { readAffiliates, readSkus, readTradePolicies } from './catalog-repository';
import { readDocks, readFreightValues, readShippingPolicies, readWarehouses } from './logistics-repository';
import { readMeta } from './meta-repository';
import { readOmsOrders } from './oms-repository';
import { readStoreSettings } from './settings-repository';
import { readInventory, readPrices } from './stock-repository';

/**
 * The whole store, read once into memory indexes for the rules engine: a few whole-table scans,
 * no query per record. Time-dependent checks are judged as of the snapshot's exportedAt when the
 * mirror knows it, else `now`.
 */
export function readStoreData(db: Db, now: string): StoreData {
  return buildStoreData({
    asOf: readMeta(db).exportedAt ?? now,
    affiliates: readAffiliates(db),
    tradePolicies: readTradePolicies(db),
    skus: readSkus(db),
    inventory: readInventory(db),
    prices: readPrices(db),
    docks: readDocks(db),
    warehouses: readWarehouses(db),
    shippingPolicies: readShippingPolicies(db),
    freightValues: readFreightValues(db),
    settings: readStoreSettings(db),
    omsOrders: readOmsOrders(db, { withItems: false })
  });
}
