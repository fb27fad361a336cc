import type { FixPreview, FixRequest, FixResult } from '../../../shared/api/fixes';
import { ApiFailure } from '../../../shared/api/result';
import type { CauseCode } from '../../../shared/domain/error-types';
import type { Db } from '../db/connection';
import { appendAudit } from '../db/repositories/audit-repository';
import { getOrder } from '../db/repositories/order-repository';
import {
  dockTradePolicyIds,
  failedOrdersNaming,
  tradePoliciesOfShippingPolicy,
  type FixScope
} from '../db/repositories/store-write-repository';
import { gatewayOf, type FixChange } from '../gateway';
import type { CoreDeps } from './deps';
import { agentName } from './preferences-service';
import { runDiagnosis } from './diagnosis-runner';
import { fixReach } from './fix-reach';
import { planFix } from './plan-service';

const DIVERGENCE_CAUSES: CauseCode[] = [
  'price_divergence_rule_missing',
  'price_divergence_over_allowance',
  'price_divergence_awaiting_approval'
];

/**
 * The objects whose causes a fix can clear. Logistics causes name the trade policy rather than the
 * dock or policy that would serve it, so dock and shipping-policy fixes reach the trade policies
 * they serve; settings fixes reach every cause of their kind.
 */
export function scopeOf(db: Db, fix: FixRequest): FixScope {
  switch (fix.kind) {
    case 'update_inventory':
    case 'set_infinite_inventory':
    case 'set_price':
    case 'renew_price':
      return { skuIds: [fix.skuId] };
    case 'activate_sku':
      return { skuIds: fix.skuIds };
    case 'activate_product':
      return { productIds: fix.productIds };
    case 'associate_trade_policy':
    case 'add_to_collection':
      return { productIds: [fix.productId] };
    case 'link_dock_trade_policy':
      return { dockIds: [fix.dockId], tradePolicyIds: [fix.tradePolicyId] };
    case 'activate_dock':
      return { dockIds: [fix.dockId], tradePolicyIds: dockTradePolicyIds(db, fix.dockId) };
    case 'activate_shipping_policy':
      return {
        shippingPolicyIds: [fix.shippingPolicyId],
        tradePolicyIds: tradePoliciesOfShippingPolicy(db, fix.shippingPolicyId)
      };
    case 'add_divergence_rule':
      return { causeCodes: DIVERGENCE_CAUSES };
    case 'register_erp_carrier':
      return { causeCodes: ['carrier_not_mapped_in_erp'] };
    case 'xml_show_out_of_stock':
      return { causeCodes: ['xml_hides_out_of_stock'] };
  }
}

/** The record the audit log files a fix under. */
export function subjectOf(fix: FixRequest): { entityType: string; entityId: string } {
  switch (fix.kind) {
    case 'update_inventory':
    case 'set_infinite_inventory':
      return { entityType: 'inventory', entityId: `${fix.skuId}/${fix.warehouseId}` };
    case 'activate_sku':
      return { entityType: 'sku', entityId: fix.skuIds.join(',') };
    case 'activate_product':
      return { entityType: 'product', entityId: fix.productIds.join(',') };
    case 'associate_trade_policy':
    case 'add_to_collection':
      return { entityType: 'product', entityId: fix.productId };
    case 'link_dock_trade_policy':
    case 'activate_dock':
      return { entityType: 'dock', entityId: fix.dockId };
    case 'activate_shipping_policy':
      return { entityType: 'shipping_policy', entityId: fix.shippingPolicyId };
    case 'set_price':
    case 'renew_price':
      return { entityType: 'price', entityId: fix.skuId };
    case 'add_divergence_rule':
      return { entityType: 'price_divergence_rule', entityId: `${fix.from}-${fix.to}` };
    case 'register_erp_carrier':
      return { entityType: 'erp_carrier', entityId: fix.name.trim() };
    case 'xml_show_out_of_stock':
      return { entityType: 'xml_integration', entityId: fix.integrationName };
  }
}

const side = (changes: FixChange[], pick: 'before' | 'after') =>
  changes.map((change) => ({ entity: change.entity, entityId: change.entityId, field: change.field, value: change[pick] }));

/** What a fix would change and which failed orders it concerns; nothing is written. */
export function previewFix(deps: CoreDeps, fix: FixRequest): FixPreview {
  const affectedOrderIds = failedOrdersNaming(deps.db, scopeOf(deps.db, fix));
  return {
    kind: fix.kind,
    changes: gatewayOf(deps).preview(fix),
    affectedOrderIds,
    reach: fixReach(deps.db, fix, affectedOrderIds)
  };
}

/**
 * Applies a fix in one transaction with its audit entry and the new diagnosis of every failed order
 * it concerns, then tells the views the mirror changed. A fix that reached the local copy only (a
 * snapshot mirror) also becomes planned changes: the store has not changed until the agent makes
 * them in the Admin.
 */
export function applyFix(deps: CoreDeps, request: { fix: FixRequest; orderId?: number; note?: string }): FixResult {
  const { fix } = request;
  const now = deps.clock.now();
  const result = deps.db.transaction((): FixResult => {
    const order = request.orderId === undefined ? null : getOrder(deps.db, request.orderId);
    if (request.orderId !== undefined && !order)
      throw new ApiFailure('not-found', `No order with id ${request.orderId} in this mirror.`);
    // Scoped before the change: the diagnoses still name what the fix is about to clear.
    const affectedOrderIds = failedOrdersNaming(deps.db, scopeOf(deps.db, fix));
    const gateway = gatewayOf(deps);
    const changes = gateway.apply(fix);
    const agent = agentName(deps);
    const entry = appendAudit(deps.db, {
      at: now.toISOString(),
      actor: agent,
      action: `fix:${fix.kind}`,
      ...subjectOf(fix),
      orderRef: order?.marketplaceOrderId ?? null,
      before: side(changes, 'before'),
      after: side(changes, 'after'),
      note: request.note?.trim() || null
    });
    const plannedChanges = gateway.reachesStore
      ? []
      : planFix(deps, { fix, changes, orderIds: affectedOrderIds, auditId: entry.id, at: now.toISOString(), agent });
    const rediagnosed = affectedOrderIds.length > 0 ? runDiagnosis(deps.db, { now, orderIds: affectedOrderIds }).diagnosed : 0;
    return { kind: fix.kind, changes, affectedOrderIds, auditId: entry.id, rediagnosed, plannedChanges };
  })();
  deps.events.emit('mirror/changed', { reason: 'fix' });
  return result;
}

export function createFixHandlers(deps: CoreDeps) {
  return {
    'fixes/preview': ({ fix }: { fix: FixRequest }) => previewFix(deps, fix),
    'fixes/apply': (request: { fix: FixRequest; orderId?: number; note?: string }) => applyFix(deps, request)
  };
}
