import type { VerifyItemDifference, VerifyResult } from '../../../shared/api/connected';
import { ApiFailure } from '../../../shared/api/result';
import type { SimulatedItem } from '../../../shared/domain/diagnosis';
import { readAffiliates } from '../db/repositories/catalog-repository';
import { getOrder } from '../db/repositories/order-repository';
import { readStoreData } from '../db/repositories/store-data-repository';
import { simulate } from '../simulation';
import { simulateFulfillment, type SimulationResult as VtexSimulation } from '../vtex/simulation';
import { connectedClient } from './connected-account';
import { typed } from './connected-fix-service';
import type { CoreDeps } from './deps';

/** The three verdicts both simulations can give an item: VTEX's documented availability values. */
type Verdict = 'available' | 'withoutStock' | 'cannotBeDelivered';

function localVerdict(item: SimulatedItem | undefined): Verdict {
  if (!item) return 'cannotBeDelivered';
  if (item.availability === 'withoutStock') return 'withoutStock';
  return item.availability === 'available' && item.slas.length > 0 ? 'available' : 'cannotBeDelivered';
}

/** An item VTEX left out, or sells without an SLA to the postal code, cannot be delivered. */
function vtexVerdict(vtex: VtexSimulation, index: number): Verdict {
  const item = vtex.items.find((i) => i.requestIndex === index);
  if (!item || item.availability === null) return 'cannotBeDelivered';
  if (item.availability === 'withoutStock') return 'withoutStock';
  if (item.availability !== 'available') return 'cannotBeDelivered';
  const slas = vtex.logisticsInfo.find((l) => l.itemIndex === index)?.slas ?? [];
  return slas.length > 0 ? 'available' : 'cannotBeDelivered';
}

/**
 * Verify with VTEX itself: VTEX's fulfillment simulation for the order's items, postal code, trade
 * policy and affiliate (`POST /api/checkout/pub/orderForms/simulation?sc=&affiliateId=`), beside
 * the mirror's own. Where they disagree VTEX's answer holds (the mirror may be stale or lack a
 * rule); the differences say which items, so the agent knows the mirror needs a sync.
 */
async function verify(deps: CoreDeps, orderId: number): Promise<VerifyResult> {
  const { account, http } = connectedClient(deps);
  const order = getOrder(deps.db, orderId);
  if (!order) throw new ApiFailure('not-found', `No order with id ${orderId} in this mirror.`);
  const postalCode = order.address?.postalCode;
  if (!postalCode)
    throw new ApiFailure('invalid-argument', `Order ${order.marketplaceOrderId} has no postal code to simulate a delivery to.`);
  const affiliate = readAffiliates(deps.db).find((a) => a.id === order.affiliateId);
  if (!affiliate)
    throw new ApiFailure('not-found', `Affiliate ${order.affiliateId} is not in this mirror: sync the affiliates first.`);
  const request = {
    salesChannel: affiliate.salesChannel,
    affiliateId: affiliate.id,
    postalCode,
    country: order.address?.country ?? 'BRA',
    items: order.items.map((item) => ({ id: item.skuId, quantity: item.quantity }))
  };
  const vtex = await simulateFulfillment(http, request);
  const local = simulate(readStoreData(deps.db, deps.clock.now().toISOString()), request);
  const differences: VerifyItemDifference[] = [];
  const verdicts = request.items.map((item, index) => {
    const mine = localVerdict(local.items.find((i) => i.index === index));
    const theirs = vtexVerdict(vtex, index);
    if (mine !== theirs) differences.push({ skuId: item.id, local: mine, vtex: theirs });
    return theirs;
  });
  return {
    account,
    orderId,
    request,
    local,
    vtex: {
      items: vtex.items.map((i) => ({ id: i.id, availability: i.availability, sellingPrice: i.sellingPrice })),
      slas: vtex.logisticsInfo.map((l) => ({ itemIndex: l.itemIndex, ids: l.slas.map((s) => s.id) })),
      messages: vtex.messages.map((m) => ({ code: m.code, text: m.text }))
    },
    differences,
    vtexIntegrates: verdicts.every((v) => v === 'available')
  };
}

export function createVerifyVtexHandlers(deps: CoreDeps) {
  return {
    'connected/verify': typed(({ orderId }: { orderId: number }) => verify(deps, orderId))
  };
}
