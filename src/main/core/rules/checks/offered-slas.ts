import { inactiveReasons } from '../../simulation/catalog';
import { evaluatePolicy, type PolicyEvaluation } from '../../simulation/coverage';
import { measurePackage } from '../../simulation/package';
import { coversQuantity, rowHasStock } from '../../simulation/stock';
import { tradePolicyView } from '../../simulation/trade-policy-view';
import type { OrderContext } from './order-context';
import { orderStock } from './stock';

/** An SLA the store offers an item: its id (the policy's name) and its cheapest price. */
export interface OfferedSla {
  id: string;
  priceCents: number;
}

/**
 * Per item of the order, the SLAs the store offers it, keyed by the SLA id compared loosely (as
 * sameSla does); null when two offered ids compare equal, which only the full simulation can order.
 */
export type OfferedSlas = (Map<string, OfferedSla> | null)[];

function slaKey(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * What `simulate` would offer each item, without building its evidence (routes, estimates, what was
 * ruled out): the full sweep asks every failed order whether it can be delivered and at what
 * freight, and nearly all can, so the simulation proper runs only when something is wrong. Item by
 * item as simulate does: a known, sellable SKU whose reachable stock covers the item's quantity gets
 * the SLA of every active shipping policy of an active trade-policy dock of a stocked reachable
 * warehouse that covers the order's package to its address, at that route's cheapest price.
 * Null when the order has no postal code (no simulation can run).
 */
export function offeredSlas(ctx: OrderContext): OfferedSlas | null {
  const memo = ctx.memo;
  if (memo?.offered !== undefined) return memo.offered;
  const offered = computeOffered(ctx);
  if (memo) memo.offered = offered;
  return offered;
}

function computeOffered(ctx: OrderContext): OfferedSlas | null {
  const { store, order } = ctx;
  const postalCode = order.address?.postalCode;
  if (!postalCode) return null;
  const tradePolicyId = ctx.tradePolicyId;
  const country = order.address?.country ?? (tradePolicyId ? store.tradePolicies.get(tradePolicyId)?.countryCode : null) ?? '';
  const view = tradePolicyId === null ? null : tradePolicyView(store, tradePolicyId);
  const items = order.items.map((item) => ({ id: item.skuId, quantity: item.quantity }));
  const pkg = measurePackage(store, items);
  const evaluations = new Map<string, PolicyEvaluation>();
  const evaluate = (policyId: string): PolicyEvaluation => {
    let evaluation = evaluations.get(policyId);
    if (!evaluation) {
      evaluation = evaluatePolicy(store, policyId, postalCode, country, pkg);
      evaluations.set(policyId, evaluation);
    }
    return evaluation;
  };
  return items.map((item) => {
    const slas = new Map<string, OfferedSla>();
    const sku = store.skus.get(item.id);
    if (!sku || !view) return slas;
    const stock = orderStock(ctx, view, sku.id);
    if (inactiveReasons(store, sku, view.tradePolicyId).length > 0 || !coversQuantity(stock, item.quantity)) return slas;
    const names = new Map<string, string>();
    for (const row of stock.rows) {
      if (!row.servesTradePolicy || !rowHasStock(row)) continue;
      for (const link of store.warehouses.get(row.warehouseId)?.docks ?? []) {
        const dock = store.docks.get(link.dockId);
        if (!dock || !view.activeDockIds.has(dock.id)) continue;
        for (const policyId of dock.shippingPolicyIds) {
          const evaluation = evaluate(policyId);
          if (evaluation.status !== 'covers') continue;
          const id = evaluation.policy.name;
          const key = slaKey(id);
          // Two policies whose names compare equal: which one a marketplace meant needs the full ordering.
          if (names.has(key) && names.get(key) !== policyId) return null;
          names.set(key, policyId);
          const priceCents = evaluation.costCents + (link.costCents ?? 0);
          const current = slas.get(key);
          if (!current || priceCents < current.priceCents) slas.set(key, { id, priceCents });
        }
      }
    }
    return slas;
  });
}

/** The SLA offered to an item under the id a marketplace selected (compared loosely). */
export function offeredSla(slas: Map<string, OfferedSla>, selected: string): OfferedSla | undefined {
  return slas.get(slaKey(selected));
}
