import type { Dock, Warehouse } from '../../../shared/domain/model';
import type { StoreData } from '../model/store-data';

/** What a trade policy reaches: the docks that list it, split by whether they are active. */
export interface TradePolicyView {
  tradePolicyId: string;
  activeDocks: Dock[];
  inactiveDocks: Dock[];
  activeDockIds: Set<string>;
}

// Keyed by the StoreData object so a rebuilt store never sees a stale view, and a dropped one is collected.
const views = new WeakMap<StoreData, Map<string, TradePolicyView>>();

/** The trade policy's docks, computed once per store and trade policy. */
export function tradePolicyView(store: StoreData, tradePolicyId: string): TradePolicyView {
  let perStore = views.get(store);
  if (!perStore) {
    perStore = new Map();
    views.set(store, perStore);
  }
  const cached = perStore.get(tradePolicyId);
  if (cached) return cached;
  const listing = [...store.docks.values()].filter((dock) => dock.tradePolicyIds.includes(tradePolicyId));
  const activeDocks = listing.filter((dock) => dock.isActive);
  const view: TradePolicyView = {
    tradePolicyId,
    activeDocks,
    inactiveDocks: listing.filter((dock) => !dock.isActive),
    activeDockIds: new Set(activeDocks.map((dock) => dock.id))
  };
  perStore.set(tradePolicyId, view);
  return view;
}

/** The affiliate's trade policy when the affiliate is known, else the sales channel given. */
export function resolveTradePolicyId(
  store: StoreData,
  affiliateId: string | undefined,
  salesChannel: string | undefined
): string | null {
  const affiliate = affiliateId ? store.affiliates.get(affiliateId) : undefined;
  return affiliate?.salesChannel ?? salesChannel ?? null;
}

/** An active warehouse linked to an active dock of the trade policy: its stock is sellable there. */
export function warehouseServes(warehouse: Warehouse | undefined, view: TradePolicyView | null): boolean {
  if (!warehouse || !warehouse.isActive || !view) return false;
  return warehouse.docks.some((link) => view.activeDockIds.has(link.dockId));
}
