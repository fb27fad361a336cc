import { skuExistsStage } from '../checks/catalog';
import { cause, fix } from '../checks/findings';
import { runLineStages } from '../checks/order-context';
import type { Diagnoser } from './types';

/**
 * Cart invalid: a SKU the catalog does not hold, then the affiliate's minimum cart value against the
 * items' total (Σ price × quantity as sent; freight is not part of the cart).
 */
export const diagnoseInvalidCart: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [skuExistsStage(ctx)]);
  const affiliate = ctx.store.affiliates.get(ctx.order.affiliateId);
  if (!affiliate) {
    findings.need('affiliates');
    return;
  }
  const minimumCents = affiliate.minimumValueCents;
  const actualCents = ctx.order.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  if (minimumCents !== null && actualCents < minimumCents) {
    findings.add(cause('cart_below_minimum', { minimumCents, actualCents }, fix('none', false)));
  }
};
