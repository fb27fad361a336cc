import { join } from 'node:path';

/** test/fixtures/snapshots/fresh-store: a garden store written by hand, apart from the demo and the shipped catalog. */
export const FRESH_STORE = join(__dirname, '../../fixtures/snapshots/fresh-store');

/**
 * The root cause each failed order's data shows, in the domain's codes. `null` is an order whose data
 * explains nothing and whose message the desk cannot read: it must come out `unexplained`.
 * `also` lists a second cause the same data rightly adds (the item price behind a divergence).
 */
export const EXPECTED: Record<string, { cause: string | null; also?: string[] }> = {
  'CRF-77101': { cause: 'sku_inactive' },
  'NTS-5540012': { cause: 'sku_inactive' },
  'CRF-77102': { cause: 'sku_inactive' }, // "Invalid active flag for item": not recognised, inferred from the data
  'CRF-77103': { cause: 'sku_not_in_trade_policy' },
  'NTS-5540013': { cause: 'sku_not_in_trade_policy' }, // "Oops, we couldn’t obtain the information of SKU …"
  'CRF-77104': { cause: 'insufficient_stock' },
  'NTS-5540014': { cause: 'insufficient_stock' },
  'CRF-77105': { cause: 'insufficient_stock' },
  'NTS-5540015': { cause: 'stock_outside_trade_policy' },
  'CRF-77106': { cause: 'stock_outside_trade_policy' },
  'NTS-5540016': { cause: 'stock_outside_trade_policy' },
  'CRF-77107': { cause: 'price_expired_for_trade_policy' },
  'NTS-5540017': { cause: 'price_expired_for_trade_policy' },
  'CRF-77108': { cause: 'price_expired_for_trade_policy' },
  'CRF-77109': { cause: 'price_divergence_over_allowance', also: ['item_price_differs'] },
  'NTS-5540018': { cause: 'price_divergence_over_allowance', also: ['item_price_differs'] },
  'CRF-77110': { cause: 'price_divergence_over_allowance', also: ['item_price_differs'] },
  'NTS-5540019': { cause: 'carrier_not_mapped_in_erp' },
  'CRF-77111': { cause: 'carrier_not_mapped_in_erp' },
  'CRF-77112': { cause: 'postal_code_not_covered' },
  'NTS-5540020': { cause: 'postal_code_not_covered' },
  'CRF-77113': { cause: 'postal_code_not_covered' },
  'NTS-5540021': { cause: 'sku_not_found' },
  'CRF-77114': { cause: 'sku_not_found' },
  'NTS-5540022': { cause: 'sku_not_found' },
  'CRF-77115': { cause: 'order_canceled_at_marketplace' },
  'NTS-5540023': { cause: 'order_canceled_at_marketplace' },
  'CRF-77116': { cause: 'order_status_not_integrable' }, // "Illegal package status", shipped at the marketplace
  'NTS-5540024': { cause: 'order_already_in_oms' },
  'CRF-77117': { cause: 'order_already_in_oms' },
  'NTS-5540025': { cause: 'order_already_in_oms' },
  'CRF-77118': { cause: null },
  'NTS-5540026': { cause: null },
  'CRF-77119': { cause: null },
  'NTS-5540027': { cause: null }
};

export const FAILED_IDS = Object.keys(EXPECTED);
export const UNEXPLAINED_IDS = FAILED_IDS.filter((id) => EXPECTED[id].cause === null);
