import type { OrderContext } from '../checks/order-context';
import { looseText } from '../checks/text';
import { diagnoseStoreOrderNotCreated } from '../diagnosers/store-order-not-created';
import { SweepFindings, type SweepResult } from './families';
import { storeSideSweep } from './line-chain';
import { orderLevelSweep } from './order-checks';

export type { SweepResult } from './families';

// The connector names the storefront checkout uses (as the classifier reads them in classify-order).
const STOREFRONT_CONNECTORS = new Set(['loja', 'store', 'storefront', 'tienda', 'loja virtual']);

/** An order placed in the store itself, not sent by a marketplace connector. */
export function isStorefrontOrder(ctx: OrderContext): boolean {
  return STOREFRONT_CONNECTORS.has(looseText(ctx.order.connectorName ?? ''));
}

/**
 * Every check that applies to the order, whatever its message says, each family once: for a
 * marketplace order the store side per line (catalog → stock → delivery → price, then the price
 * divergence) and the order-level families; for a storefront order the storefront's stock checks.
 * Findings come out in the order found; the caller ranks them.
 */
export function sweepOrder(ctx: OrderContext): SweepResult {
  const findings = new SweepFindings();
  if (isStorefrontOrder(ctx)) {
    diagnoseStoreOrderNotCreated(ctx, findings);
    if (findings.missing.size === 0) findings.ranFamily('storefront');
  } else {
    storeSideSweep(ctx, findings);
    orderLevelSweep(ctx, findings, findings.causes.length > 0);
  }
  return { findings: findings.causes, missing: findings.missing, checked: findings.checked };
}
