import type { Cause } from '../../../../shared/domain/diagnosis';
import { catalogStage } from '../checks/catalog';
import { cause, fix, type Findings } from '../checks/findings';
import { omsOrdersFor } from '../checks/oms';
import { runLineStages, type OrderContext } from '../checks/order-context';
import { stockStage } from '../checks/stock';
import { looseText } from '../checks/text';
import type { Diagnoser } from './types';

const CANCELED = new Set(['canceled', 'cancelled', 'cancelado', 'cancelada', 'cancel']);
/** Statuses connectors integrate, in the languages marketplaces write them. */
const INTEGRABLE = [
  'new',
  'approved',
  'pending',
  'paid',
  'payment approved',
  'novo',
  'aprovado',
  'pendente',
  'pago',
  'nuevo',
  'aprobado',
  'pendiente',
  'pagado'
];
const UNAVAILABLE = /\b(unavailable|indisponivel|no disponible)\b/;
const SELLER_BLOCKED = /\b(seller|vendedor|lojista)\b.*\b(inactive|inativo|inactivo|blocked|bloqueado)\b/;
const DAY_MS = 86_400_000;

/** How long each marketplace lets an order be retried after its creation. */
const RETRY_WINDOWS: { marketplace: string; affiliateIds: string[]; connector: RegExp; days: number }[] = [
  { marketplace: 'Magazine Luiza', affiliateIds: ['MGZ'], connector: /magazine\s*luiza|magalu/i, days: 30 }
];

function retryWindowCause(ctx: OrderContext, findings: Findings): void {
  const { affiliateId, connectorName, createdAt } = ctx.order;
  const retryWindow = RETRY_WINDOWS.find(
    (w) => w.affiliateIds.includes(affiliateId.toUpperCase()) || (connectorName !== null && w.connector.test(connectorName))
  );
  if (!retryWindow) return;
  if (!createdAt) {
    findings.need('order.createdAt');
    return;
  }
  const ageDays = Math.floor((Date.parse(ctx.store.asOf) - Date.parse(createdAt)) / DAY_MS);
  if (ageDays <= retryWindow.days) return;
  findings.add(
    cause(
      'retry_window_expired',
      { createdAt, asOf: ctx.store.asOf, ageDays, windowDays: retryWindow.days, marketplace: retryWindow.marketplace },
      fix('none')
    )
  );
}

/**
 * "Unavailable" at the marketplace: when the store sells the items (catalog and reachable stock all
 * pass), the marketplace blocked them; otherwise the store-side cause is what made them unavailable.
 */
function unavailableCauses(ctx: OrderContext, findings: Findings, status: string | null): void {
  const causesBefore = findings.causes.length;
  const missingBefore = findings.missing.size;
  runLineStages(ctx.lines, findings, [
    catalogStage(ctx, ['sku_inactive', 'product_inactive', 'not_in_trade_policy', 'not_in_collection']),
    stockStage(ctx)
  ]);
  if (findings.causes.length > causesBefore || findings.missing.size > missingBefore) return;
  findings.add(
    cause('marketplace_blocked_item', { status, scope: 'item', skuIds: ctx.lines.map((l) => l.skuId) }, fix('act_at_marketplace'))
  );
}

/** The order's status at the marketplace as sent (trimmed), and loosely compared. */
function statusOf(ctx: OrderContext): { raw: string | null; status: string | null } {
  const raw = ctx.order.marketplaceOrderStatus?.trim() || null;
  return { raw, status: raw === null ? null : looseText(raw) };
}

/** order_canceled_at_marketplace when the marketplace or OMS says the order was canceled. */
function canceledCause(ctx: OrderContext): Cause | null {
  const { raw, status } = statusOf(ctx);
  if (status !== null && CANCELED.has(status)) {
    return cause('order_canceled_at_marketplace', { status: raw ?? '', source: 'marketplace', vtexOrderId: null }, fix('none'));
  }
  const canceledInOms = omsOrdersFor(ctx).find((oms) => CANCELED.has(looseText(oms.status)));
  if (!canceledInOms) return null;
  return cause(
    'order_canceled_at_marketplace',
    { status: canceledInOms.status, source: 'oms', vtexOrderId: canceledInOms.orderId },
    fix('none')
  );
}

function notIntegrableCause(raw: string): Cause {
  return cause('order_status_not_integrable', { status: raw, integrableStatuses: INTEGRABLE }, fix('act_at_marketplace'));
}

/**
 * The sweep's reading of the marketplace side, from the order's data alone (never its message):
 * canceled, else the retry window and a status past integration; an "unavailable" status is the
 * marketplace blocking the items only when the store side (`storeSideFound`) found nothing.
 */
export function marketplaceStatusFindings(ctx: OrderContext, findings: Findings, storeSideFound: boolean): void {
  const canceled = canceledCause(ctx);
  if (canceled) {
    findings.add(canceled);
    return;
  }
  if (ctx.order.createdAt) retryWindowCause(ctx, findings);
  const { raw, status } = statusOf(ctx);
  if (raw === null || status === null) return;
  if (UNAVAILABLE.test(status)) {
    const skuIds = ctx.lines.map((l) => l.skuId);
    if (!storeSideFound)
      findings.add(cause('marketplace_blocked_item', { status: raw, scope: 'item', skuIds }, fix('act_at_marketplace')));
    return;
  }
  if (!INTEGRABLE.includes(status)) findings.add(notIntegrableCause(raw));
}

/**
 * The marketplace's side of the order: canceled (there or in OMS) ends the story; otherwise a status
 * past what connectors integrate, the marketplace's retry window, and an item or seller the
 * marketplace blocked.
 */
export const diagnoseMarketplaceStatus: Diagnoser = (ctx, findings) => {
  const { raw, status } = statusOf(ctx);
  const canceled = canceledCause(ctx);
  if (canceled) {
    findings.add(canceled);
    return;
  }
  retryWindowCause(ctx, findings);
  const message = looseText(ctx.order.integrationMessage ?? '');
  if ((status !== null && UNAVAILABLE.test(status)) || UNAVAILABLE.test(message)) {
    unavailableCauses(ctx, findings, raw);
    return;
  }
  if (raw !== null && status !== null && !INTEGRABLE.includes(status)) findings.add(notIntegrableCause(raw));
  if (SELLER_BLOCKED.test(message)) {
    findings.add(cause('marketplace_blocked_item', { status: raw, scope: 'seller', skuIds: [] }, fix('act_at_marketplace')));
  }
  if (status === null && findings.causes.length === 0) findings.need('order.marketplaceOrderStatus');
};
