import type { SnapshotPrice } from '../../../shared/domain/snapshot';
import type { GenSku } from './catalog-gen';
import { MAIN_TRADE_POLICY, MARKETPLACES } from './marketplaces';
import type { Random } from './random';

interface FixedPlan {
  tradePolicyId: string;
  cents: number;
  fromMs: number | null;
  toMs: number | null;
}

export interface PricePlan {
  baseCents: number | null;
  fixed: FixedPlan[];
}

const DAY_MS = 86_400_000;
const AMAZON = '3';

/**
 * The store's price table. Healthy SKUs have a base price; some add a fixed price for Amazon (valid)
 * or an old campaign price for Mercado Livre (ended: the base price applies again). `noPrice` SKUs
 * are priced only for the store itself; `expiredPrice` SKUs only through fixed prices, those of the
 * marketplaces ended; one `unpriced` SKU has no price record at all.
 */
export function planPrices(rng: Random, skus: readonly GenSku[], exportedAtMs: number): Map<string, PricePlan> {
  const plans = new Map<string, PricePlan>();
  for (const sku of skus) {
    if (sku.role === 'unpriced') continue;
    const base = sku.listedCents;
    const ended = { fromMs: exportedAtMs - 60 * DAY_MS, toMs: exportedAtMs - rng.int(2, 20) * DAY_MS };
    if (sku.role === 'noPrice') {
      plans.set(sku.id, {
        baseCents: null,
        fixed: [{ tradePolicyId: MAIN_TRADE_POLICY.id, cents: base, fromMs: null, toMs: null }]
      });
      continue;
    }
    if (sku.role === 'expiredPrice') {
      const fixed: FixedPlan[] = [{ tradePolicyId: MAIN_TRADE_POLICY.id, cents: base, fromMs: null, toMs: null }];
      for (const m of MARKETPLACES) fixed.push({ tradePolicyId: m.tradePolicyId, cents: base - 1000, ...ended });
      plans.set(sku.id, { baseCents: null, fixed });
      continue;
    }
    const fixed: FixedPlan[] = [];
    if (rng.chance(0.2)) {
      fixed.push({
        tradePolicyId: AMAZON,
        cents: base + Math.round(base * 0.05),
        fromMs: exportedAtMs - 90 * DAY_MS,
        toMs: exportedAtMs + 90 * DAY_MS
      });
    }
    if (rng.chance(0.1)) fixed.push({ tradePolicyId: '2', cents: Math.round(base * 0.9), ...ended });
    plans.set(sku.id, { baseCents: base, fixed });
  }
  return plans;
}

/** The unit price the trade policy charges at `asOfMs`: a fixed price in its range, else the base price. */
export function priceFor(plan: PricePlan | undefined, tradePolicyId: string, asOfMs: number): number | null {
  if (!plan) return null;
  const fixed = plan.fixed.find(
    (f) => f.tradePolicyId === tradePolicyId && (f.fromMs === null || f.fromMs <= asOfMs) && (f.toMs === null || asOfMs <= f.toMs)
  );
  return fixed?.cents ?? plan.baseCents;
}

const toIso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The pricing API's record: decimals in currency units, trade policy ids as strings. */
export function priceRecord(skuId: string, plan: PricePlan): SnapshotPrice {
  const listCents = (cents: number): number => Math.round((cents * 1.25) / 100) * 100 - 10;
  return {
    itemId: skuId,
    basePrice: plan.baseCents === null ? null : plan.baseCents / 100,
    listPrice: plan.baseCents === null ? null : listCents(plan.baseCents) / 100,
    fixedPrices: plan.fixed.map((f) => ({
      tradePolicyId: f.tradePolicyId,
      value: f.cents / 100,
      listPrice: listCents(f.cents) / 100,
      minQuantity: 1,
      ...(f.fromMs === null && f.toMs === null
        ? {}
        : { dateRange: { from: f.fromMs === null ? null : toIso(f.fromMs), to: f.toMs === null ? null : toIso(f.toMs) } })
    }))
  };
}
