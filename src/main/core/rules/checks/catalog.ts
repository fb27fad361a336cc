import type { Cause, InactiveReason } from '../../../../shared/domain/diagnosis';
import type { Sku } from '../../../../shared/domain/model';
import { inactiveReasons } from '../../simulation/catalog';
import type { StoreData } from '../../model/store-data';
import { BLOCKED, cause, fix, type Findings } from './findings';
import { requireTradePolicy, type LineStage, type OrderContext } from './order-context';

/**
 * The SKU the id names; null when a complete catalog import does not hold it; BLOCKED when the
 * catalog was never imported or was declared partial (its absence then proves nothing).
 */
export function lookupSku(store: StoreData, skuId: string, findings: Findings): Sku | null | typeof BLOCKED {
  const sku = store.skus.get(skuId);
  if (sku) return sku;
  return store.complete.has('skus') ? null : findings.need('skus');
}

/** sku_not_found for an id that is not a SKU of the mirror's catalog. */
export function skuNotFound(skuId: string): Cause {
  return cause('sku_not_found', { skuId }, fix('act_at_marketplace'), { skuId });
}

/** Stage: the item id names a SKU of the catalog. */
export function skuExistsStage(ctx: OrderContext): LineStage {
  return (line, findings) => {
    const sku = lookupSku(ctx.store, line.skuId, findings);
    if (sku === BLOCKED) return BLOCKED;
    return sku ? [] : [skuNotFound(line.skuId)];
  };
}

function catalogCause(ctx: OrderContext, sku: Sku, reason: InactiveReason, tradePolicyId: string | null): Cause {
  const refs = { skuId: sku.id, tradePolicyId: tradePolicyId ?? undefined };
  switch (reason) {
    case 'sku_inactive':
      return cause('sku_inactive', { skuId: sku.id, skuName: sku.name }, fix('activate_sku', { skuIds: [sku.id] }), refs);
    case 'product_inactive':
      return cause(
        'product_inactive',
        { skuId: sku.id, productId: sku.productId, skuName: sku.name },
        fix('activate_product', { productIds: [sku.productId] }),
        refs
      );
    case 'not_in_trade_policy': {
      const policyId = tradePolicyId ?? '';
      return cause(
        'sku_not_in_trade_policy',
        {
          skuId: sku.id,
          productId: sku.productId,
          tradePolicyId: policyId,
          tradePolicyName: ctx.store.tradePolicies.get(policyId)?.name ?? null,
          skuTradePolicyIds: sku.tradePolicyIds
        },
        fix('associate_trade_policy', { productId: sku.productId, tradePolicyId: policyId }),
        refs
      );
    }
    case 'not_in_collection': {
      const policyId = tradePolicyId ?? '';
      const collectionId = ctx.store.tradePolicies.get(policyId)?.productClusterId ?? '';
      return cause(
        'sku_not_in_collection',
        {
          skuId: sku.id,
          productId: sku.productId,
          tradePolicyId: policyId,
          collectionId,
          skuCollectionIds: Object.keys(sku.collections)
        },
        fix('add_to_collection', { productId: sku.productId, collectionId }),
        refs
      );
    }
  }
}

/**
 * Stage: the trade policy sells the SKU — it and its product are active, the product is in the
 * trade policy and in its collection. Every failing condition is named: each needs its own fix.
 * `reasons` limits the conditions to those the error type checks.
 */
export function catalogStage(ctx: OrderContext, reasons: readonly InactiveReason[]): LineStage {
  const needsPolicy = reasons.includes('not_in_trade_policy') || reasons.includes('not_in_collection');
  return (line, findings) => {
    const sku = lookupSku(ctx.store, line.skuId, findings);
    if (sku === BLOCKED) return BLOCKED;
    if (!sku) return [skuNotFound(line.skuId)];
    const tradePolicyId = needsPolicy ? requireTradePolicy(ctx, findings) : null;
    const found = inactiveReasons(ctx.store, sku, tradePolicyId === BLOCKED ? null : tradePolicyId)
      .filter((reason) => reasons.includes(reason))
      .map((reason) => catalogCause(ctx, sku, reason, tradePolicyId === BLOCKED ? null : tradePolicyId));
    if (found.length > 0) return found;
    if (tradePolicyId === BLOCKED) return BLOCKED;
    if (reasons.includes('not_in_collection') && tradePolicyId !== null && !ctx.store.tradePolicies.has(tradePolicyId)) {
      // The collection restriction lives on the trade policy's record; without it the check did not run.
      findings.need('sales-channels');
    }
    return [];
  };
}
