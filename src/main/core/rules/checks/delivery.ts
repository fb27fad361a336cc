import type { Cause, PolicyCheck, PolicyLimits, SimulatedItem, SimulationResult } from '../../../../shared/domain/diagnosis';
import { coveringRows, evaluatePolicy } from '../../simulation/coverage';
import { simulate } from '../../simulation/simulate';
import { BLOCKED, cause, fix, type Findings } from './findings';
import { offeredSla, offeredSlas } from './offered-slas';
import type { OrderContext, OrderLine } from './order-context';

const LIMIT_REASONS = new Set(['weight_over_limit', 'weight_under_limit', 'size_over_limit']);

/** The order's address for a simulation, or BLOCKED when the order has no postal code. */
function orderDestination(ctx: OrderContext, findings: Findings): { postalCode: string; country: string } | typeof BLOCKED {
  const address = ctx.order.address;
  if (!address?.postalCode) return findings.need('order.address');
  const country =
    address.country ?? (ctx.tradePolicyId ? ctx.store.tradePolicies.get(ctx.tradePolicyId)?.countryCode : null) ?? '';
  return { postalCode: address.postalCode, country };
}

/** Simulates the whole order for its address and trade policy (once per order context). */
export function simulateOrder(ctx: OrderContext, findings: Findings): SimulationResult | typeof BLOCKED {
  const memo = ctx.memo;
  if (memo?.simulation === undefined) {
    const result = simulateOnce(ctx, findings);
    if (memo) memo.simulation = result;
    return result;
  }
  if (memo.simulation !== BLOCKED) return memo.simulation;
  // A remembered BLOCKED still tells this caller's findings what was missing.
  orderDestination(ctx, findings);
  return BLOCKED;
}

function simulateOnce(ctx: OrderContext, findings: Findings): SimulationResult | typeof BLOCKED {
  const destination = orderDestination(ctx, findings);
  if (destination === BLOCKED) return BLOCKED;
  return simulate(ctx.store, {
    affiliateId: ctx.order.affiliateId,
    salesChannel: ctx.tradePolicyId ?? undefined,
    ...destination,
    items: ctx.order.items.map((item) => ({ id: item.skuId, quantity: item.quantity }))
  });
}

/** The SLA the marketplace chose for a line (its first item's logistics entry). */
export function selectedSla(ctx: OrderContext, line: OrderLine): string | null {
  for (const index of line.itemIndexes) {
    const sla = ctx.order.logistics.find((entry) => entry.itemIndex === index)?.selectedSla;
    if (sla) return sla;
  }
  return null;
}

/** SLA ids compare trimmed and case-insensitively: connectors retype them. */
export function sameSla(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function policyRows(item: SimulatedItem): SimulatedItem['ruledOut'] {
  return item.ruledOut.filter((entry) => entry.kind === 'shippingPolicy');
}

function notCoveredCause(ctx: OrderContext, sim: SimulationResult, skuIds: string[], items: SimulatedItem[]): Cause {
  const checks = new Map<string, PolicyCheck>();
  for (const entry of items.flatMap(policyRows)) {
    checks.set(entry.id, {
      shippingPolicyId: entry.id,
      name: ctx.store.shippingPolicies.get(entry.id)?.name ?? null,
      reason: entry.reason
    });
  }
  // An inactive policy that would cover the address is the quickest fix.
  const activatable = [...checks.values()].find(
    (check) =>
      check.reason === 'inactive' && coveringRows(ctx.store, check.shippingPolicyId, sim.postalCode, sim.country).length > 0
  );
  return cause(
    'postal_code_not_covered',
    { postalCode: sim.postalCode, country: sim.country, skuIds, policiesChecked: [...checks.values()] },
    activatable ? fix('activate_shipping_policy', { shippingPolicyId: activatable.shippingPolicyId }) : fix('act_in_admin'),
    { shippingPolicyId: activatable?.shippingPolicyId, tradePolicyId: sim.tradePolicyId ?? undefined }
  );
}

function exceedsCause(ctx: OrderContext, sim: SimulationResult, skuIds: string[], items: SimulatedItem[]): Cause {
  const limits = new Map<string, PolicyLimits>();
  for (const entry of items.flatMap(policyRows)) {
    if (!LIMIT_REASONS.has(entry.reason) || limits.has(entry.id)) continue;
    const evaluation = evaluatePolicy(ctx.store, entry.id, sim.postalCode, sim.country, sim.package);
    if (evaluation.status === 'covers' || !evaluation.policy) continue;
    limits.set(entry.id, {
      shippingPolicyId: entry.id,
      name: evaluation.policy.name,
      weightRanges: evaluation.coveringRows.map((row) => [row.weightStart, row.weightEnd]),
      largestMeasure: evaluation.policy.largestMeasure,
      maxMeasureSum: evaluation.policy.maxMeasureSum,
      reason: entry.reason as PolicyLimits['reason']
    });
  }
  const first = [...limits.keys()][0];
  return cause(
    'package_exceeds_carrier_limits',
    { postalCode: sim.postalCode, skuIds, package: sim.package, limits: [...limits.values()] },
    fix('act_in_admin'),
    { shippingPolicyId: first, tradePolicyId: sim.tradePolicyId ?? undefined }
  );
}

/** True when, without simulating, every line is offered an SLA and the one its marketplace selected. */
function everyLineDelivered(ctx: OrderContext, lines: OrderLine[]): boolean {
  const offered = offeredSlas(ctx);
  if (!offered) return false;
  return lines.every((line) => {
    const slas = offered[line.itemIndexes[0]];
    if (!slas || slas.size === 0) return false;
    const selected = selectedSla(ctx, line);
    return !selected || offeredSla(slas, selected) !== undefined;
  });
}

/**
 * Delivery causes for lines whose catalog and stock checks passed: the postal code is not covered
 * by any reachable active policy; it is covered but the package is outside every covering policy's
 * limits; or SLAs are offered but not the one the marketplace selected. One coverage cause names all
 * the SKUs it affects; an unoffered SLA is named per SKU.
 */
export function deliveryCauses(ctx: OrderContext, findings: Findings, lines: OrderLine[]): Cause[] | typeof BLOCKED {
  if (lines.length === 0) return [];
  if (!ctx.store.complete.has('shipping-policies')) return findings.need('shipping-policies');
  if (!ctx.store.complete.has('freight-values')) return findings.need('freight-values');
  if (everyLineDelivered(ctx, lines)) return [];
  const sim = simulateOrder(ctx, findings);
  if (sim === BLOCKED) return BLOCKED;
  const uncovered: { skuIds: string[]; items: SimulatedItem[] } = { skuIds: [], items: [] };
  const exceeding: { skuIds: string[]; items: SimulatedItem[] } = { skuIds: [], items: [] };
  const slaCauses: Cause[] = [];
  for (const line of lines) {
    const item = sim.items[line.itemIndexes[0]];
    if (item.availability === 'cannotBeDelivered') {
      const group = policyRows(item).some((entry) => LIMIT_REASONS.has(entry.reason)) ? exceeding : uncovered;
      group.skuIds.push(line.skuId);
      group.items.push(item);
      continue;
    }
    const selected = selectedSla(ctx, line);
    const offered = item.slas.map((sla) => sla.id);
    if (item.availability === 'available' && selected && !offered.some((id) => sameSla(id, selected))) {
      slaCauses.push(
        cause(
          'selected_sla_not_offered',
          { skuId: line.skuId, selectedSla: selected, offeredSlas: offered },
          fix('act_at_marketplace'),
          { skuId: line.skuId }
        )
      );
    }
  }
  const coverage: Cause[] = [];
  if (uncovered.skuIds.length > 0) coverage.push(notCoveredCause(ctx, sim, uncovered.skuIds, uncovered.items));
  if (exceeding.skuIds.length > 0) coverage.push(exceedsCause(ctx, sim, exceeding.skuIds, exceeding.items));
  return [...coverage, ...slaCauses];
}
