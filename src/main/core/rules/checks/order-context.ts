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
  const bySku = new Map<string, OrderLine>();
  order.items.forEach((item, index) => {
    const line = bySku.get(item.skuId);
    if (line) {
      line.quantity += item.quantity;
      line.itemIndexes.push(index);
    } else {
      bySku.set(item.skuId, { skuId: item.skuId, quantity: item.quantity, priceCents: item.priceCents, itemIndexes: [index] });
    }
  });
  return {
    order,
    store,
    tradePolicyId: resolveTradePolicyId(store, order.affiliateId, undefined),
    lines: [...bySku.values()],
    memo: {}
  };
}

/** A check run on one order line. */
export type LineStage = (line: OrderLine, findings: Findings) => StageResult;

/**
 * Runs the stages on every line in order; a line stops at the first stage that names a cause (the
 * cause that explains it, not its symptoms) or cannot run. Returns the lines every stage passed.
 */
export function runLineStages(lines: OrderLine[], findings: Findings, stages: LineStage[]): OrderLine[] {
  return lines.filter((line) => !stages.some((stage) => findings.settle(stage(line, findings))));
}

/** The order's trade policy, or BLOCKED with 'affiliates' noted as missing. */
export function requireTradePolicy(ctx: OrderContext, findings: Findings): string | typeof BLOCKED {
  return ctx.tradePolicyId ?? findings.need('affiliates');
}
