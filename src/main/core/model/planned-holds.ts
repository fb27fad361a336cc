import type { StockHold } from '../../../shared/domain/diagnosis';
import type { StoreData } from './store-data';

/** A planned reprocess's units of one SKU in one warehouse (migration 0012's planned_holds). */
export interface HeldUnits extends StockHold {
  skuId: string;
  warehouseId: string;
}

/** Holds per SKU id, the way the store indexes its balances. */
export function holdsBySku(holds: readonly HeldUnits[] | undefined): Map<string, HeldUnits[]> {
  const bySku = new Map<string, HeldUnits[]>();
  for (const hold of holds ?? []) bySku.set(hold.skuId, [...(bySku.get(hold.skuId) ?? []), hold]);
  return bySku;
}

/**
 * The store as one order sees it: its own planned hold released, since those are the units it would
 * take, while every other order's hold stays taken. The same store when the order holds nothing (the
 * usual case, so per-store caches stay warm); otherwise a shallow copy with its own holds map.
 */
export function storeSeenBy(store: StoreData, orderId: number): StoreData {
  if (!store.holders.has(orderId)) return store;
  return withoutHoldsOf(store, orderId);
}

/** A shallow copy of the store with the order's holds gone; the given store is left as it is. */
export function withoutHoldsOf(store: StoreData, orderId: number): StoreData {
  const held = new Map<string, HeldUnits[]>();
  for (const [skuId, holds] of store.held) {
    const others = holds.filter((hold) => hold.orderId !== orderId);
    if (others.length > 0) held.set(skuId, others);
  }
  const holders = new Set(store.holders);
  holders.delete(orderId);
  return { ...store, held, holders };
}

/** A copy of the store with these units held for the order, besides what is held already. */
export function withHolds(store: StoreData, holds: readonly HeldUnits[]): StoreData {
  const held = new Map(store.held);
  for (const hold of holds) held.set(hold.skuId, [...(held.get(hold.skuId) ?? []), hold]);
  return { ...store, held, holders: new Set([...store.holders, ...holds.map((hold) => hold.orderId)]) };
}
