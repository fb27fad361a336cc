import type { Cause } from '../../../../shared/domain/diagnosis';
import { catalogStage } from '../checks/catalog';
import { deliveryCauses } from '../checks/delivery';
import { BLOCKED } from '../checks/findings';
import { runLineStages, type OrderContext, type OrderLine } from '../checks/order-context';
import { priceStage } from '../checks/pricing';
import { noDockCause, stockStage } from '../checks/stock';
import { diagnosePriceDivergence } from '../diagnosers/price-divergence';
import { unknownIdStage } from '../diagnosers/unknown-sku';
import type { SweepFindings } from './families';

const ALL_CATALOG_REASONS = ['sku_inactive', 'product_inactive', 'not_in_trade_policy', 'not_in_collection'] as const;

/** The SKUs a delivery cause names: those lines stop there. */
function deliverySkus(causes: Cause[]): Set<string> {
  const skus = new Set<string>();
  for (const c of causes) {
    if (c.code === 'postal_code_not_covered' || c.code === 'package_exceeds_carrier_limits')
      c.evidence.skuIds.forEach((id) => skus.add(id));
    else if (c.skuId !== undefined) skus.add(c.skuId);
  }
  return skus;
}

/**
 * Per line, catalog → (the trade policy's docks) → stock and reach → delivery → price; a line stops
 * at the first cause, which explains it (an inactive SKU is not also "no SLA"). Returns the lines
 * every stage passed, for the checks that need the whole order priced.
 */
function runChain(ctx: OrderContext, findings: SweepFindings): OrderLine[] {
  const sellable = runLineStages(ctx.lines, findings, [
    findings.tracked('catalog', unknownIdStage(ctx)),
    findings.tracked('catalog', catalogStage(ctx, ALL_CATALOG_REASONS))
  ]);
  if (sellable.length === 0) return [];
  const noDock = noDockCause(ctx, findings);
  if (noDock === BLOCKED) return [];
  findings.ranFamily('trade_policy');
  if (noDock) {
    findings.add(noDock);
    return [];
  }
  const stocked = runLineStages(sellable, findings, [findings.tracked('stock', stockStage(ctx))]);
  if (stocked.length === 0) return [];
  const delivery = deliveryCauses(ctx, findings, stocked);
  if (delivery === BLOCKED) return [];
  findings.ranFamily('delivery');
  findings.add(...delivery);
  const undelivered = deliverySkus(delivery);
  const delivered = stocked.filter((line) => !undelivered.has(line.skuId));
  return runLineStages(delivered, findings, [findings.tracked('price', priceStage(ctx))]);
}

/**
 * The store-side sweep of a marketplace order. Price divergence is judged only when every line
 * passed (a divergence needs each SKU's valid price, and a line's own cause explains it first), with
 * the store's divergence rules imported; its type-specific judgement stays (an authorized range is
 * no cause).
 */
export function storeSideSweep(ctx: OrderContext, findings: SweepFindings): void {
  const passed = runChain(ctx, findings);
  if (passed.length !== ctx.lines.length || ctx.order.paymentValueCents === null) return;
  if (!ctx.store.complete.has('store-settings')) {
    findings.need('store-settings');
    return;
  }
  const before = findings.missing.size;
  diagnosePriceDivergence(ctx, findings);
  if (findings.missing.size === before) findings.ranFamily('price_divergence');
}
