import type { Cause, Diagnosis, SimulationResult, StockBlocker, StockRow } from '../../../shared/domain/diagnosis';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import type { StockReservation } from '../../../shared/api/reprocess';
import { sameSla, selectedSla, simulateOrder } from '../rules/checks/delivery';
import { BLOCKED, Findings } from '../rules/checks/findings';
import { orderContext, type OrderLine } from '../rules/checks/order-context';
import { insufficientStockCause } from '../rules/checks/stock';
import { bestBlockerFix, stockBlockers } from '../rules/checks/stock-blockers';
import { blocksReprocess, isPassingFault } from '../rules/passing-faults';
import type { StoreData } from '../model/store-data';
import { assessStock, rowHasStock } from '../simulation/stock';
import { tradePolicyView } from '../simulation/trade-policy-view';
import type { SimulationBlockReason } from './vtex-messages';

/** A SKU line the reachable warehouses cannot serve: the units missing and the warehouse a fix would fill. */
export interface StockShortage {
  skuId: string;
  warehouseId: string;
  warehouseName: string | null;
  /** Units the line asks for in all. */
  ordered: number;
  /** Units missing when the line was judged. */
  units: number;
  tradePolicyId: string;
  /**
   * What keeps the line's stock elsewhere from the trade policy (an inactive dock…), with the units
   * removing it frees in all: the fix the data points to, ahead of more units. Null when none is held back.
   */
  unblock: StockBlocker | null;
}

/** What the order's own simulation says about integrating it now. */
export interface SimulationJudgement {
  simulation: SimulationResult | null;
  /** The first SKU line the simulation refuses, and why; null when every line can be served. */
  blocked: { skuId: string; reason: SimulationBlockReason } | null;
  /** The stock integrating would hold: filled only when nothing is blocked. */
  reservations: StockReservation[];
  shortages: StockShortage[];
  /** The first line short of stock, as the rules name it: the evidence when only the simulation saw it. */
  stockCause: Cause | null;
}

/**
 * Whether the diagnosis lets an order through: every relevant check passed on a message the desk
 * understood, or its causes are only VTEX-side failures (a replay does not meet them again) and
 * nothing found beside them would stop a reprocess (rules/passing-faults.ts, the ranking's notion
 * too). An unexplained order, missing data, or any other finding keeps it failing.
 */
export function diagnosisLetsThrough(diagnosis: Diagnosis): boolean {
  const { causes, alsoFound = [] } = diagnosis;
  if (!causes.every(isPassingFault) || alsoFound.some(blocksReprocess)) return false;
  if (diagnosis.outcome === 'causes') return causes.length > 0;
  // A message that was not understood and explains nothing is never an all-clear, whatever the rules called it.
  return diagnosis.outcome === 'no_cause_found' && diagnosis.errorType !== 'unclassified';
}

/**
 * Where a line's units come from: the warehouse behind the SLA the order selected first, then the
 * other reachable warehouses with stock, in the mirror's order. Unlimited stock reserves nothing.
 * Null when the reachable warehouses do not hold the quantity.
 */
function allocate(rows: StockRow[], line: OrderLine, preferredWarehouseId: string | null): StockReservation[] | null {
  const usable = rows.filter((row) => row.servesTradePolicy && rowHasStock(row));
  usable.sort((a, b) => Number(b.warehouseId === preferredWarehouseId) - Number(a.warehouseId === preferredWarehouseId));
  const reservations: StockReservation[] = [];
  let remaining = line.quantity;
  for (const row of usable) {
    if (row.unlimited) return reservations;
    const units = Math.min(row.availableQuantity, remaining);
    reservations.push({ skuId: line.skuId, warehouseId: row.warehouseId, units });
    remaining -= units;
    if (remaining === 0) return reservations;
  }
  return remaining <= 0 ? reservations : null;
}

/** The change that frees the most of the line's stock held outside the trade policy, summed over its warehouses. */
function unblockOf(store: StoreData, rows: StockRow[], line: OrderLine, tradePolicyId: string): StockBlocker | null {
  const outside = rows.filter((row) => !row.servesTradePolicy && rowHasStock(row));
  const best = bestBlockerFix(stockBlockers(store, outside, tradePolicyId, line.quantity), tradePolicyId);
  return best ? { ...best.blocker, unitsFreed: best.unitsFreed } : null;
}

/** The units a line lacks in the warehouses its trade policy reaches; null when none is reachable (units would not help). */
function shortageOf(store: StoreData, rows: StockRow[], line: OrderLine, tradePolicyId: string): StockShortage | null {
  const reachable = rows.filter((row) => row.servesTradePolicy);
  // The same warehouse the insufficient-stock cause's fix names, so the pre-check and the fix agree.
  const target = reachable[0];
  if (!target) return null;
  const available = reachable.reduce((sum, row) => sum + row.availableQuantity, 0);
  return {
    skuId: line.skuId,
    warehouseId: target.warehouseId,
    warehouseName: target.warehouseName,
    ordered: line.quantity,
    units: Math.max(1, line.quantity - available),
    tradePolicyId,
    unblock: unblockOf(store, rows, line, tradePolicyId)
  };
}

/**
 * Judges the order as VTEX's fulfillment simulation would let it through: per SKU line (quantities
 * summed) the item is available with an SLA, the SLA the marketplace selected when it named one,
 * and the reachable warehouses hold the units, which are then the order's reservations. Pure.
 */
export function judgeSimulation(store: StoreData, order: MarketplaceOrder): SimulationJudgement {
  const ctx = orderContext(order, store);
  const simulated = simulateOrder(ctx, new Findings());
  const judgement: SimulationJudgement = { simulation: null, blocked: null, reservations: [], shortages: [], stockCause: null };
  const block = (skuId: string, reason: SimulationBlockReason) => void (judgement.blocked ??= { skuId, reason });
  if (simulated === BLOCKED) {
    block(order.items[0]?.skuId ?? '', 'no_address');
    return judgement;
  }
  judgement.simulation = simulated;
  const view = ctx.tradePolicyId === null ? null : tradePolicyView(store, ctx.tradePolicyId);
  for (const line of ctx.lines) {
    const item = simulated.items[line.itemIndexes[0]];
    const stock = assessStock(store, view, line.skuId);
    const { rows } = stock;
    const short = () => {
      block(line.skuId, 'withoutStock');
      judgement.stockCause ??= insufficientStockCause(line, rows, stock.reachableAvailable, ctx.tradePolicyId);
      const shortage = view ? shortageOf(store, rows, line, view.tradePolicyId) : null;
      if (shortage) judgement.shortages.push(shortage);
    };
    if (item.availability === 'withoutStock') {
      short();
      continue;
    }
    if (item.availability !== 'available') {
      block(line.skuId, item.availability);
      continue;
    }
    const selected = selectedSla(ctx, line);
    const sla = selected ? item.slas.find((offered) => sameSla(offered.id, selected)) : undefined;
    if (selected && !sla) {
      block(line.skuId, 'selected_sla_not_offered');
      continue;
    }
    const reservations = allocate(rows, line, sla?.warehouseId ?? null);
    if (!reservations) short();
    else judgement.reservations.push(...reservations);
  }
  if (judgement.blocked) judgement.reservations = [];
  return judgement;
}

/** A store whose stock a replay session holds units in, over one shared reading of the mirror. */
export type SessionStore = StoreData & { holders: Set<number> };

/**
 * Holds the order's units in a session's store, in place of what it held before (a hold from an
 * earlier run included): the next order judged sees only the rest. Planned holds and the session's
 * are one map, taken from the stock as reservations are.
 */
export function holdInStore(
  store: SessionStore,
  order: Pick<MarketplaceOrder, 'id' | 'marketplaceOrderId'>,
  reservations: readonly StockReservation[]
): void {
  releaseInStore(store, order.id);
  for (const { skuId, warehouseId, units } of reservations) {
    if (units <= 0) continue;
    store.held.set(skuId, [
      ...(store.held.get(skuId) ?? []),
      { skuId, warehouseId, units, orderId: order.id, marketplaceOrderId: order.marketplaceOrderId }
    ]);
    store.holders.add(order.id);
  }
}

/** Frees what the order holds in a session's store (it would not integrate now). */
export function releaseInStore(store: SessionStore, orderId: number): void {
  if (!store.holders.delete(orderId)) return;
  for (const [skuId, holds] of store.held) {
    const others = holds.filter((hold) => hold.orderId !== orderId);
    if (others.length === holds.length) continue;
    if (others.length > 0) store.held.set(skuId, others);
    else store.held.delete(skuId);
  }
}

/** A store a session may hold units in; the shared reading of the mirror stays as the mirror is. */
export function sessionStore(base: StoreData): SessionStore {
  return { ...base, held: new Map(base.held), holders: new Set(base.holders) };
}

/** What the trade policy's warehouses still hold of a SKU in this store. */
export function reachableStock(
  store: StoreData,
  skuId: string,
  tradePolicyId: string
): { available: number; unlimited: boolean } {
  const stock = assessStock(store, tradePolicyView(store, tradePolicyId), skuId);
  return { available: stock.reachableAvailable, unlimited: stock.reachableUnlimited };
}
