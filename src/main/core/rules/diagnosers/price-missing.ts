import { skuExistsStage } from '../checks/catalog';
import { runLineStages } from '../checks/order-context';
import { priceStage } from '../checks/pricing';
import type { Diagnoser } from './types';

/** No valid price for the trade policy: per SKU, no price at all vs fixed prices that have ended. */
export const diagnosePriceMissing: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [skuExistsStage(ctx), priceStage(ctx)]);
};
