import type {
  RuledOut,
  SimulatedItem,
  SimulatedSla,
  SimulationRequest,
  SimulationResult
} from '../../../shared/domain/diagnosis';
import type { StoreData } from '../model/store-data';
import { inactiveReasons } from './catalog';
import { evaluatePolicy, type PolicyEvaluation } from './coverage';
import { measurePackage } from './package';
import { assessStock, coversQuantity, rowHasStock, type StockAssessment } from './stock';
import { formatTimeSpan, parseTimeSpan } from './timespan';
import { resolveTradePolicyId, tradePolicyView, type TradePolicyView } from './trade-policy-view';

interface SimulationScope {
  store: StoreData;
  view: TradePolicyView | null;
  evaluate: (shippingPolicyId: string) => PolicyEvaluation;
}

function dockRuledOut(scope: SimulationScope): RuledOut[] {
  const ruledOut: RuledOut[] = [];
  for (const dock of scope.store.docks.values()) {
    if (!scope.view || !dock.tradePolicyIds.includes(scope.view.tradePolicyId)) {
      ruledOut.push({ kind: 'dock', id: dock.id, reason: 'not_linked_to_trade_policy' });
    } else if (!dock.isActive) {
      ruledOut.push({ kind: 'dock', id: dock.id, reason: 'inactive' });
    }
  }
  return ruledOut;
}

// Warehouses considered: those holding a balance for the SKU and those behind the trade policy's docks.
function warehouseRuledOut(scope: SimulationScope, stock: StockAssessment): RuledOut[] {
  const ruledOut: RuledOut[] = [];
  const seen = new Set<string>();
  for (const row of stock.rows) {
    seen.add(row.warehouseId);
    let reason: RuledOut['reason'] | null = null;
    if (row.warehouseActive === null) reason = 'not_in_mirror';
    else if (!row.warehouseActive) reason = 'inactive';
    else if (!row.servesTradePolicy) reason = 'not_linked_to_trade_policy';
    else if (!rowHasStock(row)) reason = 'no_stock';
    if (reason) ruledOut.push({ kind: 'warehouse', id: row.warehouseId, reason });
  }
  for (const warehouse of scope.store.warehouses.values()) {
    if (seen.has(warehouse.id) || !warehouse.docks.some((link) => scope.view?.activeDockIds.has(link.dockId))) continue;
    ruledOut.push({ kind: 'warehouse', id: warehouse.id, reason: warehouse.isActive ? 'no_stock' : 'inactive' });
  }
  return ruledOut;
}

function betterSla(a: SimulatedSla, b: SimulatedSla): number {
  return (
    a.priceCents - b.priceCents ||
    a.estimateSeconds - b.estimateSeconds ||
    a.id.localeCompare(b.id) ||
    a.dockId.localeCompare(b.dockId) ||
    a.warehouseId.localeCompare(b.warehouseId)
  );
}

/**
 * SLAs from every stocked, reachable warehouse through each of its trade-policy docks, keeping the
 * best route per shipping policy (VTEX offers one SLA per policy). Policies that cannot carry the
 * package are returned as ruled out.
 */
function findSlas(scope: SimulationScope, stock: StockAssessment): { slas: SimulatedSla[]; ruledOut: RuledOut[] } {
  const best = new Map<string, SimulatedSla>();
  const rejected = new Map<string, RuledOut>();
  for (const row of stock.rows) {
    if (!row.servesTradePolicy || !rowHasStock(row)) continue;
    const warehouse = scope.store.warehouses.get(row.warehouseId);
    for (const link of warehouse?.docks ?? []) {
      const dock = scope.store.docks.get(link.dockId);
      if (!dock || !scope.view?.activeDockIds.has(dock.id)) continue;
      for (const policyId of dock.shippingPolicyIds) {
        const evaluation = scope.evaluate(policyId);
        if (evaluation.status !== 'covers') {
          rejected.set(policyId, { kind: 'shippingPolicy', id: policyId, reason: evaluation.status });
          continue;
        }
        const estimateSeconds = evaluation.timeSeconds + parseTimeSpan(link.time) + parseTimeSpan(dock.dockTimeFake);
        const sla: SimulatedSla = {
          id: evaluation.policy.name,
          shippingPolicyId: policyId,
          name: evaluation.policy.name,
          priceCents: evaluation.costCents + (link.costCents ?? 0),
          estimate: formatTimeSpan(estimateSeconds),
          estimateSeconds,
          dockId: dock.id,
          warehouseId: row.warehouseId
        };
        const current = best.get(policyId);
        if (!current || betterSla(sla, current) < 0) best.set(policyId, sla);
      }
    }
  }
  return { slas: [...best.values()].sort(betterSla), ruledOut: [...rejected.values()] };
}

function byKindThenId(a: RuledOut, b: RuledOut): number {
  const order = { dock: 0, warehouse: 1, shippingPolicy: 2 };
  return order[a.kind] - order[b.kind] || a.id.localeCompare(b.id);
}

function simulateItem(scope: SimulationScope, item: { id: string; quantity: number }, index: number): SimulatedItem {
  const result: SimulatedItem = {
    index,
    id: item.id,
    quantity: item.quantity,
    availability: 'unknownSku',
    inactiveReasons: [],
    availableQuantity: 0,
    unlimited: false,
    slas: [],
    ruledOut: []
  };
  const sku = scope.store.skus.get(item.id);
  if (!sku) return result;
  const stock = assessStock(scope.store, scope.view, sku.id);
  result.availableQuantity = stock.reachableAvailable;
  result.unlimited = stock.reachableUnlimited;
  result.inactiveReasons = inactiveReasons(scope.store, sku, scope.view?.tradePolicyId ?? null);
  const ruledOut = [...dockRuledOut(scope), ...warehouseRuledOut(scope, stock)];
  if (result.inactiveReasons.length > 0) {
    result.availability = 'inactive';
  } else if (!coversQuantity(stock, item.quantity)) {
    result.availability = 'withoutStock';
  } else {
    const found = findSlas(scope, stock);
    result.slas = found.slas;
    ruledOut.push(...found.ruledOut);
    result.availability = found.slas.length > 0 ? 'available' : 'cannotBeDelivered';
  }
  result.ruledOut = ruledOut.sort(byKindThenId);
  return result;
}

/**
 * Answers from the mirror alone what VTEX's fulfillment simulation would: per item its availability,
 * the quantity the trade policy can sell, the SLAs that can deliver it (cheapest, then fastest) and why
 * each dock, warehouse and shipping policy considered was ruled out. The package weighed against the
 * freight rows is the whole request. Pure: nothing is created, time is not read.
 */
export function simulate(store: StoreData, request: SimulationRequest): SimulationResult {
  const tradePolicyId = resolveTradePolicyId(store, request.affiliateId, request.salesChannel);
  const view = tradePolicyId === null ? null : tradePolicyView(store, tradePolicyId);
  const pkg = measurePackage(store, request.items);
  const evaluations = new Map<string, PolicyEvaluation>();
  const scope: SimulationScope = {
    store,
    view,
    evaluate: (policyId) => {
      let evaluation = evaluations.get(policyId);
      if (!evaluation) {
        evaluation = evaluatePolicy(store, policyId, request.postalCode, request.country, pkg);
        evaluations.set(policyId, evaluation);
      }
      return evaluation;
    }
  };
  return {
    tradePolicyId,
    postalCode: request.postalCode,
    country: request.country,
    package: pkg,
    items: request.items.map((item, index) => simulateItem(scope, item, index))
  };
}
