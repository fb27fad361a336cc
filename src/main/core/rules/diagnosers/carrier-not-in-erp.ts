import type { Cause } from '../../../../shared/domain/diagnosis';
import type { ShippingPolicy } from '../../../../shared/domain/model';
import { cause, fix } from '../checks/findings';
import type { OrderContext } from '../checks/order-context';
import type { StoreData } from '../../model/store-data';
import { looseText } from '../checks/text';
import type { Diagnoser } from './types';

/** Per store, read once: shipping policies by name and the ERP's carriers compared loosely. */
interface CarrierIndex {
  policiesByName: Map<string, ShippingPolicy>;
  knownLoose: Set<string>;
}

// The sweep asks this of every failed order: a million orders must not rebuild it each time.
const indexes = new WeakMap<StoreData, CarrierIndex>();

function carrierIndex(store: StoreData): CarrierIndex {
  let index = indexes.get(store);
  if (!index) {
    const policiesByName = new Map<string, ShippingPolicy>();
    for (const policy of store.shippingPolicies.values())
      if (!policiesByName.has(policy.name)) policiesByName.set(policy.name, policy);
    index = { policiesByName, knownLoose: new Set(store.settings.erpCarriers.map(looseText)) };
    indexes.set(store, index);
  }
  return index;
}

/**
 * The carrier of each logistics entry: its courier name; else the carrier of the shipping policy
 * named by the selected SLA; else the SLA name itself (some connectors only send that).
 */
export function carriersOf(ctx: OrderContext): string[] {
  const { policiesByName } = carrierIndex(ctx.store);
  const names = new Map<string, string>();
  for (const entry of ctx.order.logistics) {
    const policy = entry.selectedSla ? policiesByName.get(entry.selectedSla) : undefined;
    const name = entry.courierName ?? policy?.carrierName ?? entry.selectedSla;
    if (!name) continue;
    const loose = looseText(name);
    if (!names.has(loose)) names.set(loose, name);
  }
  return [...names.values()];
}

/** carrier_not_mapped_in_erp for each courier of the order the ERP's carrier list lacks. */
export function unmappedCarrierCauses(ctx: OrderContext, carriers: string[]): Cause[] {
  const known = ctx.store.settings.erpCarriers;
  const { knownLoose } = carrierIndex(ctx.store);
  return carriers
    .filter((courier) => !knownLoose.has(looseText(courier)))
    .map((courier) =>
      cause('carrier_not_mapped_in_erp', { courier, knownCarriers: known }, fix('register_erp_carrier', { name: courier }))
    );
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
