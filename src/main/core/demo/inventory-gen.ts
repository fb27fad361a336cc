import type { SnapshotInventory } from '../../../shared/domain/snapshot';
import type { GenSku } from './catalog-gen';
import { WAREHOUSE_IDS, WAREHOUSE_NAMES } from './logistics-gen';
import type { Random } from './random';

type Balance = SnapshotInventory['balance'][number];

function balance(warehouseId: string, totalQuantity: number, reservedQuantity: number, hasUnlimitedQuantity = false): Balance {
  return { warehouseId, warehouseName: WAREHOUSE_NAMES[warehouseId], totalQuantity, reservedQuantity, hasUnlimitedQuantity };
}

/**
 * Stock per warehouse. Sellable SKUs always hold at least 10 available units in the main São Paulo
 * warehouse (which every trade policy reaches), often more elsewhere. Stock roles plant one problem:
 * a single unit; more reserved than counted; stock only in Extrema (whose dock serves only the store
 * and Mercado Livre); stock only in Recife (whose dock is inactive); nothing at all.
 */
export function inventoryRecord(rng: Random, sku: GenSku): SnapshotInventory {
  const { main, cajamar, extrema, recife } = WAREHOUSE_IDS;
  switch (sku.role) {
    case 'lowStock':
      return { skuId: sku.id, balance: [balance(main, 1, 0)] };
    case 'negativeStock':
      return { skuId: sku.id, balance: [balance(main, rng.int(1, 3), rng.int(4, 9))] };
    case 'stockOutside':
      return { skuId: sku.id, balance: [balance(main, 0, 0), balance(extrema, rng.int(8, 40), 0)] };
    case 'stockBehindInactiveDock':
      return { skuId: sku.id, balance: [balance(main, 0, 0), balance(recife, rng.int(6, 24), 0)] };
    case 'zeroStockHidden':
    case 'zeroStockShown':
      return { skuId: sku.id, balance: [balance(main, 0, 0), balance(cajamar, 0, 0)] };
    default: {
      const total = rng.int(12, 400);
      const balances = [balance(main, total, rng.int(0, Math.min(5, total - 10)))];
      if (rng.chance(0.5)) {
        const cajamarTotal = rng.int(0, 150);
        balances.push(
          rng.chance(0.1) ? balance(cajamar, 0, 0, true) : balance(cajamar, cajamarTotal, rng.int(0, Math.min(3, cajamarTotal)))
        );
      }
      if (rng.chance(0.15)) balances.push(balance(extrema, rng.int(1, 60), 0));
      if (rng.chance(0.1)) balances.push(balance(recife, rng.int(1, 30), 0));
      return { skuId: sku.id, balance: balances };
    }
  }
}
