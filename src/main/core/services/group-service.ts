import type { CauseGroupView, GroupCursor, GroupOrderPage, GroupPage, GroupSort } from '../../../shared/api/groups';
import type { Db } from '../db/connection';
import {
  firstOpenOrderId,
  groupAffiliates,
  groupOrderPage,
  groupTradePolicies,
  listGroupTotals,
  readGroupDetails,
  readGroupObject,
  type GroupTotals
} from '../db/repositories/group-repository';
import { readCauseTallies, readGroupPage, readGroupTotals } from '../db/repositories/group-page-repository';
import { cachedPerGeneration } from '../db/repositories/queue-cache';
import { queueCountsAreCurrent } from '../db/repositories/queue-counts-repository';
import type { CoreDeps } from './deps';

export interface GroupQuery {
  cause?: string;
  /** With a cause: that one group (how the desk refreshes the group it shows). */
  key?: string;
  sort: GroupSort;
  after?: GroupCursor;
  limit: number;
}

type Ranked = GroupCursor;

/** The list's order: the chosen measure, the other one, then code and key so every group has one place. */
function compare(sort: GroupSort, a: Ranked, b: Ranked): number {
  const [first, second] =
    sort === 'orders' ? (['orderCount', 'valueAtStakeCents'] as const) : (['valueAtStakeCents', 'orderCount'] as const);
  return (
    b[first] - a[first] ||
    b[second] - a[second] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Every group in one order, cached per mirror generation (queue-cache.ts): counting every cause is
 * the one aggregate here, and the groups only change when an order, a diagnosis or the store is written.
 */
function sortedTotals(db: Db, sort: GroupSort, cause: string | undefined): readonly GroupTotals[] {
  return cachedPerGeneration(db, `group totals ${sort} ${cause ?? '*'}`, () => {
    const all = cachedPerGeneration(db, 'group totals', () => listGroupTotals(db));
    return all.filter((group) => cause === undefined || group.code === cause).sort((a, b) => compare(sort, a, b));
  });
}

/** How many groups each cause has, most first. */
function causeCounts(db: Db): GroupPage['causes'] {
  return cachedPerGeneration(db, 'group causes', () => {
    const counts = new Map<GroupTotals['code'], number>();
    for (const group of sortedTotals(db, 'orders', undefined)) counts.set(group.code, (counts.get(group.code) ?? 0) + 1);
    return [...counts]
      .map(([code, groups]) => ({ code, groups }))
      .sort((a, b) => b.groups - a.groups || (a.code < b.code ? -1 : 1));
  });
}

function matching(db: Db, query: GroupQuery): readonly GroupTotals[] {
  const groups = sortedTotals(db, query.sort, query.cause);
  return query.cause !== undefined && query.key !== undefined ? groups.filter((group) => group.key === query.key) : groups;
}

/** The index of the first group after the cursor (binary search: the cursor's group may be gone since). */
function startAfter(groups: readonly GroupTotals[], sort: GroupSort, after: GroupCursor | undefined): number {
  if (!after) return 0;
  let low = 0;
  let high = groups.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sort, groups[middle], after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A group's names, places and fix: read for the groups of one page only. */
function viewOf(db: Db, totals: GroupTotals, counted: boolean): CauseGroupView {
  const { code, key, orderCount, valueAtStakeCents } = totals;
  // A group the counts list has an open order (its count is above zero).
  const firstOrderId = firstOpenOrderId(db, totals) ?? 0;
  const object = readGroupObject(db, { code, key, firstOrderId });
  const tradePolicies = groupTradePolicies(db, totals, counted);
  // One policy is the group's object; several are only where its orders came from (listed in the group).
  const tradePolicyId = tradePolicies.length > 1 ? null : object.tradePolicyId;
  const details = readGroupDetails(db, { code, key, skuId: object.skuId, tradePolicyId, sampleOrderId: firstOrderId });
  return {
    code,
    key,
    orderCount,
    valueAtStakeCents,
    sampleOrderId: firstOrderId,
    skuId: object.skuId,
    skuName: details.skuName,
    productId: details.productId,
    tradePolicyId,
    tradePolicyName: details.tradePolicyName,
    tradePolicies,
    affiliateIds: groupAffiliates(db, totals, counted),
    dockId: object.dockId,
    shippingPolicyId: object.shippingPolicyId,
    warehouseId: object.warehouseId,
    fix: details.fix,
    sampleEvidence: details.sampleEvidence
  };
}

/**
 * One page of the cause groups after `after`, with how many there are in all: no group is out of
 * reach. Cached per generation: the desk asks for the same first page after every write.
 */
export function listGroupPage(db: Db, query: GroupQuery): GroupPage {
  return cachedPerGeneration(db, `group page ${JSON.stringify(query)}`, () =>
    computeGroupPage(db, query, queueCountsAreCurrent(db) ? 'counts' : 'causes')
  );
}

/** The page from the kept counts, or from every group's causes (tests compare the two). */
export function computeGroupPage(db: Db, query: GroupQuery, from: 'counts' | 'causes'): GroupPage {
  return from === 'counts' ? pageFromCounts(db, query) : pageFromCauses(db, query);
}

/** The page from the kept counts: an index seek for the page, the tallies for the totals. */
function pageFromCounts(db: Db, query: GroupQuery): GroupPage {
  const causes = readCauseTallies(db);
  if (query.cause !== undefined && query.key !== undefined) {
    const one = readGroupTotals(db, { code: query.cause, key: query.key });
    const listed = one !== null && (!query.after || compare(query.sort, one, query.after) > 0);
    return { groups: listed ? [viewOf(db, one, true)] : [], total: one === null ? 0 : 1, causes, next: null };
  }
  // One row more than asked says whether another page follows.
  const groups = readGroupPage(db, { sort: query.sort, cause: query.cause, after: query.after, limit: query.limit + 1 });
  const page = groups.slice(0, query.limit);
  return {
    groups: page.map((totals) => viewOf(db, totals, true)),
    total: causes.reduce((sum, tally) => sum + (query.cause === undefined || tally.code === query.cause ? tally.groups : 0), 0),
    causes,
    next: groups.length > query.limit ? cursorOf(page) : null
  };
}

const cursorOf = (page: readonly GroupTotals[]): GroupCursor | null => {
  const last = page[page.length - 1];
  return last ? { orderCount: last.orderCount, valueAtStakeCents: last.valueAtStakeCents, code: last.code, key: last.key } : null;
};

/** The page from every group's totals, sorted here: while the counts are rebuilt after a bulk job. */
function pageFromCauses(db: Db, query: GroupQuery): GroupPage {
  const groups = matching(db, query);
  const start = startAfter(groups, query.sort, query.after);
  const page = groups.slice(start, start + query.limit);
  const more = start + page.length < groups.length;
  return {
    groups: page.map((totals) => viewOf(db, totals, false)),
    total: groups.length,
    causes: causeCounts(db),
    next: more ? cursorOf(page) : null
  };
}

/** One page of a group's open orders, by id. */
export function listGroupOrders(db: Db, query: { cause: string; key: string; afterId: number; limit: number }): GroupOrderPage {
  // One row more than asked says whether another page follows.
  const rows = groupOrderPage(db, { code: query.cause, key: query.key, afterId: query.afterId, limit: query.limit + 1 });
  const orders = rows.slice(0, query.limit);
  return { orders, next: rows.length > query.limit ? orders[orders.length - 1].id : null };
}

export function createGroupHandlers(deps: CoreDeps) {
  return {
    'groups/list': (query: GroupQuery): GroupPage => listGroupPage(deps.db, query),
    'groups/orders': (query: { cause: string; key: string; afterId: number; limit: number }): GroupOrderPage =>
      listGroupOrders(deps.db, query)
  };
}
