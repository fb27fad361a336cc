import { catalogStage } from '../checks/catalog';
import { runLineStages } from '../checks/order-context';
import type { Diagnoser } from './types';

/** SKU inactive or outside the trade policy: the catalog conditions, every failing one per SKU. */
export const diagnoseSkuUnavailable: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [
    catalogStage(ctx, ['sku_inactive', 'product_inactive', 'not_in_trade_policy', 'not_in_collection'])
  ]);
};
