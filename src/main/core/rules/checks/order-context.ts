import type { SimulationResult } from '../../../../shared/domain/diagnosis';
import type { MarketplaceOrder } from '../../../../shared/domain/model';
import type { StockAssessment } from '../../simulation/stock';
import { resolveTradePolicyId } from '../../simulation/trade-policy-view';
import type { StoreData } from '../../model/store-data';
import { BLOCKED, type Findings, type StageResult } from './findings';
import type { OfferedSlas } from './offered-slas';

/** One SKU of the order, its quantities summed when the marketplace sent it on several lines. */
export interface OrderLine {
  skuId: string;
  quantity: number;
  /** The unit price sent on the SKU's first line. */
  priceCents: number;
  itemIndexes: number[];
}

export interface OrderContext {
  order: MarketplaceOrder;
  store: StoreData;
  /** The affiliate's trade policy; null when the mirror does not know the affiliate. */
  tradePolicyId: string | null;
  lines: OrderLine[];
  /**
   * Results computed once per order and shared by the error type's checks and the sweep (the
   * simulation is the costly one). Optional so a context can be written by hand.
   */
  memo?: { simulation?: SimulationResult | typeof BLOCKED; offered?: OfferedSlas | null; stock?: Map<string, StockAssessment> };
}

/** The order seen through the store: its trade policy and one line per SKU. */
export function orderContext(order: MarketplaceOrder, store: StoreData): OrderContext {
  // This runs for every failed order of a whole run, and an order has few lines: they are searched
  // in a list rather than in a Map built per order.
  const { items } = order;
  const lines: OrderLine[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const line = lines.find((seen) => seen.skuId === item.skuId);
    if (line) {
      line.quantity += item.quantity;
      line.itemIndexes.push(index);
    } else {
      lines.push({ skuId: item.skuId, quantity: item.quantity, priceCents: item.priceCents, itemIndexes: [index] });
    }
  }
  return {
    order,
    store,
    tradePolicyId: resolveTradePolicyId(store, order.affiliateId, undefined),
    lines,
    // Every field present from the start: one object shape for all orders, whichever check fills it first.
    memo: { simulation: undefined, offered: undefined, stock: undefined }
  };
}

/** A check run on one order line. */
export type LineStage = (line: OrderLine, findings: Findings) => StageResult;

/**
 * Runs the stages on every line in order; a line stops at the first stage that names a cause (the
 * cause that explains it, not its symptoms) or cannot run. Returns the lines every stage passed.
 */
export function runLineStages(lines: OrderLine[], findings: Findings, stages: LineStage[]): OrderLine[] {
  const passed: OrderLine[] = [];
  for (const line of lines) {
    let settled = false;
    for (let i = 0; i < stages.length && !settled; i++) settled = findings.settle(stages[i](line, findings));
    if (!settled) passed.push(line);
  }
  return passed;
}

/** The order's trade policy, or BLOCKED with 'affiliates' noted as missing. */
export function requireTradePolicy(ctx: OrderContext, findings: Findings): string | typeof BLOCKED {
  return ctx.tradePolicyId ?? findings.need('affiliates');
}
