import type { FixSuggestion, StockBlocker, StockRow } from '../../../../shared/domain/diagnosis';
import type { StoreData } from '../../model/store-data';
import { fix } from './findings';

/**
 * What keeps one stocked warehouse from the trade policy: the warehouse is inactive, it sits on no
 * dock, or each of its docks is inactive (while listing the trade policy) or does not list it. Every
 * blocker carries the units the warehouse holds for the SKU: what removing it would free.
 */
function warehouseBlockers(store: StoreData, row: StockRow, tradePolicyId: string, ordered: number): StockBlocker[] {
  const unitsFreed = row.unlimited ? ordered : row.availableQuantity;
  const base = { warehouseId: row.warehouseId, warehouseName: row.warehouseName, unitsFreed };
  const blockers: StockBlocker[] = [];
  if (row.warehouseActive === false) blockers.push({ ...base, kind: 'warehouse_inactive', dockId: null, dockName: null });
  const docks = row.dockIds.map((id) => store.docks.get(id)).filter((dock) => dock !== undefined);
  if (docks.length === 0) {
    blockers.push({ ...base, kind: 'warehouse_not_on_dock', dockId: null, dockName: null });
    return blockers;
  }
  // A dock that already lists the trade policy needs only activating: the smallest change, named first.
  const listing = docks.find((dock) => dock.tradePolicyIds.includes(tradePolicyId));
  if (listing && !listing.isActive) {
    blockers.push({ ...base, kind: 'dock_inactive', dockId: listing.id, dockName: listing.name });
  } else if (!listing) {
    const dock = docks.find((d) => d.isActive) ?? docks[0];
    blockers.push({ ...base, kind: 'dock_not_linked', dockId: dock.id, dockName: dock.name });
    if (!dock.isActive) blockers.push({ ...base, kind: 'dock_inactive', dockId: dock.id, dockName: dock.name });
  }
  return blockers;
}

/** The blockers of every stocked warehouse the trade policy does not reach. */
export function stockBlockers(store: StoreData, outside: StockRow[], tradePolicyId: string, ordered: number): StockBlocker[] {
  return outside.flatMap((row) => warehouseBlockers(store, row, tradePolicyId, ordered));
}

function blockerFix(blocker: StockBlocker, tradePolicyId: string): FixSuggestion {
  if (blocker.kind === 'dock_inactive' && blocker.dockId) return fix('activate_dock', { dockId: blocker.dockId });
  if (blocker.kind === 'dock_not_linked' && blocker.dockId)
    return fix('link_dock_trade_policy', { dockId: blocker.dockId, tradePolicyId });
  return fix('act_in_admin');
}

/**
 * The fix that frees the most units: blockers are summed per change (one dock activated frees every
 * warehouse behind it). Ties go to the blocker named first; `unitsFreed` is the change's sum. Null when
 * there is no blocker.
 */
export function bestBlockerFix(
  blockers: StockBlocker[],
  tradePolicyId: string
): { fix: FixSuggestion; blocker: StockBlocker; unitsFreed: number } | null {
  const totals = new Map<string, { blocker: StockBlocker; units: number }>();
  for (const blocker of blockers) {
    const key =
      blocker.dockId && blocker.kind.startsWith('dock')
        ? `${blocker.kind}|${blocker.dockId}`
        : `${blocker.kind}|${blocker.warehouseId}`;
    const entry = totals.get(key);
    if (entry) entry.units += blocker.unitsFreed;
    else totals.set(key, { blocker, units: blocker.unitsFreed });
  }
  let best: { blocker: StockBlocker; units: number } | null = null;
  for (const entry of totals.values()) if (!best || entry.units > best.units) best = entry;
  return best ? { fix: blockerFix(best.blocker, tradePolicyId), blocker: best.blocker, unitsFreed: best.units } : null;
}
