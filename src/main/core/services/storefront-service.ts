import type { StorefrontCheck } from '../../../shared/api/storefront';
import { resolveSku, searchSkus } from '../db/repositories/sku-search-repository';
import { readMeta } from '../db/repositories/meta-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { checkStorefront } from '../rules/storefront/check-storefront';
import { storefrontContext } from '../rules/storefront/storefront-context';
import type { CoreDeps } from './deps';
import { recordsInvolved } from './order-view-service';

// Enough to choose from; an agent with more matches types more of the name.
const CANDIDATE_LIMIT = 20;

interface CheckArgs {
  sku: string;
  tradePolicyId: string;
  postalCode?: string;
  quantity: number;
}

/** "Why can't customers buy this?": resolves the SKU the agent typed, then runs the store-side checks. */
function check(deps: CoreDeps, args: CheckArgs): StorefrontCheck {
  const found = resolveSku(deps.db, args.sku, CANDIDATE_LIMIT);
  if (found.length === 0) return { kind: 'not_found', text: args.sku };
  if (found.length > 1) return { kind: 'candidates', candidates: found };
  const sku = found[0];
  const store = readStoreData(deps.db, deps.clock.now().toISOString());
  const query = {
    skuId: sku.id,
    tradePolicyId: args.tradePolicyId,
    postalCode: args.postalCode || undefined,
    quantity: args.quantity
  };
  return {
    kind: 'checked',
    sku,
    tradePolicyId: args.tradePolicyId,
    tradePolicyName: store.tradePolicies.get(args.tradePolicyId)?.name ?? null,
    postalCode: query.postalCode ?? null,
    quantity: args.quantity,
    verdict: checkStorefront(store, query),
    records: recordsInvolved(store, storefrontContext(store, query).order, args.tradePolicyId),
    account: readMeta(deps.db).account ?? null
  };
}

export function createStorefrontHandlers(deps: CoreDeps) {
  return {
    'storefront/search': ({ text, limit }: { text: string; limit: number }) => searchSkus(deps.db, text, limit),
    'storefront/trade-policies': () =>
      [...readStoreData(deps.db, deps.clock.now().toISOString()).tradePolicies.values()]
        .map(({ id, name, isActive }) => ({ id, name, isActive }))
        .sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id)),
    'storefront/check': (args: CheckArgs) => check(deps, args)
  };
}
