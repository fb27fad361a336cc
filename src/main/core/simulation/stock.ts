import type { StockRow } from '../../../shared/domain/diagnosis';
import type { StoreData } from '../model/store-data';
import { warehouseServes, type TradePolicyView } from './trade-policy-view';

export interface StockAssessment {
  /** False when the mirror holds no balance at all for the SKU. */
  known: boolean;
  rows: StockRow[];
  /** Sum of max(0, total − reserved) over warehouses that serve the trade policy. */
  reachableAvailable: number;
  reachableUnlimited: boolean;
  outsideAvailable: number;
  outsideUnlimited: boolean;
}

/** Whether a row has anything to sell. */
export function rowHasStock(row: StockRow): boolean {
  return row.unlimited || row.availableQuantity > 0;
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
  for (const balance of balances) {
    const warehouse = store.warehouses.get(balance.warehouseId);
    const row: StockRow = {
      warehouseId: balance.warehouseId,
      warehouseName: balance.warehouseName ?? warehouse?.name ?? null,
      totalQuantity: balance.totalQuantity,
      reservedQuantity: balance.reservedQuantity,
      availableQuantity: Math.max(0, balance.totalQuantity - balance.reservedQuantity),
      unlimited: balance.hasUnlimitedQuantity,
      warehouseActive: warehouse ? warehouse.isActive : null,
      dockIds: warehouse ? warehouse.docks.map((link) => link.dockId) : [],
      servesTradePolicy: warehouseServes(warehouse, view)
    };
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
