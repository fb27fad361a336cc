import {
  STOREFRONT_FAMILIES,
  type SkipReason,
  type StorefrontFamily,
  type StorefrontOutcome,
  type StorefrontVerdict
} from '../../../../shared/api/storefront';
import type { Cause } from '../../../../shared/domain/diagnosis';
import { catalogStage } from '../checks/catalog';
import { deliveryCauses, simulateOrder } from '../checks/delivery';
import { BLOCKED, Findings } from '../checks/findings';
import { runLineStages, type OrderContext } from '../checks/order-context';
import { priceStage } from '../checks/pricing';
import { noDockCause, stockStage } from '../checks/stock';
import { diagnoseStoreOrderNotCreated } from '../diagnosers/store-order-not-created';
import type { StoreData } from '../../model/store-data';
import { SweepFindings } from '../sweep/families';
import { storefrontContext, type StorefrontQuery } from './storefront-context';

const ALL_CATALOG_REASONS = ['sku_inactive', 'product_inactive', 'not_in_trade_policy', 'not_in_collection'] as const;

/**
 * Stock as the storefront sells it: infinite inventory, enough units, or "sell when out of stock"
 * passes; otherwise the storefront's own judgement (not sellable out of stock, an XML feed hiding
 * it). A plain shortage is named by the marketplace stock stage where it can say more (reserved
 * above the count, stock behind a dock the trade policy does not reach).
 */
function stockFindings(ctx: OrderContext, findings: SweepFindings): Cause[] | typeof BLOCKED {
  const storefront = new Findings();
  diagnoseStoreOrderNotCreated(ctx, storefront);
  if (storefront.missing.size > 0) {
    storefront.missing.forEach((kind) => findings.need(kind));
    return BLOCKED;
  }
  findings.ranFamily('stock');
  findings.ranFamily('storefront');
  return storefront.causes.map((found) => {
    if (found.code !== 'insufficient_stock') return found;
    const precise = stockStage(ctx)(ctx.lines[0], new Findings());
    return precise === BLOCKED || precise.length === 0 ? found : precise[0];
  });
}

/**
 * Why a customer cannot buy one SKU in one trade policy (and to a CEP, when given): catalog (SKU
 * and product active, in the trade policy and its collection) → price for the trade policy → a dock
 * for the trade policy → stock as the storefront sells it → an SLA to the CEP. A catalog cause stops
 * the rest (the product is not on sale at all); price is judged beside stock and delivery, since
 * each blocks the purchase on its own. Reuses the checks the diagnosis runs on orders. Pure.
 */
export function checkStorefront(store: StoreData, query: StorefrontQuery): StorefrontVerdict {
  const ctx = storefrontContext(store, query);
  const findings = new SweepFindings();
  const skipped = new Map<StorefrontFamily, SkipReason>();
  const skip = (why: SkipReason, ...families: StorefrontFamily[]) =>
    families.forEach((family) => skipped.has(family) || skipped.set(family, why));

  const sellable = runLineStages(ctx.lines, findings, [findings.tracked('catalog', catalogStage(ctx, ALL_CATALOG_REASONS))]);
  if (findings.causes.length > 0) skip('after_cause', 'trade_policy', 'stock', 'storefront', 'delivery', 'price');
  if (sellable.length > 0) {
    runLineStages(sellable, findings, [findings.tracked('price', priceStage(ctx))]);
    const noDock = noDockCause(ctx, findings);
    if (noDock !== BLOCKED) {
      findings.ranFamily('trade_policy');
      if (noDock) {
        findings.add(noDock);
        skip('after_cause', 'stock', 'storefront', 'delivery');
      } else {
        const stock = stockFindings(ctx, findings);
        if (stock !== BLOCKED && stock.length > 0) {
          findings.add(...stock);
          skip('after_cause', 'delivery');
        } else if (stock !== BLOCKED && !query.postalCode) {
          skip('no_postal_code', 'delivery');
        } else if (stock !== BLOCKED) {
          const delivery = deliveryCauses(ctx, findings, sellable);
          if (delivery !== BLOCKED) {
            findings.ranFamily('delivery');
            findings.add(...delivery);
          }
        }
      }
    }
  }

  const checked = STOREFRONT_FAMILIES.filter((family) => findings.checked.includes(family));
  const notChecked = STOREFRONT_FAMILIES.filter((family) => !checked.includes(family)).map((family) => ({
    family,
    why: skipped.get(family) ?? 'missing_data'
  }));
  const missing = [...findings.missing];
  const outcome: StorefrontOutcome =
    findings.causes.length > 0
      ? 'causes'
      : missing.length > 0
        ? 'insufficient_data'
        : notChecked.length > 0
          ? 'no_postal_code'
          : 'all_pass';
  const simulated = query.postalCode ? simulateOrder(ctx, new Findings()) : BLOCKED;
  return { outcome, causes: findings.causes, checked, notChecked, missing, simulation: simulated === BLOCKED ? null : simulated };
}
