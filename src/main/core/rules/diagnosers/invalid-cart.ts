import { skuExistsStage } from '../checks/catalog';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { BLOCKED, cause, fix, type Findings } from '../checks/findings';
import { runLineStages, type OrderContext } from '../checks/order-context';
import type { Diagnoser } from './types';

/**
 * cart_below_minimum when the items' total (Σ price × quantity as sent; freight is not part of the
 * cart) is below the affiliate's minimum cart value; BLOCKED when the affiliate is unknown.
 */
export function cartMinimumCause(ctx: OrderContext, findings: Findings): Cause | null | typeof BLOCKED {
  const affiliate = ctx.store.affiliates.get(ctx.order.affiliateId);
  if (!affiliate) return findings.need('affiliates');
  const minimumCents = affiliate.minimumValueCents;
  const actualCents = ctx.order.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  return minimumCents !== null && actualCents < minimumCents
    ? cause('cart_below_minimum', { minimumCents, actualCents }, fix('none'))
    : null;
}

/** Cart invalid: a SKU the catalog does not hold, then the affiliate's minimum cart value. */
export const diagnoseInvalidCart: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [skuExistsStage(ctx)]);
  const below = cartMinimumCause(ctx, findings);
  if (below && below !== BLOCKED) findings.add(below);
};
