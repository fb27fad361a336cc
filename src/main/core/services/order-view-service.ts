import type { DiagnosisView, OrderView } from '../../../shared/api/orders';
import { ApiFailure } from '../../../shared/api/result';
import type { AuditEntry, Dock, MarketplaceOrder, ShippingPolicy, Warehouse } from '../../../shared/domain/model';
import { orderState } from '../../../shared/domain/resolution';
import { appendAudit, listAudit } from '../db/repositories/audit-repository';
import { getDiagnosis } from '../db/repositories/diagnosis-repository';
import { readMeta } from '../db/repositories/meta-repository';
import { getOrder, listAttempts } from '../db/repositories/order-repository';
import { omsOrderIdsFor } from '../db/repositories/replay-repository';
import { getResolution } from '../db/repositories/resolution-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { escalationPack, type PackLocale } from '../export/escalation-pack';
import { maskDocument, maskPhone } from '../rules/checks/documents';
import type { StoreData } from '../model/store-data';
import { simulate } from '../simulation';
import { resolveTradePolicyId } from '../simulation/trade-policy-view';
import type { CoreDeps } from './deps';
import { agentName } from './preferences-service';

/** The most audit entries an order view carries; the audit screen pages through the rest. */
const VIEW_AUDIT_LIMIT = 500;

function requireOrder(deps: CoreDeps, id: number): MarketplaceOrder {
  const order = getOrder(deps.db, id);
  if (!order) throw new ApiFailure('not-found', `No order with id ${id} in this mirror.`);
  return order;
}

/** The order with the customer's document and phone masked: they never leave the main process whole. */
export function maskedOrder(order: MarketplaceOrder): MarketplaceOrder {
  const { customer } = order;
  return {
    ...order,
    customer: {
      ...customer,
      document: customer.document === null ? null : maskDocument(customer.document),
      corporateDocument: customer.corporateDocument === null ? null : maskDocument(customer.corporateDocument),
      phone: customer.phone === null ? null : maskPhone(customer.phone)
    }
  };
}

function present<T>(values: (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

/**
 * The store records behind an order: its SKUs with their balances and prices; the docks that list
 * its trade policy or serve a warehouse holding its stock; those warehouses; the docks' policies.
 */
export function recordsInvolved(store: StoreData, order: MarketplaceOrder, tradePolicyId: string | null): OrderView['records'] {
  const skuIds = [...new Set(order.items.map((item) => item.skuId))];
  const skus = present(skuIds.map((id) => store.skus.get(id) ?? store.skusByRefId.get(id)));
  const inventory = skus.flatMap((sku) => store.inventory.get(sku.id) ?? []);
  const prices = present(skus.map((sku) => store.prices.get(sku.id)));
  const warehouseIds = new Set(inventory.map((balance) => balance.warehouseId));
  const docks = new Map<string, Dock>();
  for (const dock of store.docks.values())
    if (tradePolicyId !== null && dock.tradePolicyIds.includes(tradePolicyId)) docks.set(dock.id, dock);
  for (const id of warehouseIds) {
    for (const link of store.warehouses.get(id)?.docks ?? []) {
      const dock = store.docks.get(link.dockId);
      if (dock) docks.set(dock.id, dock);
    }
  }
  const warehouses = new Map<string, Warehouse>();
  for (const warehouse of store.warehouses.values()) {
    if (warehouseIds.has(warehouse.id) || warehouse.docks.some((link) => docks.has(link.dockId)))
      warehouses.set(warehouse.id, warehouse);
  }
  const policies = new Map<string, ShippingPolicy>();
  for (const dock of docks.values()) {
    for (const id of dock.shippingPolicyIds) {
      const policy = store.shippingPolicies.get(id);
      if (policy) policies.set(id, policy);
    }
  }
  return {
    skus,
    inventory,
    prices,
    docks: [...docks.values()],
    warehouses: [...warehouses.values()],
    shippingPolicies: [...policies.values()]
  };
}

function diagnosisView(deps: CoreDeps, orderId: number): DiagnosisView | null {
  const stored = getDiagnosis(deps.db, orderId);
  if (!stored) return null;
  const { errorType, outcome, causes, alsoFound, inferredErrorType, checked, missing, confidence, ranAt, asOf } = stored;
  return {
    errorType,
    outcome,
    causes,
    ...(alsoFound ? { alsoFound } : {}),
    ...(inferredErrorType ? { inferredErrorType } : {}),
    ...(checked ? { checked } : {}),
    ...(missing ? { missing } : {}),
    confidence,
    ranAt,
    asOf
  };
}

export function orderAudit(deps: CoreDeps, order: MarketplaceOrder): AuditEntry[] {
  return listAudit(deps.db, { orderRef: order.marketplaceOrderId, offset: 0, limit: VIEW_AUDIT_LIMIT }).rows;
}

/** Everything the order pane shows, read in one go; personal data masked. */
export function buildOrderView(deps: CoreDeps, id: number): OrderView {
  const order = requireOrder(deps, id);
  const store = readStoreData(deps.db, deps.clock.now().toISOString());
  const tradePolicyId = resolveTradePolicyId(store, order.affiliateId, undefined);
  const postalCode = order.address?.postalCode?.trim();
  const simulation = postalCode
    ? simulate(store, {
        salesChannel: tradePolicyId ?? undefined,
        affiliateId: order.affiliateId,
        postalCode,
        country: order.address?.country ?? 'BRA',
        items: order.items.map((item) => ({ id: item.skuId, quantity: item.quantity }))
      })
    : null;
  const resolution = getResolution(deps.db, id);
  return {
    order: maskedOrder(order),
    attempts: listAttempts(deps.db, id),
    diagnosis: diagnosisView(deps, id),
    tradePolicyId,
    tradePolicyName: tradePolicyId === null ? null : (store.tradePolicies.get(tradePolicyId)?.name ?? null),
    omsOrderId: omsOrderIdsFor(deps.db, order.marketplaceOrderId, order.affiliateId)[0] ?? null,
    records: recordsInvolved(store, order, tradePolicyId),
    simulation,
    audit: orderAudit(deps, order),
    state: orderState(order.integrationStatus, resolution),
    resolution,
    account: readMeta(deps.db).account ?? null
  };
}

/** Files a free-text note on the order in the audit log. */
export function addNote(deps: CoreDeps, id: number, text: string): AuditEntry {
  const order = requireOrder(deps, id);
  return appendAudit(deps.db, {
    at: deps.clock.now().toISOString(),
    actor: agentName(deps),
    action: 'note',
    entityType: 'order',
    entityId: String(order.id),
    orderRef: order.marketplaceOrderId,
    before: null,
    after: null,
    note: text.trim()
  });
}

export function createOrderViewHandlers(deps: CoreDeps) {
  return {
    'orders/view': ({ id }: { id: number }) => buildOrderView(deps, id),
    'orders/add-note': ({ id, text }: { id: number; text: string }) => addNote(deps, id, text),
    'orders/escalation-pack': ({ id, locale }: { id: number; locale?: PackLocale }) =>
      escalationPack(buildOrderView(deps, id), deps.clock.now(), locale)
  };
}
