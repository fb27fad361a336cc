import type { OrderView } from '../../../../shared/api/orders';

/** Name look-ups for verdict sentences, from the records the order view carries. */
export function namesFrom(view: OrderView) {
  const skus = new Map(view.records.skus.map((sku) => [sku.id, sku.name]));
  const docks = new Map(view.records.docks.map((dock) => [dock.id, dock.name]));
  const warehouses = new Map(view.records.warehouses.map((w) => [w.id, w.name]));
  const policies = new Map(view.records.shippingPolicies.map((p) => [p.id, p.name]));
  return {
    skuName: (id: string) => skus.get(id) ?? null,
    dockName: (id: string) => docks.get(id) ?? null,
    warehouseName: (id: string) => warehouses.get(id) ?? null,
    shippingPolicyName: (id: string) => policies.get(id) ?? null,
    tradePolicyName: (id: string) => (id === view.tradePolicyId ? view.tradePolicyName : null)
  };
}
