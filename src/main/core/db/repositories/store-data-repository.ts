import { buildStoreData, type StoreData, type StoreKind } from '../../model/store-data';
import type { Db } from '../connection';
import { readAffiliates, readSkus, readTradePolicies } from './catalog-repository';
import { readDocks, readFreightValues, readShippingPolicies, readWarehouses } from './logistics-repository';
import { readMeta } from './meta-repository';
import { hasOmsOrders, readOmsOrdersOfFailedOrders } from './oms-repository';
import { readPlannedHolds } from './plan-repository';
import { readStoreSettings } from './settings-repository';
import { readInventory, readPrices } from './stock-repository';
import { readCompleteKinds } from './store-kinds-repository';

/** A reading of the whole store and the data version it was read at (see dataVersion). */
export interface StoreReading {
  version: string;
  store: StoreData;
}

// One reading per connection, kept until the data changes: at a million orders reading the store
// takes seconds, and the order pane, the simulator and every reprocess ask for it.
const cache = new WeakMap<Db, StoreReading>();

/** Whole readings of the store this thread made: lets tests tell a reading kept from a new one. */
let wholeReadings = 0;

/**
 * The key under which a reading of the store stays valid: the store generation (bumped by triggers
 * on every write to the store's tables and to planned holds, by this process or another; see
 * migrations 0004 and 0012) and the kinds recorded as complete. A note, an audit entry or a diagnosis write leaves both alone.
 */
function dataVersion(db: Db): string {
  const rows = db
    .prepare("SELECT key, value FROM mirror_meta WHERE key IN ('store_generation', 'complete_kinds') ORDER BY key")
    .all() as {
    key: string;
    value: string;
  }[];
  return rows.map((row) => `${row.key}=${row.value}`).join(';');
}

/** The kinds recorded as imported whole; undefined when the mirror never recorded any. */
function completeKinds(db: Db): StoreKind[] | undefined {
  return readMeta(db).complete_kinds === undefined ? undefined : readCompleteKinds(db);
}

/**
 * The whole store, read into memory indexes for the rules engine: a few whole-table scans, no
 * query per record, and no new reading while the mirror has not changed. Time-dependent checks are
 * judged as of the snapshot's exportedAt when the mirror knows it, else `now`.
 */
export function readStoreData(db: Db, now: string): StoreData {
  const version = dataVersion(db);
  let cached = cache.get(db);
  if (!cached || cached.version !== version) {
    cached = { version, store: readWholeStore(db, now) };
    cache.set(db, cached);
  }
  const asOf = readMeta(db).exportedAt ?? now;
  // A new asOf means a new object, so per-store caches (trade-policy views) start afresh with it.
  return cached.store.asOf === asOf ? cached.store : { ...cached.store, asOf };
}

/**
 * This connection's reading of the store if it is still the mirror's current one: what a whole run
 * hands its job worker, so that the worker's new connection does not read an unchanged store again.
 */
export function currentStoreReading(db: Db): StoreReading | undefined {
  const cached = cache.get(db);
  return cached?.version === dataVersion(db) ? cached : undefined;
}

/**
 * Takes a reading made on another connection to the same mirror (handed over by another thread) as
 * this connection's own: readStoreData keeps it while the data version is the one it was read at,
 * and reads the store again if a write came in between.
 */
export function adoptStoreReading(db: Db, reading: StoreReading): void {
  cache.set(db, reading);
}

/** How many times this thread read the whole store (not counting readings kept or adopted). */
export function wholeStoreReadings(): number {
  return wholeReadings;
}

function readWholeStore(db: Db, now: string): StoreData {
  wholeReadings += 1;
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
    omsOrders: readOmsOrdersOfFailedOrders(db),
    hasOmsOrders: hasOmsOrders(db),
    complete: completeKinds(db),
    held: readPlannedHolds(db)
  });
}
