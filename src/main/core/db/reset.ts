import type { Db } from './connection';

/** Tables in an order that satisfies foreign keys when rows are deleted. */
const DATA_TABLES = [
  'diagnosis_causes',
  'diagnoses',
  'integration_attempts',
  'order_items',
  'order_addresses',
  'order_logistics',
  'marketplace_orders',
  'oms_orders',
  'affiliates',
  'trade_policies',
  'sku_collections',
  'sku_trade_policies',
  'skus',
  'inventory',
  'fixed_prices',
  'prices',
  'dock_trade_policies',
  'dock_shipping_policies',
  'docks',
  'warehouse_docks',
  'warehouses',
  'shipping_policies',
  'freight_values',
  'price_divergence_rules',
  'erp_carriers',
  'xml_integrations',
  'sell_out_of_stock',
  'mirror_meta'
] as const;

/**
 * Empties every store and order table in one transaction. The audit log is kept on purpose:
 * a reset is itself something an agent did, and the trail must survive it.
 */
export function clearMirror(db: Db): void {
  db.transaction(() => {
    for (const table of DATA_TABLES) {
      // The store generation survives: restarting it could meet a value a cached store was read at.
      const sql = table === 'mirror_meta' ? "DELETE FROM mirror_meta WHERE key <> 'store_generation'" : `DELETE FROM ${table}`;
      db.prepare(sql).run();
    }
  })();
}
