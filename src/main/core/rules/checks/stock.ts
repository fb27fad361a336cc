import type { Cause, StockRow } from '../../../../shared/domain/diagnosis';
import { assessStock, coversQuantity, rowHasStock, type StockAssessment } from '../../simulation/stock';
import { tradePolicyView, type TradePolicyView } from '../../simulation/trade-policy-view';
import { BLOCKED, cause, fix, type Findings } from './findings';
import { bestBlockerFix, stockBlockers } from './stock-blockers';
import { requireTradePolicy, type LineStage, type OrderContext, type OrderLine } from './order-context';

/**
 * The SKU's stock as the trade policy sees it, or BLOCKED when the mirror lacks the inventory, the
 * warehouses or the docks needed to tell where the stock can be sold. A SKU with no balance in a
 * complete inventory import has no stock: zero rows, not missing data.
 */
export function stockFor(
  ctx: OrderContext,
  skuId: string,
  findings: Findings
): { stock: StockAssessment; view: TradePolicyView } | typeof BLOCKED {
  const tradePolicyId = requireTradePolicy(ctx, findings);
  if (tradePolicyId === BLOCKED) return BLOCKED;
  const { complete } = ctx.store;
  if (!complete.has('inventory') && !ctx.store.inventory.has(skuId)) return findings.need('inventory');
  if (!complete.has('warehouses')) return findings.need('warehouses');
  if (!complete.has('docks')) return findings.need('docks');
  const view = tradePolicyView(ctx.store, tradePolicyId);
  return { stock: orderStock(ctx, view, skuId), view };
}

/**
 * The SKU's stock through the order's trade policy, assessed once per order: the type's checks, the
 * sweep and the offered SLAs all ask for it.
 */
export function orderStock(ctx: OrderContext, view: TradePolicyView, skuId: string): StockAssessment {
  const memo = ctx.memo;
  if (!memo) return assessStock(ctx.store, view, skuId);
  memo.stock ??= new Map();
  let stock = memo.stock.get(skuId);
  if (!stock) {
    stock = assessStock(ctx.store, view, skuId);
    memo.stock.set(skuId, stock);
  }
  return stock;
}

/**
 * The stock cause for a line the reachable warehouses cannot serve, naming the one that explains
 * the shortfall: reservations above the count in a reachable warehouse, then stock that sits in
 * warehouses the trade policy does not reach — all of it, or the part that would cover what the
 * reachable ones lack — with what blocks each warehouse; else plain insufficient stock. Null when
 * stock suffices.
 */
export function stockCause(ctx: OrderContext, line: OrderLine, stock: StockAssessment, view: TradePolicyView): Cause | null {
  if (coversQuantity(stock, line.quantity)) return null;
  const { skuId, quantity: ordered } = line;
  const tradePolicyId = view.tradePolicyId;
  const negative = stock.rows.filter((row) => row.servesTradePolicy && row.reservedQuantity > row.totalQuantity);
  if (negative.length > 0) {
    return cause(
      'negative_inventory',
      { skuId, ordered, available: stock.reachableAvailable, warehouses: negative },
      fix('update_inventory', { skuId, warehouseId: negative[0].warehouseId }),
      { skuId, warehouseId: negative[0].warehouseId, tradePolicyId }
    );
  }
  const outside = stock.rows.filter((row) => !row.servesTradePolicy && rowHasStock(row));
  const outsideCovers = stock.outsideUnlimited || stock.reachableAvailable + stock.outsideAvailable >= ordered;
  if (outside.length > 0 && (stock.reachableAvailable === 0 || outsideCovers)) {
    const blockers = stockBlockers(ctx.store, outside, tradePolicyId, ordered);
    const best = bestBlockerFix(blockers, tradePolicyId);
    const warehouseId = best?.blocker.warehouseId ?? outside[0].warehouseId;
    return cause(
      'stock_outside_trade_policy',
      {
        skuId,
        tradePolicyId,
        ordered,
        warehouses: outside,
        tradePolicyDockIds: view.activeDocks.map((dock) => dock.id),
        blockers
      },
      best?.fix ?? fix('act_in_admin'),
      { skuId, warehouseId, tradePolicyId, dockId: best?.blocker.dockId ?? undefined }
    );
  }
  return insufficientStockCause(line, stock.rows, stock.reachableAvailable, tradePolicyId);
}

/** insufficient_stock with every balance as evidence; the fix targets the first warehouse that can sell. */
export function insufficientStockCause(
  line: OrderLine,
  rows: StockRow[],
  available: number,
  tradePolicyId: string | null
): Cause {
  const { skuId, quantity: ordered } = line;
  const target = rows.find((row) => row.servesTradePolicy) ?? rows[0];
  return cause(
    'insufficient_stock',
    { skuId, ordered, available, warehouses: rows },
    fix('update_inventory', target ? { skuId, warehouseId: target.warehouseId } : { skuId }),
    { skuId, warehouseId: target?.warehouseId, tradePolicyId: tradePolicyId ?? undefined }
  );
}

/** Stage: the warehouses the trade policy reaches hold the ordered quantity. */
export function stockStage(ctx: OrderContext): LineStage {
  return (line, findings) => {
    const found = stockFor(ctx, line.skuId, findings);
    if (found === BLOCKED) return BLOCKED;
    const result = stockCause(ctx, line, found.stock, found.view);
    return result ? [result] : [];
  };
}

/**
 * no_dock_for_trade_policy when no active dock lists the trade policy: it explains every item's
 * missing stock and SLA at once. Null when a dock exists; BLOCKED when the mirror has no docks.
 */
export function noDockCause(ctx: OrderContext, findings: Findings): Cause | null | typeof BLOCKED {
  const tradePolicyId = requireTradePolicy(ctx, findings);
  if (tradePolicyId === BLOCKED) return BLOCKED;
  if (!ctx.store.complete.has('docks')) return findings.need('docks');
  const view = tradePolicyView(ctx.store, tradePolicyId);
  if (view.activeDocks.length > 0) return null;
  const inactive = view.inactiveDocks.map((dock) => dock.id);
  const docks = [...ctx.store.docks.values()];
  const candidate = docks.find((dock) => dock.isActive) ?? docks[0];
  const suggestion =
    inactive.length > 0
      ? fix('activate_dock', { dockId: inactive[0] })
      : candidate
        ? fix('link_dock_trade_policy', { dockId: candidate.id, tradePolicyId })
        : fix('act_in_admin');
  return cause(
    'no_dock_for_trade_policy',
    { tradePolicyId, inactiveDockIds: inactive, dockCount: ctx.store.docks.size },
    suggestion,
    { tradePolicyId, dockId: inactive[0] }
  );
}
