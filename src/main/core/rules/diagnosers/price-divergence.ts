import type { Cause, DivergenceEvidence, PriceDivergenceRule } from '../../../../shared/domain/diagnosis';
import { sameSla, simulateOrder } from '../checks/delivery';
import { BLOCKED, cause, fix, type Findings } from '../checks/findings';
import { omsOrdersFor } from '../checks/oms';
import { requireTradePolicy, type OrderContext } from '../checks/order-context';
import { offeredSla, offeredSlas } from '../checks/offered-slas';
import { priceCause, validPriceCents } from '../checks/pricing';
import type { Diagnoser } from './types';

const AWAITING_STATUS = 'waiting-for-manual-authorization';

interface ExpectedItems {
  totalCents: number;
  causes: Cause[];
}

/** Σ valid price × quantity, with item_price_differs for SKUs sent at another price; null if not computable. */
function expectedItems(ctx: OrderContext, findings: Findings, tradePolicyId: string): ExpectedItems | null {
  const result: ExpectedItems = { totalCents: 0, causes: [] };
  let computable = true;
  for (const line of ctx.lines) {
    if (!ctx.store.prices.has(line.skuId) && !ctx.store.complete.has('prices')) {
      findings.need('prices');
      computable = false;
      continue;
    }
    const valid = validPriceCents(ctx.store.prices.get(line.skuId), tradePolicyId, line.quantity, ctx.store.asOf);
    if (valid === null) {
      // Without a valid price there is no expected total: the missing price is what explains it.
      const missing = priceCause(ctx, line.skuId, line.quantity, tradePolicyId);
      if (missing) findings.add(missing);
      computable = false;
      continue;
    }
    result.totalCents += valid * line.quantity;
    const sent = line.itemIndexes.map((index) => ctx.order.items[index].priceCents).find((price) => price !== valid);
    if (sent !== undefined) {
      result.causes.push(
        cause(
          'item_price_differs',
          { skuId: line.skuId, quantity: line.quantity, sentCents: sent, expectedCents: valid },
          fix('set_price', { skuId: line.skuId, tradePolicyId, valueCents: sent }),
          { skuId: line.skuId, tradePolicyId }
        )
      );
    }
  }
  return computable ? result : null;
}

/**
 * Freight the store would charge: per SLA the marketplace selected, the simulated price of that SLA
 * (a whole-package price, so counted once per SLA); entries whose SLA the simulation does not offer
 * keep the price the marketplace sent.
 */
function freight(ctx: OrderContext, findings: Findings): { paidCents: number; simulatedCents: number } {
  const paidCents = ctx.order.logistics.reduce((sum, entry) => sum + entry.priceCents, 0);
  const lean = offeredSlas(ctx);
  // The simulation proper runs only when the quick reading of the offered SLAs cannot order them.
  const sim = lean && !lean.includes(null) ? null : ctx.order.address?.postalCode ? simulateOrder(ctx, findings) : BLOCKED;
  const offeredTo = (itemIndex: number, selected: string): { id: string; priceCents: number } | undefined => {
    if (sim === null) {
      const slas = lean?.[itemIndex];
      return slas ? offeredSla(slas, selected) : undefined;
    }
    return sim === BLOCKED ? undefined : sim.items[itemIndex]?.slas.find((sla) => sameSla(sla.id, selected));
  };
  const priced = new Map<string, number>();
  let simulatedCents = 0;
  for (const entry of ctx.order.logistics) {
    const selected = entry.selectedSla;
    const offered = selected ? offeredTo(entry.itemIndex, selected) : undefined;
    if (!offered || !selected) {
      simulatedCents += entry.priceCents;
    } else if (!priced.has(offered.id)) {
      priced.set(offered.id, offered.priceCents);
      simulatedCents += offered.priceCents;
    }
  }
  return { paidCents, simulatedCents };
}

function inRange(rule: PriceDivergenceRule, percent: number): boolean {
  return rule.from <= percent && percent <= rule.to;
}

function ruleCause(ctx: OrderContext, evidence: DivergenceEvidence): Cause | null {
  const { rules, percent } = evidence;
  const awaiting = omsOrdersFor(ctx).find((oms) => oms.status === AWAITING_STATUS);
  const approval = rules.find((rule) => rule.action === 'approval' && inRange(rule, percent)) ?? null;
  if (awaiting || (approval && percent > 0)) {
    return cause(
      'price_divergence_awaiting_approval',
      { ...evidence, vtexOrderId: awaiting?.orderId ?? null, matchedRule: approval },
      fix('approve_in_oms')
    );
  }
  if (percent === 0) return null;
  // The wizard sets the rule's range from this evidence, the narrowest that covers the order.
  const addRule = fix('add_divergence_rule', { action: 'authorize' });
  if (rules.length === 0) return cause('price_divergence_rule_missing', evidence, addRule);
  if (rules.some((rule) => rule.action === 'authorize' && inRange(rule, percent))) return null;
  return cause('price_divergence_over_allowance', evidence, addRule);
}

/**
 * The order's price differs from what the store expects: expected = Σ valid price × quantity + the
 * simulated freight of the selected SLAs; the divergence % against the store's Price Divergence rules
 * (or an OMS order already held for authorization) names the rule-level cause, and item_price_differs
 * / freight_price_differs say where the difference comes from.
 */
export const diagnosePriceDivergence: Diagnoser = (ctx, findings) => {
  const tradePolicyId = requireTradePolicy(ctx, findings);
  if (tradePolicyId === BLOCKED) return;
  const paidCents = ctx.order.paymentValueCents;
  if (paidCents === null) {
    findings.need('order.marketplacePaymentValue');
    return;
  }
  const items = expectedItems(ctx, findings, tradePolicyId);
  if (!items) return;
  const shipping = freight(ctx, findings);
  const expectedCents = items.totalCents + shipping.simulatedCents;
  const differenceCents = paidCents - expectedCents;
  const ratio = expectedCents > 0 ? Math.abs(differenceCents) / expectedCents : differenceCents === 0 ? 0 : 1;
  const allowance = ctx.order.priceDivergenceAllowanceRate;
  const evidence: DivergenceEvidence = {
    paidCents,
    expectedCents,
    differenceCents,
    percent: Math.round(ratio * 10_000) / 100,
    rules: ctx.store.settings.priceDivergenceRules,
    connectorAllowancePercent: allowance === null ? null : Math.round(allowance * 10_000) / 100
  };
  const ruleLevel = ruleCause(ctx, evidence);
  // No rule-level cause means the divergence is none or authorized: VTEX integrates the order, so
  // where the difference comes from is no longer a cause of failure.
  if (!ruleLevel) return;
  findings.add(ruleLevel);
  findings.add(...items.causes);
  if (shipping.paidCents !== shipping.simulatedCents) {
    findings.add(
      cause('freight_price_differs', { sentCents: shipping.paidCents, simulatedCents: shipping.simulatedCents }, fix('none'))
    );
  }
};
