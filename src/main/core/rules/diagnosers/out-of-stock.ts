import { catalogStage, skuExistsStage } from '../checks/catalog';
import { runLineStages } from '../checks/order-context';
import { stockStage } from '../checks/stock';
import type { Diagnoser } from './types';

/**
 * Stock missing or reservation failed: per SKU its existence, then the reachable stock (where a
 * trade policy without docks shows as stock outside it), then whether the trade policy sells it at
 * all — an inactive SKU or product reads as "out of stock" to a marketplace.
 */
export const diagnoseOutOfStock: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [
    skuExistsStage(ctx),
    stockStage(ctx),
    catalogStage(ctx, ['sku_inactive', 'product_inactive', 'not_in_trade_policy'])
  ]);
};
