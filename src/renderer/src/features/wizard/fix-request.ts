import type { FixRequest, FixRequestKind } from '../../../../shared/api/fixes';
import type { OrderView } from '../../../../shared/api/orders';
import type {
  Cause,
  DivergenceEvidence,
  FixDraft,
  FixRequestOf,
  RequestDraft,
  StockRow
} from '../../../../shared/domain/diagnosis';

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The narrowest divergence range that covers this order's divergence: the tenth of a percent around
 * it, inside the gap the configured rules leave. A Price Divergence rule applies to every marketplace,
 * so the default never authorizes more than the order needs (the agent may widen it, and sees the
 * scope in the preview).
 */
export function narrowestRange(percent: number, rules: { from: number; to: number }[]): { from: number; to: number } {
  const floor = Math.max(0, ...rules.filter((rule) => rule.to <= percent).map((rule) => rule.to));
  const ceiling = Math.min(100, ...rules.filter((rule) => rule.from >= percent).map((rule) => rule.from));
  const from = Math.max(floor, Math.floor(percent * 10 + 1e-9) / 10);
  const to = Math.min(ceiling, Math.max(Math.ceil(percent * 10 - 1e-9) / 10, tenth(from + 0.1)));
  return { from, to };
}

/** The warehouses a stock cause's evidence lists (none for other causes). */
function stockRowsOf(cause: Cause): StockRow[] {
  switch (cause.code) {
    case 'insufficient_stock':
    case 'negative_inventory':
    case 'stock_outside_trade_policy':
      return cause.evidence.warehouses;
    default:
      return [];
  }
}

/** The divergence a price-divergence cause measured (null for other causes). */
function divergenceOf(cause: Cause): DivergenceEvidence | null {
  switch (cause.code) {
    case 'price_divergence_rule_missing':
    case 'price_divergence_over_allowance':
    case 'price_divergence_awaiting_approval':
      return cause.evidence;
    default:
      return null;
  }
}

/** Units the stock evidence names as held in the warehouse by other orders' planned reprocesses (a snapshot copy). */
function heldUnits(cause: Cause, warehouseId: string): number {
  const row = stockRowsOf(cause).find((candidate) => candidate.warehouseId === warehouseId);
  return (row?.held ?? []).reduce((sum, hold) => sum + hold.units, 0);
}

/** Enough for this order on top of what is reserved and what other orders' planned reprocesses hold, never less than what is there now. */
function enoughStock(cause: Cause, view: OrderView, skuId: string, warehouseId: string): number {
  const row = view.records.inventory.find((balance) => balance.skuId === skuId && balance.warehouseId === warehouseId);
  const ordered = view.order.items.filter((item) => item.skuId === skuId).reduce((sum, item) => sum + item.quantity, 0);
  return Math.max(row?.totalQuantity ?? 0, (row?.reservedQuantity ?? 0) + heldUnits(cause, warehouseId) + Math.max(ordered, 1));
}

/** What a builder reads besides the cause's draft: the cause itself (its evidence) and the order. */
export interface FixContext {
  cause: Cause;
  view: OrderView;
}

/**
 * One builder per fix kind the desk applies: the cause's draft completed into a request the agent can
 * still edit, a field the draft lacks filled from the order (an empty id is left for the agent).
 * Generic in the request union: a kind added to it is a compile error here until it has a builder.
 */
export type RequestBuilders<R extends { kind: string }> = {
  [K in R['kind']]: (draft: RequestDraft<R, K>, context: FixContext) => Extract<R, { kind: K }>;
};

const YEAR_MS = 365 * 86_400_000;

export const REQUEST_BUILDERS: RequestBuilders<FixRequest> = {
  update_inventory: (draft, { cause, view }) => {
    const skuId = draft.skuId ?? '';
    const warehouseId = draft.warehouseId ?? '';
    const totalQuantity = draft.totalQuantity ?? enoughStock(cause, view, skuId, warehouseId);
    return { kind: 'update_inventory', skuId, warehouseId, totalQuantity };
  },
  set_infinite_inventory: (draft, { view }) => {
    const skuId = draft.skuId ?? '';
    // The store-side cause names no warehouse: the SKU's first balance is the one to open.
    const warehouseId = draft.warehouseId ?? view.records.inventory.find((balance) => balance.skuId === skuId)?.warehouseId ?? '';
    return { kind: 'set_infinite_inventory', skuId, warehouseId, unlimited: draft.unlimited ?? true };
  },
  activate_sku: (draft) => ({ kind: 'activate_sku', skuIds: draft.skuIds ?? [] }),
  activate_product: (draft) => ({ kind: 'activate_product', productIds: draft.productIds ?? [] }),
  associate_trade_policy: (draft) => ({
    kind: 'associate_trade_policy',
    productId: draft.productId ?? '',
    tradePolicyId: draft.tradePolicyId ?? ''
  }),
  add_to_collection: (draft) => ({
    kind: 'add_to_collection',
    productId: draft.productId ?? '',
    collectionId: draft.collectionId ?? ''
  }),
  link_dock_trade_policy: (draft) => ({
    kind: 'link_dock_trade_policy',
    dockId: draft.dockId ?? '',
    tradePolicyId: draft.tradePolicyId ?? ''
  }),
  activate_dock: (draft) => ({ kind: 'activate_dock', dockId: draft.dockId ?? '' }),
  activate_shipping_policy: (draft) => ({ kind: 'activate_shipping_policy', shippingPolicyId: draft.shippingPolicyId ?? '' }),
  set_price: (draft, { view }) => {
    const skuId = draft.skuId ?? '';
    // Without a price from the cause, the price the marketplace sent is the one to make valid.
    const sent = view.order.items.find((item) => item.skuId === skuId)?.priceCents ?? 0;
    return { ...draft, kind: 'set_price', skuId, tradePolicyId: draft.tradePolicyId ?? '', valueCents: draft.valueCents ?? sent };
  },
  renew_price: (draft) => ({
    kind: 'renew_price',
    skuId: draft.skuId ?? '',
    tradePolicyId: draft.tradePolicyId ?? '',
    dateTo: draft.dateTo ?? new Date(Date.now() + YEAR_MS).toISOString()
  }),
  add_divergence_rule: (draft, { cause }) => {
    const divergence = divergenceOf(cause);
    const range = narrowestRange(divergence?.percent ?? 0, divergence?.rules ?? []);
    return {
      kind: 'add_divergence_rule',
      from: draft.from ?? range.from,
      to: draft.to ?? range.to,
      action: draft.action ?? 'authorize'
    };
  },
  register_erp_carrier: (draft) => ({ kind: 'register_erp_carrier', name: draft.name ?? '' }),
  xml_show_out_of_stock: (draft) => ({ kind: 'xml_show_out_of_stock', integrationName: draft.integrationName ?? '' })
};

function buildRequest<K extends FixRequestKind>(fix: { kind: K; request: FixDraft<K> }, context: FixContext): FixRequestOf<K> {
  return REQUEST_BUILDERS[fix.kind](fix.request, context);
}

/**
 * The fix a cause suggests, as a request the agent can still edit: the cause's typed draft, completed
 * with sensible values from the order and the evidence (enough stock for the order, a divergence range
 * that covers it). Null for a fix made outside the desk.
 */
export function initialFixRequest(cause: Cause, view: OrderView): FixRequest | null {
  return cause.fix.appliesInMirror ? buildRequest(cause.fix, { cause, view }) : null;
}
