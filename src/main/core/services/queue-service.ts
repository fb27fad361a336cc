import type { QueueFacets, QueuePage } from '../../../shared/api/queue';
import { ApiFailure } from '../../../shared/api/result';
import {
  countQueue,
  listQueueIds,
  queueFacets,
  queuePosition,
  readQueueRows,
  searchIsCapped,
  totalFromCounts,
  type QueueCriteria,
  type QueueOrder
} from '../db/repositories/queue-repository';
import type { Db } from '../db/connection';
import type { CoreDeps } from './deps';

/** One page of the queue's rows with the filter's total: what `queue/list` answers. */
export function readQueuePage(
  db: Db,
  { filter, sort, offset, limit }: { filter: QueueCriteria; sort: QueueOrder; offset: number; limit: number }
): QueuePage {
  const ids = listQueueIds(db, filter, sort, { offset, limit });
  const counted = totalFromCounts(db, filter);
  const total = counted ?? countQueue(db, filter);
  return { total, atLeast: counted === null && searchIsCapped(db, filter), rows: readQueueRows(db, ids) };
}

/** A date the contract let through but the mirror cannot compare is the caller's mistake. */
function asArgumentError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new ApiFailure('invalid-argument', error.message);
    throw error;
  }
}

export function createQueueHandlers(deps: CoreDeps) {
  return {
    'queue/list': (query: { filter: QueueCriteria; sort: QueueOrder; offset: number; limit: number }): QueuePage =>
      asArgumentError(() => readQueuePage(deps.db, query)),
    'queue/facets': ({ filter }: { filter: QueueCriteria }): QueueFacets => asArgumentError(() => queueFacets(deps.db, filter)),
    'queue/position': ({ id, filter, sort }: { id: number; filter: QueueCriteria; sort: QueueOrder }): { index: number | null } =>
      asArgumentError(() => ({ index: queuePosition(deps.db, id, filter, sort) }))
  };
}
