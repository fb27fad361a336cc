import type { QueueFacets, QueuePage } from '../../../shared/api/queue';
import { ApiFailure } from '../../../shared/api/result';
import {
  countQueue,
  countQueueUpTo,
  listQueueIds,
  queueFacets,
  queuePosition,
  readQueueRows,
  searchIsCapped,
  TOTAL_CAP,
  totalFromCounts,
  type QueueCriteria,
  type QueueOrder
} from '../db/repositories/queue-repository';
import { cachedPerGeneration } from '../db/repositories/queue-cache';
import { queueCountsAreCurrent } from '../db/repositories/queue-counts-repository';
import { filterKey } from '../db/repositories/queue-filter-sql';
import type { Db } from '../db/connection';
import type { CoreDeps } from './deps';

/** What `queue/list` asks: `after` is the previous page's last order, sought instead of skipping `offset` orders. */
type PageQuery = { filter: QueueCriteria; sort: QueueOrder; offset: number; limit: number; after?: number };

/** One page of the queue's rows with the filter's total: what `queue/list` answers. */
export function readQueuePage(db: Db, { filter, sort, offset, limit, after }: PageQuery): QueuePage {
  const rows = readQueueRows(db, listQueueIds(db, filter, sort, { offset, limit, after }));
  const counted = totalFromCounts(db, filter);
  if (counted !== null) return { total: counted, atLeast: false, rows };
  // A search takes at most SEARCH_CAP orders; other filters are counted up to TOTAL_CAP.
  if (filter.search.trim()) return { total: countQueue(db, filter), atLeast: searchIsCapped(db, filter), rows };
  // While a bulk path's counts wait for their rebuild (after an import or a whole run commits), a
  // total is counted from the orders, exactly: the agent sees the queue as committed, not "1,000+".
  // Once per generation: the import's diagnosis commits only at its end, and counting the open view
  // at every page read cost 23 ms a read at 200k orders (the reads' p50 after the commit went 2 → 30 ms).
  if (!queueCountsAreCurrent(db))
    return {
      total: cachedPerGeneration(db, `exact total ${filterKey(filter)}`, () => countQueue(db, filter)),
      atLeast: false,
      rows
    };
  const upTo = countQueueUpTo(db, filter, TOTAL_CAP + 1);
  return { total: Math.min(upTo, TOTAL_CAP), atLeast: upTo > TOTAL_CAP, rows };
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
