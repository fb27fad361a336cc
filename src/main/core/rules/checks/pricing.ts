import type { Cause, FixedPriceEvidence } from '../../../../shared/domain/diagnosis';
import type { FixedPrice, Price } from '../../../../shared/domain/model';
import { BLOCKED, cause, fix } from './findings';
import { requireTradePolicy, type LineStage, type OrderContext } from './order-context';

function inDateRange(fixed: FixedPrice, asOfMs: number): boolean {
  const from = fixed.dateFrom === null ? -Infinity : Date.parse(fixed.dateFrom);
  const to = fixed.dateTo === null ? Infinity : Date.parse(fixed.dateTo);
  return from <= asOfMs && asOfMs <= to;
}

function ended(fixed: FixedPrice, asOfMs: number): boolean {
  return fixed.dateTo !== null && Date.parse(fixed.dateTo) < asOfMs;
}

function asEvidence(fixed: FixedPrice): FixedPriceEvidence {
  return { valueCents: fixed.valueCents, minQuantity: fixed.minQuantity, dateFrom: fixed.dateFrom, dateTo: fixed.dateTo };
}

/**
 * The unit price the trade policy charges for a quantity at `asOf`: a fixed price for the trade
 * policy in its date range whose minimum quantity is reached wins (the highest such tier), else the
 * base price. Null when neither applies.
 */
export function validPriceCents(price: Price | undefined, tradePolicyId: string, quantity: number, asOf: string): number | null {
  if (!price) return null;
  const asOfMs = Date.parse(asOf);
  let best: FixedPrice | null = null;
  for (const fixed of price.fixedPrices) {
    if (fixed.tradePolicyId !== tradePolicyId || fixed.minQuantity > quantity || !inDateRange(fixed, asOfMs)) continue;
    if (!best || fixed.minQuantity > best.minQuantity) best = fixed;
  }
  return best?.valueCents ?? price.basePriceCents;
}

/**
 * Why a SKU has no valid price for the trade policy: every fixed price for it has ended (and there is
 * no base price) → expired; otherwise → missing, with what fixed prices there are. Null when a price
 * is valid.
 */
export function priceCause(ctx: OrderContext, skuId: string, quantity: number, tradePolicyId: string): Cause | null {
  const price = ctx.store.prices.get(skuId);
  if (validPriceCents(price, tradePolicyId, quantity, ctx.store.asOf) !== null) return null;
  const forPolicy = (price?.fixedPrices ?? []).filter((fixed) => fixed.tradePolicyId === tradePolicyId);
  const asOfMs = Date.parse(ctx.store.asOf);
  const refs = { skuId, tradePolicyId };
  if (forPolicy.length > 0 && forPolicy.every((fixed) => ended(fixed, asOfMs))) {
    return cause(
      'price_expired_for_trade_policy',
      { skuId, tradePolicyId, asOf: ctx.store.asOf, expired: forPolicy.map(asEvidence) },
      fix('renew_price', { skuId, tradePolicyId }),
      refs
    );
  }
  // No record at all, in a complete import: the evidence says among how many records it is missing.
  const absence = price ? {} : { priceRecordsImported: ctx.store.prices.size };
  return cause(
    'price_missing_for_trade_policy',
    { skuId, tradePolicyId, basePriceCents: price?.basePriceCents ?? null, fixedPrices: forPolicy.map(asEvidence), ...absence },
    fix('set_price', { skuId, tradePolicyId }),
    refs
  );
}

/**
 * Stage: the SKU has a valid price for the order's trade policy. A SKU with no price record has no
 * price when the prices were imported whole; when they were never imported, or the manifest
 * declared them partial, its absence is missing data.
 */
export function priceStage(ctx: OrderContext): LineStage {
  return (line, findings) => {
    const tradePolicyId = requireTradePolicy(ctx, findings);
    if (tradePolicyId === BLOCKED) return BLOCKED;
    if (!ctx.store.complete.has('prices') && !ctx.store.prices.has(line.skuId)) return findings.need('prices');
    const found = priceCause(ctx, line.skuId, line.quantity, tradePolicyId);
    return found ? [found] : [];
  };
}
