import type { KindCounts } from '../../../../shared/domain/snapshot';
import type { Db } from '../connection';

/**
 * Records per snapshot kind, keyed by the snapshot's file names. `store-settings` counts the
 * settings rows (divergence rules, ERP carriers, XML integrations, sell-out-of-stock overrides);
 * `connections-orders` counts the integration attempts that came from Admin exports.
 */
export function countByKind(db: Db): KindCounts {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    orders: count('SELECT COUNT(*) FROM marketplace_orders'),
    'oms-orders': count('SELECT COUNT(*) FROM oms_orders'),
    affiliates: count('SELECT COUNT(*) FROM affiliates'),
    'sales-channels': count('SELECT COUNT(*) FROM trade_policies'),
    skus: count('SELECT COUNT(*) FROM skus'),
    inventory: count('SELECT COUNT(*) FROM inventory'),
    prices: count('SELECT COUNT(*) FROM prices'),
    docks: count('SELECT COUNT(*) FROM docks'),
    warehouses: count('SELECT COUNT(*) FROM warehouses'),
    'shipping-policies': count('SELECT COUNT(*) FROM shipping_policies'),
    'freight-values': count('SELECT COUNT(*) FROM freight_values'),
    'store-settings': count(
      `SELECT (SELECT COUNT(*) FROM price_divergence_rules) + (SELECT COUNT(*) FROM erp_carriers)
            + (SELECT COUNT(*) FROM xml_integrations) + (SELECT COUNT(*) FROM sell_out_of_stock)`
    ),
    'connections-orders': count(`SELECT COUNT(*) FROM integration_attempts WHERE source = 'admin-export'`)
  };
}
