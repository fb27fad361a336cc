import type { PlannedChange } from '../../../shared/api/plan';
import type {
  ReprocessPrecheck,
  ReprocessSelection,
  ReprocessVerdict,
  StockReservation,
  StockShortfall
} from '../../../shared/api/reprocess';
import { skuNames } from '../db/repositories/group-repository';
import { readPlannedHolds } from '../db/repositories/plan-repository';
import { readInventory } from '../db/repositories/stock-repository';
import { gatewayOf, type OrderReplay } from '../gateway';
import type { StockShortage } from '../gateway/integration-judge';
import type { CoreDeps } from './deps';
import { plannedChangesOf } from './plan-service';
import { blockingCause, decide, selectOrders } from './reprocess-selection';

/** What the failing orders asked of one SKU in one warehouse, and the trade policies they came through. */
interface Demand {
  shortage: StockShortage;
  ordered: number;
  tradePolicyIds: Set<string>;
}

/** Units held per SKU × warehouse once the walk is over, keyed as the demands are. */
type Held = Map<string, number>;

const keyOf = (skuId: string, warehouseId: string) => `${skuId}\u0000${warehouseId}`;

/**
 * What stays held when the walk is over: the planned holds of orders the walk did not judge again
 * (an order it judged lets go of its own), and the units of the orders it found would integrate.
 */
function heldAfterWalk(deps: CoreDeps, judged: ReadonlySet<number>, walkHolds: readonly StockReservation[]): Held {
  const held: Held = new Map();
  const add = (skuId: string, warehouseId: string, units: number) =>
    held.set(keyOf(skuId, warehouseId), (held.get(keyOf(skuId, warehouseId)) ?? 0) + units);
  for (const hold of readPlannedHolds(deps.db)) if (!judged.has(hold.orderId)) add(hold.skuId, hold.warehouseId, hold.units);
  for (const hold of walkHolds) add(hold.skuId, hold.warehouseId, hold.units);
  return held;
}

/**
 * The units still missing per SKU × warehouse once the walk is over: what the failing orders ask
 * for less what their trade policies' warehouses still hold after the orders before them took
 * theirs (the most any of those policies reaches: warehouses shared by the policies are counted
 * once, so with one policy, or policies reaching the same warehouses, the figure is exact). The
 * total a fix sets starts from the mirror's balance with what stays held on top of its reservations
 * (the walk's holds were never written; planned holds were).
 */
function shortfallsOf(deps: CoreDeps, replay: OrderReplay, demands: Map<string, Demand>, held: Held): StockShortfall[] {
  const skuIds = [...new Set([...demands.values()].map((d) => d.shortage.skuId))];
  const names = skuNames(deps.db, skuIds);
  const balances = readInventory(deps.db, { skuIds });
  const shortfalls: StockShortfall[] = [];
  for (const { shortage, ordered, tradePolicyIds } of demands.values()) {
    const left = [...tradePolicyIds].map((id) => replay.reachableStock(shortage.skuId, id));
    if (left.some((stock) => stock.unlimited)) continue;
    const units = ordered - Math.max(...left.map((stock) => stock.available));
    if (units <= 0) continue;
    const balance = balances.find((b) => b.skuId === shortage.skuId && b.warehouseId === shortage.warehouseId);
    shortfalls.push({
      skuId: shortage.skuId,
      skuName: names.get(shortage.skuId) ?? null,
      warehouseId: shortage.warehouseId,
      warehouseName: shortage.warehouseName,
      units,
      // A count below its reservations and holds sells nothing, so the new units go on top of the larger of the two.
      totalQuantity:
        Math.max(
          balance?.totalQuantity ?? 0,
          (balance?.reservedQuantity ?? 0) + (held.get(keyOf(shortage.skuId, shortage.warehouseId)) ?? 0)
        ) + units,
      ...(shortage.unblock ? { unblock: shortage.unblock } : {})
    });
  }
  return shortfalls.sort(
    (a, b) => b.units - a.units || a.skuId.localeCompare(b.skuId) || a.warehouseId.localeCompare(b.warehouseId)
  );
}

/**
 * What a reprocess of these orders would do now, walking them in the reprocess's own order over one
 * copy of the stock: each order that would integrate holds its units, so the next sees the rest.
 * Says how many would integrate and the stock the others still lack. Nothing is written.
 */
export function precheckReprocess(
  deps: CoreDeps,
  selection: ReprocessSelection | readonly number[],
  onProgress?: (done: number, total: number) => void
): ReprocessPrecheck {
  const ids = selectOrders(deps, selection);
  const gateway = gatewayOf(deps);
  const replay = gateway.openReplay(deps.clock.now());
  const precheck: ReprocessPrecheck = {
    order: 'oldest_first',
    localCopy: !gateway.reachesStore,
    total: ids.length,
    wouldSucceed: 0,
    wouldFail: 0,
    duplicates: 0,
    failingByCause: {},
    shortfalls: [],
    plannedChanges: []
  };
  const planned = new Map<number, PlannedChange>();
  const demands = new Map<string, Demand>();
  const judged = new Set<number>();
  const walkHolds: StockReservation[] = [];
  for (const [done, id] of ids.entries()) {
    onProgress?.(done, ids.length);
    const decision = decide(deps, id);
    if (decision.kind === 'duplicate') precheck.duplicates += 1;
    if (decision.kind !== 'replay') continue;
    const verdict = replay.dryRun(decision.order);
    judged.add(id);
    if (verdict.integrates) {
      walkHolds.push(...verdict.reservations);
      precheck.wouldSucceed += 1;
      if (precheck.localCopy) for (const change of plannedChangesOf(deps, id)) planned.set(change.id, change);
      continue;
    }
    precheck.wouldFail += 1;
    const cause = blockingCause(verdict);
    precheck.failingByCause[cause] = (precheck.failingByCause[cause] ?? 0) + 1;
    for (const shortage of verdict.shortages) {
      const key = keyOf(shortage.skuId, shortage.warehouseId);
      const demand = demands.get(key) ?? { shortage, ordered: 0, tradePolicyIds: new Set<string>() };
      demand.ordered += shortage.ordered;
      demand.tradePolicyIds.add(shortage.tradePolicyId);
      demands.set(key, demand);
    }
  }
  precheck.shortfalls = shortfallsOf(deps, replay, demands, heldAfterWalk(deps, judged, walkHolds));
  precheck.plannedChanges = [...planned.values()].sort((a, b) => a.id - b.id);
  return precheck;
}

/** The replay's verdict on one order now, with the diagnosis and simulation it rests on: what Verify shows. */
export function verifyOrder(deps: CoreDeps, orderId: number): ReprocessVerdict {
  const decision = decide(deps, orderId);
  const gateway = gatewayOf(deps);
  const localCopy = !gateway.reachesStore;
  const none = { orderId, message: null, diagnosis: null, simulation: null, reserved: [], localCopy, plannedChanges: [] };
  if (decision.kind === 'duplicate') return { ...none, result: 'duplicate' };
  if (decision.kind === 'not_failed') return { ...none, result: 'not_failed' };
  const verdict = gateway.openReplay(deps.clock.now()).judge(decision.order);
  const base = { orderId, diagnosis: verdict.diagnosis.diagnosis, simulation: verdict.simulation, localCopy, plannedChanges: [] };
  return verdict.integrates
    ? {
        ...base,
        result: 'would_integrate',
        message: null,
        reserved: verdict.reservations,
        plannedChanges: localCopy ? plannedChangesOf(deps, orderId) : []
      }
    : { ...base, result: 'would_fail', message: verdict.message, reserved: [] };
}
