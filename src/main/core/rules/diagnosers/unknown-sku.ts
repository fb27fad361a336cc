import { lookupSku, skuNotFound } from '../checks/catalog';
import { BLOCKED, cause, fix } from '../checks/findings';
import { runLineStages, type LineStage, type OrderContext } from '../checks/order-context';
import type { Diagnoser } from './types';

/**
 * The marketplace sent an id that is not a SKU of the store. When it equals another SKU's RefId that
 * is the finding (the mapping used the RefId), whether or not the id is numeric; otherwise a
 * non-integer id, else an integer the catalog does not hold.
 */
export function unknownIdStage(ctx: OrderContext): LineStage {
  return (line, findings) => {
    const sku = lookupSku(ctx.store, line.skuId, findings);
    if (sku === BLOCKED) return BLOCKED;
    if (sku) return [];
    const byRef = ctx.store.skusByRefId.get(line.skuId);
    if (byRef) {
      return [
        cause(
          'sku_ref_id_matches_other_sku',
          { sentId: line.skuId, skuId: byRef.id, skuName: byRef.name },
          fix('act_at_marketplace'),
          { skuId: byRef.id }
        )
      ];
    }
    if (!/^\d+$/.test(line.skuId.trim())) {
      return [
        cause('sku_id_not_numeric', { skuId: line.skuId }, fix('act_at_marketplace'), {
          skuId: line.skuId
        })
      ];
    }
    return [skuNotFound(line.skuId)];
  };
}

export const diagnoseUnknownSku: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [unknownIdStage(ctx)]);
};
