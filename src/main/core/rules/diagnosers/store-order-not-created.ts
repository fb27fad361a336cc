import type { Cause, StockRow } from '../../../../shared/domain/diagnosis';
import type { Sku } from '../../../../shared/domain/model';
import { lookupSku, skuNotFound } from '../checks/catalog';
import { BLOCKED, cause, fix } from '../checks/findings';
import { runLineStages, type OrderContext, type OrderLine } from '../checks/order-context';
import { insufficientStockCause } from '../checks/stock';
import { assessStock, rowHasStock } from '../../simulation/stock';
import { tradePolicyView } from '../../simulation/trade-policy-view';
import type { Diagnoser } from './types';

/**
 * Stock the storefront can sell: through the trade policy's docks when the order names a known
 * affiliate; otherwise (a store order with no affiliate record) every active warehouse's stock.
 */
function sellableStock(ctx: OrderContext, skuId: string): { available: number; unlimited: boolean; rows: StockRow[] } {
  const view = ctx.tradePolicyId === null ? null : tradePolicyView(ctx.store, ctx.tradePolicyId);
  const stock = assessStock(ctx.store, view, skuId);
  if (view) return { available: stock.reachableAvailable, unlimited: stock.reachableUnlimited, rows: stock.rows };
  const active = stock.rows.filter((row) => row.warehouseActive !== false);
  return {
    available: active.reduce((sum, row) => sum + row.availableQuantity, 0),
    unlimited: active.some((row) => row.unlimited),
    rows: stock.rows
  };
}

function xmlCause(ctx: OrderContext, skuId: string, integrations: string[]): Cause {
  return cause(
    'xml_hides_out_of_stock',
    { skuId, tradePolicyId: ctx.tradePolicyId, integrations },
    fix('xml_show_out_of_stock', { integrationName: integrations[0] }),
    { skuId }
  );
}

/**
 * A SKU with no stock sells only where the store sells it out of stock; "show when out of stock"
 * only keeps the product visible (unavailable), so a customer still cannot buy it. An XML feed for
 * the trade policy that hides unavailable SKUs drops it from the feed: a message about the feed names
 * the feed first. Otherwise a SKU set to neither is not sellable, and a shown one has no stock.
 */
function outOfStockCauses(ctx: OrderContext, sku: Sku, line: OrderLine, rows: StockRow[]): Cause[] {
  const sellOutOfStock = ctx.store.settings.sellOutOfStock[sku.id] === true;
  if (sellOutOfStock) return [];
  const hidingFeeds = ctx.store.settings.xmlIntegrations
    .filter((xml) => !xml.showUnavailableSkus && (ctx.tradePolicyId === null || xml.salesChannel === ctx.tradePolicyId))
    .map((xml) => xml.name);
  const notSellable = !sku.showIfNotAvailable;
  const aboutFeed = /\bxml\b/i.test(ctx.order.integrationMessage ?? '');
  if (hidingFeeds.length > 0 && (aboutFeed || !notSellable)) return [xmlCause(ctx, sku.id, hidingFeeds)];
  if (!notSellable) return [insufficientStockCause(line, rows, 0, ctx.tradePolicyId)];
  return [
    cause(
      'out_of_stock_not_sellable',
      { skuId: sku.id, ordered: line.quantity, available: 0, showIfNotAvailable: sku.showIfNotAvailable, sellOutOfStock },
      fix('set_infinite_inventory', { skuId: sku.id, unlimited: true }),
      { skuId: sku.id }
    )
  ];
}

/**
 * A customer could not buy in the store: per SKU, too little stock for the quantity; or none at all
 * while the store does not sell out-of-stock products; or an XML feed hiding it.
 */
export const diagnoseStoreOrderNotCreated: Diagnoser = (ctx, findings) => {
  runLineStages(ctx.lines, findings, [
    (line) => {
      const sku = lookupSku(ctx.store, line.skuId, findings);
      if (sku === BLOCKED) return BLOCKED;
      if (!sku) return [skuNotFound(line.skuId)];
      if (!ctx.store.inventory.has(sku.id) && !ctx.store.complete.has('inventory')) return findings.need('inventory');
      const stock = sellableStock(ctx, sku.id);
      if (stock.unlimited || stock.available >= line.quantity) return [];
      if (stock.available > 0 || stock.rows.some(rowHasStock)) {
        return [insufficientStockCause(line, stock.rows, stock.available, ctx.tradePolicyId)];
      }
      return outOfStockCauses(ctx, sku, line, stock.rows);
    }
  ]);
};
