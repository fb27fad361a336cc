import type { StockHold, StockRow } from '../../../shared/domain/diagnosis';
import type { HeldUnits } from '../model/planned-holds';
import type { StoreData } from '../model/store-data';
import { warehouseServes, type TradePolicyView } from './trade-policy-view';

export interface StockAssessment {
  /** False when the mirror holds no balance at all for the SKU. */
  known: boolean;
  rows: StockRow[];
  /** Sum of max(0, total − reserved − held) over warehouses that serve the trade policy. */
  reachableAvailable: number;
  reachableUnlimited: boolean;
  outsideAvailable: number;
  outsideUnlimited: boolean;
}

/** Whether a row has anything to sell. */
export function rowHasStock(row: StockRow): boolean {
  return row.unlimited || row.availableQuantity > 0;
}

/** The holds in one warehouse as evidence names them; null when none. */
function heldAt(holds: readonly HeldUnits[], warehouseId: string): StockHold[] | null {
  const here = holds.filter((hold) => hold.warehouseId === warehouseId);
  return here.length === 0
    ? null
    : here.map(({ orderId, marketplaceOrderId, units }) => ({ orderId, marketplaceOrderId, units }));
}

/** The SKU's balances split by whether their warehouse serves the trade policy. */
export function assessStock(store: StoreData, view: TradePolicyView | null, skuId: string): StockAssessment {
  const balances = store.inventory.get(skuId) ?? [];
  const assessment: StockAssessment = {
    known: balances.length > 0,
    rows: [],
    reachableAvailable: 0,
    reachableUnlimited: false,
    outsideAvailable: 0,
    outsideUnlimited: false
  };
  const holds = store.held.get(skuId);
  for (const balance of balances) {
    const warehouse = store.warehouses.get(balance.warehouseId);
    // Units a planned reprocess holds are taken exactly as reservations are (migration 0012).
    const held = holds ? heldAt(holds, balance.warehouseId) : null;
    const heldUnits = held ? held.reduce((sum, hold) => sum + hold.units, 0) : 0;
    const row: StockRow = {
      warehouseId: balance.warehouseId,
      warehouseName: balance.warehouseName ?? warehouse?.name ?? null,
      totalQuantity: balance.totalQuantity,
      reservedQuantity: balance.reservedQuantity,
      availableQuantity: Math.max(0, balance.totalQuantity - balance.reservedQuantity - heldUnits),
      unlimited: balance.hasUnlimitedQuantity,
      warehouseActive: warehouse ? warehouse.isActive : null,
      dockIds: warehouse ? warehouse.docks.map((link) => link.dockId) : [],
      servesTradePolicy: warehouseServes(warehouse, view)
    };
    if (held) row.held = held;
    assessment.rows.push(row);
    if (row.servesTradePolicy) {
      assessment.reachableAvailable += row.availableQuantity;
      assessment.reachableUnlimited ||= row.unlimited;
    } else {
      assessment.outsideAvailable += row.availableQuantity;
      assessment.outsideUnlimited ||= row.unlimited;
    }
  }
  return assessment;
}

/** Enough stock for the ordered quantity in the warehouses that serve the trade policy. */
export function coversQuantity(stock: StockAssessment, quantity: number): boolean {
  return stock.reachableUnlimited || stock.reachableAvailable >= quantity;
}
