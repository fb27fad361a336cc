import type { Cause } from '../../../../shared/domain/diagnosis';
import { cause, fix } from '../checks/findings';
import type { OrderContext } from '../checks/order-context';
import { looseText } from '../checks/text';
import type { Diagnoser } from './types';

/**
 * The carrier of each logistics entry: its courier name; else the carrier of the shipping policy
 * named by the selected SLA; else the SLA name itself (some connectors only send that).
 */
export function carriersOf(ctx: OrderContext): string[] {
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

/** carrier_not_mapped_in_erp for each courier of the order the ERP's carrier list lacks. */
export function unmappedCarrierCauses(ctx: OrderContext, carriers: string[]): Cause[] {
  const known = ctx.store.settings.erpCarriers;
  const knownLoose = new Set(known.map(looseText));
  return carriers
    .filter((courier) => !knownLoose.has(looseText(courier)))
    .map((courier) => cause('carrier_not_mapped_in_erp', { courier, knownCarriers: known }, fix('register_erp_carrier', true, { carrier: courier })));
}

/** Carrier not registered in the ERP: each courier on the order missing from erpCarriers. */
export const diagnoseCarrierNotInErp: Diagnoser = (ctx, findings) => {
  if (ctx.store.settings.erpCarriers.length === 0) {
    findings.need('store-settings');
    return;
  }
  const carriers = carriersOf(ctx);
  if (carriers.length === 0) {
    findings.need('order.logistics');
    return;
  }
  findings.add(...unmappedCarrierCauses(ctx, carriers));
};
