import { catalogStage } from '../checks/catalog';
import { deliveryCauses } from '../checks/delivery';
import { BLOCKED } from '../checks/findings';
import { runLineStages } from '../checks/order-context';
import { noDockCause, stockStage } from '../checks/stock';
import type { Diagnoser } from './types';

/**
 * No SLA for the order: per SKU the catalog (found, active, product active, in the trade policy and
 * its collection — a collection restriction hides a SKU as surely as a missing trade policy), then,
 * for the order, a dock for the trade policy (without one nothing is reachable), then per SKU the
 * reachable stock, then the delivery of the SKUs that passed: coverage, carrier limits, the SLA chosen.
 */
export const diagnoseSlaUnavailable: Diagnoser = (ctx, findings) => {
  const sellable = runLineStages(ctx.lines, findings, [
    catalogStage(ctx, ['sku_inactive', 'product_inactive', 'not_in_trade_policy', 'not_in_collection'])
  ]);
  if (sellable.length === 0) return;
  const noDock = noDockCause(ctx, findings);
  if (noDock === BLOCKED) return;
  if (noDock) {
    findings.add(noDock);
    return;
  }
  const stocked = runLineStages(sellable, findings, [stockStage(ctx)]);
  const delivery = deliveryCauses(ctx, findings, stocked);
  if (delivery !== BLOCKED) findings.add(...delivery);
};
