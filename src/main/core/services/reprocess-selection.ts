import type { ReprocessSelection } from '../../../shared/api/reprocess';
import { ApiFailure } from '../../../shared/api/result';
import type { MarketplaceOrder } from '../../../shared/domain/model';
import { groupOrderIds } from '../db/repositories/group-repository';
import { getOrder } from '../db/repositories/order-repository';
import {
  missingOrderIds,
  omsOrderIdsFor,
  orderIdsByMarketplaceOrderIds,
  orderIdsOldestFirst
} from '../db/repositories/replay-repository';
import type { ReplayVerdict } from '../gateway';
import { isPassingFault } from '../rules/passing-faults';
import type { CoreDeps } from './deps';

const SHOWN = 20;

/**
 * The orders a reprocess or a pre-check names, in the order both walk them (oldest first): the
 * desk's ids, marketplace order ids, or a cause group. Unknown ids refuse the whole request before
 * any order is touched.
 */
export function selectOrders(deps: CoreDeps, selection: ReprocessSelection | readonly number[]): number[] {
  if (isIdList(selection)) return selectOrders(deps, { orderIds: [...selection] });
  let ids: number[];
  if ('orderIds' in selection) {
    ids = [...new Set(selection.orderIds)];
    const missing = missingOrderIds(deps.db, ids);
    if (missing.length > 0)
      throw new ApiFailure('not-found', `No order with id ${missing.slice(0, SHOWN).join(', ')} in this mirror.`, {
        orderIds: missing.slice(0, 100)
      });
  } else if ('marketplaceOrderIds' in selection) {
    const found = orderIdsByMarketplaceOrderIds(deps.db, selection.marketplaceOrderIds);
    if (found.missing.length > 0) {
      throw new ApiFailure('not-found', `No order ${found.missing.slice(0, SHOWN).join(', ')} in this mirror.`, {
        marketplaceOrderIds: found.missing.slice(0, 100)
      });
    }
    ids = found.ids;
  } else {
    ids = groupOrderIds(deps.db, { code: selection.cause, key: selection.key });
    if (ids.length === 0) {
      const group = selection.key === undefined ? selection.cause : `${selection.cause} ${selection.key}`;
      throw new ApiFailure('not-found', `No failed order has the cause ${group} in this mirror's diagnoses.`);
    }
  }
  return orderIdsOldestFirst(deps.db, ids);
}

/** A plain list of the desk's ids (what tests and older callers pass). */
export function isIdList(selection: ReprocessSelection | readonly number[]): selection is readonly number[] {
  return Array.isArray(selection);
}

export type Decision =
  | { kind: 'duplicate'; order: MarketplaceOrder; omsOrderIds: string[] }
  | { kind: 'not_failed'; order: MarketplaceOrder }
  | { kind: 'replay'; order: MarketplaceOrder };

/**
 * What a reprocess does with one order. The duplicate guard comes first and is absolute: an order
 * OMS already holds is never sent again, whatever its status says.
 */
export function decide(deps: CoreDeps, id: number): Decision {
  const order = getOrder(deps.db, id);
  if (!order) throw new ApiFailure('not-found', `No order with id ${id} in this mirror.`);
  const omsOrderIds = omsOrderIdsFor(deps.db, order.marketplaceOrderId, order.affiliateId);
  if (omsOrderIds.length > 0) return { kind: 'duplicate', order, omsOrderIds };
  if (order.integrationStatus !== 'error') return { kind: 'not_failed', order };
  return { kind: 'replay', order };
}

/**
 * What keeps an order failing, as the per-cause counts name it: its first cause other than a VTEX-side
 * failure, else the diagnosis's outcome (unexplained, insufficient_data) when no cause was found.
 */
export function blockingCause(verdict: Extract<ReplayVerdict, { integrates: false }>): string {
  const { causes } = verdict;
  return causes.find((code) => !isPassingFault({ code })) ?? causes[0] ?? verdict.diagnosis.diagnosis.outcome;
}
