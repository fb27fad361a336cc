import { cause, fix } from '../checks/findings';
import type { OrderContext } from '../checks/order-context';
import { looseText } from '../checks/text';
import type { Diagnoser } from './types';

/**
 * The carrier of each logistics entry: its courier name; else the carrier of the shipping policy
 * named by the selected SLA; else the SLA name itself (some connectors only send that).
 */
function carriersOf(ctx: OrderContext): string[] {
  const names = new Map<string, string>();
  for (const entry of ctx.order.logistics) {
    const policy = entry.selectedSla
      ? [...ctx.store.shippingPolicies.values()].find((p) => p.name === entry.selectedSla)
      : undefined;
    const name = entry.courierName ?? policy?.carrierName ?? entry.selectedSla;
    if (name && !names.has(looseText(name))) names.set(looseText(name), name);
  }
  return [...names.values()];
}

/** Carrier not registered in the ERP: each courier on the order missing from erpCarriers. */
export const diagnoseCarrierNotInErp: Diagnoser = (ctx, findings) => {
  const known = ctx.store.settings.erpCarriers;
  if (known.length === 0) {
    findings.need('store-settings');
    return;
  }
  const carriers = carriersOf(ctx);
  if (carriers.length === 0) {
    findings.need('order.logistics');
    return;
  }
  const knownLoose = new Set(known.map(looseText));
  for (const courier of carriers) {
    if (knownLoose.has(looseText(courier))) continue;
    findings.add(cause('carrier_not_mapped_in_erp', { courier, knownCarriers: known }, fix('register_erp_carrier', true, { carrier: courier })));
  }
};
