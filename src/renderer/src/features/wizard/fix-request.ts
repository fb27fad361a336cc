import type { FixRequest } from '../../../../shared/api/fixes';
import type { OrderView } from '../../../../shared/api/orders';
import type { Cause, StockRow } from '../../../../shared/domain/diagnosis';

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

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

/** Units the stock evidence names as held in the warehouse by other orders' planned reprocesses (a snapshot copy). */
function heldUnits(cause: Cause, warehouseId: string): number {
  const rows = (cause.evidence as { warehouses?: StockRow[] }).warehouses ?? [];
  return (rows.find((row) => row.warehouseId === warehouseId)?.held ?? []).reduce((sum, hold) => sum + hold.units, 0);
}

/**
 * The fix a cause suggests, as a request the agent can still edit: ids from the cause, sensible
 * numbers from its evidence (enough stock for the order, a divergence range that covers it).
 */
export function initialFixRequest(cause: Cause, view: OrderView): FixRequest | null {
  const params = cause.fix.params ?? {};
  const skuId = text(params.skuId ?? cause.skuId);
  switch (cause.fix.kind) {
    case 'update_inventory': {
      const warehouseId = text(params.warehouseId ?? cause.warehouseId);
      const row = view.records.inventory.find((balance) => balance.skuId === skuId && balance.warehouseId === warehouseId);
      const ordered = view.order.items.filter((item) => item.skuId === skuId).reduce((sum, item) => sum + item.quantity, 0);
      // Enough for this order on top of what is reserved and what other orders' planned reprocesses hold, never less than what is there now.
      const needed = Math.max(
        row?.totalQuantity ?? 0,
        (row?.reservedQuantity ?? 0) + heldUnits(cause, warehouseId) + Math.max(ordered, 1)
      );
      return { kind: 'update_inventory', skuId, warehouseId, totalQuantity: needed };
    }
    case 'set_infinite_inventory': {
      const warehouseId = text(
        params.warehouseId ?? cause.warehouseId ?? view.records.inventory.find((b) => b.skuId === skuId)?.warehouseId
      );
      return { kind: 'set_infinite_inventory', skuId, warehouseId, unlimited: true };
    }
    case 'activate_sku':
      return { kind: 'activate_sku', skuIds: [skuId] };
    case 'activate_product':
      return { kind: 'activate_product', productIds: [text(params.productId)] };
    case 'associate_trade_policy':
      return {
        kind: 'associate_trade_policy',
        productId: text(params.productId),
        tradePolicyId: text(params.tradePolicyId ?? cause.tradePolicyId)
      };
    case 'add_to_collection':
      return { kind: 'add_to_collection', productId: text(params.productId), collectionId: text(params.collectionId) };
    case 'link_dock_trade_policy':
      return {
        kind: 'link_dock_trade_policy',
        dockId: text(params.dockId ?? cause.dockId),
        tradePolicyId: text(params.tradePolicyId ?? cause.tradePolicyId)
      };
    case 'activate_dock':
      return { kind: 'activate_dock', dockId: text(params.dockId ?? cause.dockId) };
    case 'activate_shipping_policy':
      return { kind: 'activate_shipping_policy', shippingPolicyId: text(params.shippingPolicyId ?? cause.shippingPolicyId) };
    case 'set_price': {
      const sent = Number(params.valueCents ?? view.order.items.find((item) => item.skuId === skuId)?.priceCents ?? 0);
      return { kind: 'set_price', skuId, tradePolicyId: text(params.tradePolicyId ?? cause.tradePolicyId), valueCents: sent };
    }
    case 'renew_price': {
      const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
      return { kind: 'renew_price', skuId, tradePolicyId: text(params.tradePolicyId ?? cause.tradePolicyId), dateTo: nextYear };
    }
    case 'add_divergence_rule': {
      const evidence = cause.evidence as { percent?: number; rules?: { from: number; to: number }[] };
      return {
        kind: 'add_divergence_rule',
        ...narrowestRange(evidence.percent ?? Number(params.toPercent ?? 5), evidence.rules ?? []),
        action: 'authorize'
      };
    }
    case 'register_erp_carrier':
      return { kind: 'register_erp_carrier', name: text(params.carrier ?? params.name) };
    case 'xml_show_out_of_stock':
      return { kind: 'xml_show_out_of_stock', integrationName: text(params.integration ?? params.integrationName) };
    default:
      return null;
  }
}
