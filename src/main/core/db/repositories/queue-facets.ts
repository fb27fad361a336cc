import type { FacetValue, QueueFacets } from '../../../../shared/api/queue';
import { ORDER_STATES } from '../../../../shared/domain/resolution';
import { OUTCOME_VALUES_SQL } from '../migrations/0015-queue-counts';
import type { Db } from '../connection';
import { cachedPerGeneration } from './queue-cache';
import {
  queueCountsAreCurrent,
  readCauseCells,
  readCauseCellsOfDays,
  readOrderCells,
  readOrderCellsOfDays,
  type CauseCell,
  type OrderCell
} from './queue-counts-repository';
import { dateBounds, filterKey, STATE_SQL, whereOf, type FacetName, type QueueCriteria } from './queue-filter-sql';

/*
 * The queue's facet counts. Every facet counts with every filter but its own, and four of the five
 * facets (state, error type, affiliate, trade policy — a function of the affiliate) filter on
 * columns of the order, so all of them come from one set of cells: orders per (state, error type,
 * affiliate) under the remaining filters (cause, dates, search), and orders per cause value and the
 * same three under dates and search only. The cells are read from the counts the writer keeps
 * (migration 0015) when the filter is one the counts can answer — no search and at most one cause
 * (an order with two of the picked causes must count once, which per-cause counts cannot say);
 * dates from the counts by day, but for the parts of days at the ends — and otherwise counted from
 * the orders the filter selects, through its indexes.
 */

const ORDER_COLUMNS: readonly FacetName[] = ['states', 'errorTypes', 'affiliates', 'tradePolicies'];

interface Cells {
  orders: OrderCell[];
  causes: CauseCell[];
}

/**
 * The facet counts for a filter, cached per mirror generation (queue-cache.ts): after a write the
 * first call reads the kept counts (a few thousand rows), the rest are a look-up.
 */
export function queueFacets(db: Db, filter: QueueCriteria): QueueFacets {
  return cachedPerGeneration(db, `facets ${filterKey(filter)}`, () => computeQueueFacets(db, filter));
}

/** Whether the kept counts take part in this filter's facets: any filter without a search. */
export function countsServe(filter: QueueCriteria): boolean {
  return !filter.search.trim();
}

export function computeQueueFacets(db: Db, filter: QueueCriteria): QueueFacets {
  const days = countsServe(filter) && queueCountsAreCurrent(db) ? daysOf(filter) : null;
  return days ? facetsOf(db, filter, cellsFromCounts(db, filter, days)) : computeQueueFacetsFromOrders(db, filter);
}

/** The days the kept counts read for a filter's dates (every day without one); null when it holds no whole day. */
function daysOf(filter: QueueCriteria): Days | null {
  const { from, to } = dateBounds(filter);
  return from === null && to === null ? ALL_DAYS : wholeDays(from, to);
}

/**
 * How many orders the filter selects, from the kept counts: the order cells that pass every filter.
 * Null when the counts would only count the filter's orders anyway (a search, two causes, a cause
 * within dates: the caller counts them itself) or are being rebuilt. Cached like the facets.
 */
export function totalFromCounts(db: Db, filter: QueueCriteria): number | null {
  if (!countsServe(filter) || filter.causes.length > 1 || !queueCountsAreCurrent(db)) return null;
  const days = daysOf(filter);
  if (!days || (filter.causes.length === 1 && days !== ALL_DAYS)) return null;
  return cachedPerGeneration(db, `total ${filterKey(filter)}`, () => {
    const passes = cellFilter(db, filter);
    return cellsFromCounts(db, filter, days, { causes: false }).orders.reduce(
      (sum, cell) => sum + (passes(cell) ? cell.count : 0),
      0
    );
  });
}

/** The facets counted from the orders themselves, whatever the kept counts say (tests compare the two). */
export function computeQueueFacetsFromOrders(db: Db, filter: QueueCriteria): QueueFacets {
  return facetsOf(db, filter, { orders: orderCellsFromOrders(db, filter), causes: causeCellsFromOrders(db, filter) });
}

const DAY_MS = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A part of a day at either end of a date filter, counted from its orders: [from, until) or [from, to]. */
interface Edge {
  from: string;
  until?: string;
  to?: string;
}

/**
 * The whole UTC days inside a date filter ('0000' / '9999' for an open end) and the parts of days
 * left at its ends; null when it holds no whole day (a range that short is cheap to count anyway).
 */
interface Days {
  fromDay: string;
  toDay: string;
  edges: Edge[];
}

function wholeDays(from: string | null, to: string | null): Days | null {
  const start = from === null ? null : Math.ceil(Date.parse(from) / DAY_MS) * DAY_MS;
  // The first moment after the last whole day: `to` is inclusive, to the millisecond.
  const end = to === null ? null : Math.floor((Date.parse(to) + 1) / DAY_MS) * DAY_MS;
  if (start !== null && end !== null && start >= end) return null;
  const edges: Edge[] = [];
  if (from !== null && start !== null && Date.parse(from) < start) edges.push({ from, until: new Date(start).toISOString() });
  if (to !== null && end !== null && end <= Date.parse(to)) edges.push({ from: new Date(end).toISOString(), to });
  return { fromDay: start === null ? '0000' : dayOf(start), toDay: end === null ? '9999' : dayOf(end - DAY_MS), edges };
}

/** No date filter: every day, no edge. */
const ALL_DAYS: Days = { fromDay: '', toDay: '9999', edges: [] };

/**
 * Cells from the kept counts: per (state, error type, affiliate) over every day, or by day under a
 * date filter with the parts of days at its ends counted from their orders. What the counts cannot
 * split is counted from the filter's orders: orders under two or more causes (an order with both
 * must count once), orders under a cause within dates, and causes under an error type, marketplace
 * or trade policy within dates (causes are kept by day with their state only). The cause facet
 * leaves the cause filter out, so it never needs the orders for that.
 */
function cellsFromCounts(db: Db, filter: QueueCriteria, days: Days, wanted = { causes: true }): Cells {
  const undated = { ...filter, from: undefined, to: undefined };
  const dated = days !== ALL_DAYS;
  const picked = new Set(filter.causes);
  // The total needs the cause cells only for the one cause it is filtered on.
  const causes = !wanted.causes
    ? picked.size === 1
      ? readCauseCells(db, filter.causes[0])
      : []
    : !dated
      ? cachedPerGeneration(db, 'cause cells', () => readCauseCells(db))
      : filter.errorTypes.length || filter.affiliates.length || filter.tradePolicies.length
        ? causeCellsFromOrders(db, filter)
        : [
            ...readCauseCellsOfDays(db, days.fromDay, days.toDay),
            ...days.edges.flatMap((edge) => causeCellsFromOrders(db, undated, edge))
          ];
  let orders: OrderCell[];
  if (picked.size > 1 || (picked.size === 1 && dated)) orders = orderCellsFromOrders(db, filter);
  else if (picked.size === 1) orders = causes.filter((cell) => picked.has(cell.value));
  // Shared by every filter's facets and total until the next write: the first read after it pays once.
  else if (!dated) orders = cachedPerGeneration(db, 'order cells', () => readOrderCells(db));
  else
    orders = [
      ...readOrderCellsOfDays(db, days.fromDay, days.toDay),
      ...days.edges.flatMap((edge) => orderCellsFromOrders(db, undated, edge))
    ];
  return { orders, causes };
}

const STATE_KEY = `COALESCE(${STATE_SQL}, '')`;
const CELL_KEYS = `${STATE_KEY} AS state, COALESCE(o.error_type, '') AS errorType, o.affiliate_id AS affiliateId`;

/** The filter's WHERE without the facets named, narrowed to an edge of a day when one is given. */
function whereWithin(
  filter: QueueCriteria,
  omit: readonly FacetName[],
  edge?: Edge
): { sql: string; params: Record<string, string | number> } {
  const where = whereOf(filter, omit);
  if (!edge) return where;
  const end = edge.until !== undefined ? 'o.created_at < @edgeEnd' : 'o.created_at <= @edgeEnd';
  return {
    sql: `${where.sql} AND o.created_at >= @edgeFrom AND ${end}`,
    params: { ...where.params, edgeFrom: edge.from, edgeEnd: edge.until ?? edge.to ?? '' }
  };
}

/*
 * Cells counted over the orders the filter's other parts select. The orders drive each query
 * (CROSS JOIN keeps SQLite from starting at the causes), so a search or a date range reads only
 * its own orders and their causes by key.
 */
function orderCellsFromOrders(db: Db, filter: QueueCriteria, edge?: Edge): OrderCell[] {
  const where = whereWithin(filter, ORDER_COLUMNS, edge);
  return db
    .prepare(
      `SELECT ${CELL_KEYS}, COUNT(*) AS count FROM marketplace_orders o LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE ${where.sql} GROUP BY state, errorType, affiliateId`
    )
    .all(where.params) as OrderCell[];
}

/**
 * Cause cells serve the cause facet alone (the other facets read order cells), so every filter but
 * the cause's narrows the orders read here: an error type or a marketplace within dates reads its
 * own orders through its index, not every order of the range (20 s → well under one at 1M).
 */
function causeCellsFromOrders(db: Db, filter: QueueCriteria, edge?: Edge): CauseCell[] {
  const where = whereWithin(filter, ['causes'], edge);
  return db
    .prepare(
      `SELECT c.code AS value, ${CELL_KEYS}, COUNT(DISTINCT o.id) AS count
         FROM marketplace_orders o CROSS JOIN diagnosis_causes c ON c.order_id = o.id LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE ${where.sql} GROUP BY value, state, errorType, affiliateId
       UNION ALL
       SELECT d.outcome AS value, ${CELL_KEYS}, COUNT(*) AS count
         FROM marketplace_orders o CROSS JOIN diagnoses d ON d.order_id = o.id LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE d.outcome IN ${OUTCOME_VALUES_SQL} AND ${where.sql} GROUP BY value, state, errorType, affiliateId`
    )
    .all(where.params) as CauseCell[];
}

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

type Affiliate = { id: string; name: string; tradePolicyId: string };

/** Each facet from the cells: a cell counts in a facet when it passes every filter but that facet's. */
const readAffiliates = (db: Db) =>
  new Map(
    (db.prepare('SELECT id, name, sales_channel AS tradePolicyId FROM affiliates').all() as Affiliate[]).map((a) => [a.id, a])
  );

/** Whether a cell passes the filter's fields on the order's columns, but the facet `except` names. */
function cellFilter(
  db: Db,
  filter: QueueCriteria,
  affiliates = readAffiliates(db)
): (cell: OrderCell, except?: FacetName) => boolean {
  const policyOf = (cell: OrderCell) => affiliates.get(cell.affiliateId)?.tradePolicyId ?? null;
  const within = (picked: readonly string[], value: string | null) =>
    !picked.length || (value !== null && value !== '' && picked.includes(value));
  return (cell, except) =>
    (except === 'states' || within(filter.states, cell.state)) &&
    (except === 'errorTypes' || within(filter.errorTypes, cell.errorType)) &&
    (except === 'affiliates' || within(filter.affiliates, cell.affiliateId)) &&
    (except === 'tradePolicies' || within(filter.tradePolicies, policyOf(cell)));
}

function facetsOf(db: Db, filter: QueueCriteria, cells: Cells): QueueFacets {
  const affiliates = readAffiliates(db);
  const policyOf = (cell: OrderCell) => affiliates.get(cell.affiliateId)?.tradePolicyId ?? null;
  const passes = cellFilter(db, filter, affiliates);
  const sums = <C extends OrderCell>(of: C[], except: FacetName, keyOf: (cell: C) => string | null) => {
    const counts = new Map<string, number>();
    for (const cell of of) {
      const key = keyOf(cell);
      if (key !== null && key !== '' && passes(cell, except)) counts.set(key, (counts.get(key) ?? 0) + cell.count);
    }
    return counts;
  };
  const facet = (counts: Map<string, number>, labelOf: (value: string) => string | null = () => null): FacetValue[] =>
    [...counts].map(([value, count]) => ({ value, label: labelOf(value), count })).sort(byCount);
  const connectorOf = db
    .prepare('SELECT connector_name FROM marketplace_orders WHERE affiliate_id = ? AND connector_name IS NOT NULL LIMIT 1')
    .pluck();
  const policyName = db.prepare('SELECT name FROM trade_policies WHERE id = ?').pluck();
  const states = sums(cells.orders, 'states', (cell) => cell.state);
  return {
    // Always all three, in their fixed order: the bar shows them as one segmented choice.
    states: ORDER_STATES.map((state) => ({ value: state, label: null, count: states.get(state) ?? 0 })),
    errorTypes: facet(sums(cells.orders, 'errorTypes', (cell) => cell.errorType)),
    causes: facet(sums(cells.causes, 'causes', (cell) => cell.value)),
    affiliates: facet(
      sums(cells.orders, 'affiliates', (cell) => cell.affiliateId),
      (id) => (connectorOf.get(id) as string | undefined) ?? affiliates.get(id)?.name ?? null
    ),
    tradePolicies: facet(
      sums(cells.orders, 'tradePolicies', policyOf),
      (id) => (policyName.get(id) as string | undefined) ?? null
    )
  };
}
