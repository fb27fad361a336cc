import type { VtexModule } from './config';
import { VtexError } from './errors';
import type { VtexHttp } from './http';
import { REQUIRED_RESOURCES, type RequiredResource, type VtexEndpoint } from './permissions';

export type ModuleAccess = { readable: true } | { readable: false; missing: RequiredResource };

export interface ConnectionReport {
  account: string;
  modules: Partial<Record<VtexModule, ModuleAccess>>;
}

/** One cheap read per module; a 404 proves access as well as a 200 (the key got past the role check). */
const PROBES: { endpoint: VtexEndpoint; path: string; query?: Record<string, string | number> }[] = [
  { endpoint: 'catalog.salesChannels', path: '/api/catalog_system/pvt/saleschannel/list' },
  { endpoint: 'fulfillment.affiliates', path: '/api/fulfillment/pvt/affiliates' },
  { endpoint: 'logistics.docks', path: '/api/logistics/pvt/configuration/docks' },
  { endpoint: 'oms.list', path: '/api/oms/pvt/orders', query: { page: 1, per_page: 1 } },
  // Any item id will do: an unknown one answers 404 to a key that may read prices, 403 to one that may not.
  { endpoint: 'pricing.price', path: '/pricing/prices/0' }
];

/**
 * Tests an account before it is saved: the credentials must be accepted (a 401 throws, typed
 * `unauthorized`), and each module answers readable or names the resource its key lacks.
 */
export async function testConnection(http: VtexHttp, signal?: AbortSignal): Promise<ConnectionReport> {
  const report: ConnectionReport = { account: http.account.account, modules: {} };
  for (const probe of PROBES) {
    const module = REQUIRED_RESOURCES[probe.endpoint].module;
    try {
      await http.json<unknown>(probe.endpoint, { method: 'GET', path: probe.path, query: probe.query, signal }, true);
      report.modules[module] = { readable: true };
    } catch (error) {
      if (error instanceof VtexError && error.kind === 'forbidden')
        report.modules[module] = { readable: false, missing: REQUIRED_RESOURCES[probe.endpoint] };
      else throw error;
    }
  }
  return report;
}
