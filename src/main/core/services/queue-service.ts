import type { QueueFacets, QueuePage } from '../../../shared/api/queue';
import { ApiFailure } from '../../../shared/api/result';
import {
  countQueue,
  listQueueIds,
  queueFacets,
  queuePosition,
  readQueueRows,
  type QueueCriteria,
  type QueueOrder
} from '../db/repositories/queue-repository';
import type { CoreDeps } from './deps';

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
    'queue/list': ({
      filter,
      sort,
      offset,
      limit
    }: {
      filter: QueueCriteria;
      sort: QueueOrder;
      offset: number;
      limit: number;
    }): QueuePage =>
      asArgumentError(() => {
        const ids = listQueueIds(deps.db, filter, sort, { offset, limit });
        return { total: countQueue(deps.db, filter), rows: readQueueRows(deps.db, ids) };
      }),
    'queue/facets': ({ filter }: { filter: QueueCriteria }): QueueFacets => asArgumentError(() => queueFacets(deps.db, filter)),
    'queue/position': ({ id, filter, sort }: { id: number; filter: QueueCriteria; sort: QueueOrder }): { index: number | null } =>
      asArgumentError(() => ({ index: queuePosition(deps.db, id, filter, sort) }))
  };
}
