import type { QueueFacets, QueuePage } from '../../../shared/api/queue';
import { ApiFailure } from '../../../shared/api/result';
import {
  listQueueIds,
  queueFacets,
  queuePosition,
  queueTotal,
  readQueueRows,
  type QueueCriteria,
  type QueueOrder
} from '../db/repositories/queue-repository';
import type { Db } from '../db/connection';
import type { CoreDeps } from './deps';

/** What `queue/list` asks: `after` is the previous page's last order, sought instead of skipping `offset` orders. */
type PageQuery = { filter: QueueCriteria; sort: QueueOrder; offset: number; limit: number; after?: number };

/** One page of the queue's rows with the filter's total: what `queue/list` answers. */
export function readQueuePage(db: Db, { filter, sort, offset, limit, after }: PageQuery): QueuePage {
  const rows = readQueueRows(db, listQueueIds(db, filter, sort, { offset, limit, after }));
  return { ...queueTotal(db, filter), rows };
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
    'queue/list': (query: PageQuery): QueuePage => asArgumentError(() => readQueuePage(deps.db, query)),
    'queue/facets': ({ filter }: { filter: QueueCriteria }): QueueFacets => asArgumentError(() => queueFacets(deps.db, filter)),
    'queue/position': ({ id, filter, sort }: { id: number; filter: QueueCriteria; sort: QueueOrder }): { index: number | null } =>
      asArgumentError(() => ({ index: queuePosition(deps.db, id, filter, sort) }))
  };
}
