import type { FacetValue, QueueFacets } from '../../../../shared/api/queue';
import { ORDER_STATES } from '../../../../shared/domain/resolution';
import { OUTCOME_VALUES_SQL } from '../migrations/0015-queue-counts';
import type { Db } from '../connection';
import { cachedPerGeneration } from './queue-cache';
import { TRIPLE_PROBES, tripleCells, type PairCells } from './queue-cause-triples';
import { ALL_DAYS, dayCountOf, daysOf, eachDayOf, type Days, type Edge } from './queue-facet-days';
import {
  queueCountsAreCurrent,
  readCauseCells,
  readCauseCellsOfAffiliateDays,
  readCauseCellsOfDays,
  readCauseCellsOfTypeAffiliateDays,
  readCauseCellsOfTypeDays,
  readOrderCells,
  readOrderCellsOfDays,
  readPairCells,
  type CauseCell,
  type OrderCell
} from './queue-counts-repository';
import {
  filterKey,
  ORDER_CELL_KEYS,
  walkingWhereOf,
  whereOf,
  type FacetName,
  type QueueCriteria,
  type QueueOrder
} from './queue-filter-sql';
import { selectionOf } from './queue-search-hits';

/*
 * The queue's facet counts. Every facet counts with every filter but its own, and four of the five
 * facets (state, error type, affiliate, trade policy — a function of the affiliate) filter on
 * columns of the order, so all of them come from one set of cells: orders per (state, error type,
 * affiliate) under the remaining filters (cause, dates, search), and orders per cause value and the
 * same three under dates and search only. The cells are read from the counts the writer keeps
 * (migrations 0015 and 0023) when the filter is one the counts can answer — no search, at most three
 * causes (an order with several must count once: the pair counts say how many have two, the
 * orders with all three are read by id, queue-cause-triples.ts), dates from the counts by day but
 * for the parts of days at the ends — and otherwise counted from the orders the filter selects,
 * through its indexes; a search's from the hits its list reads (queue-search-hits.ts). Cells may
 * count negatively (orders with both of two causes, the rest of a day at a date's end): they are
 * summed per key before anything is shown.
 */

const ORDER_COLUMNS: readonly FacetName[] = ['states', 'errorTypes', 'affiliates', 'tradePolicies'];

interface Cells {
  orders: OrderCell[];
  causes: CauseCell[];
  /** Some orders were left uncounted (each count is then at least what it says). */
  atLeast: boolean;
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

/** `tripleProbes`: how many orders three causes' rarest may have for their shared orders to be read (tests lower it). */
export function computeQueueFacets(db: Db, filter: QueueCriteria, tripleProbes = TRIPLE_PROBES): QueueFacets {
  const days = countsServe(filter) && queueCountsAreCurrent(db) ? daysOf(filter) : null;
  return days
    ? facetsOf(db, filter, cellsFromCounts(db, filter, days, { causes: true, tripleProbes }))
    : computeQueueFacetsFromOrders(db, filter);
}

/**
 * How many orders the filter selects, from the kept counts: the order cells that pass every filter.
 * Null when the counts would only count the filter's orders anyway (a search, four causes or
 * more, dates without a whole day: the caller counts them itself), cannot count them in time
 * (three causes sharing many orders, queue-cause-triples.ts) or are being rebuilt. Cached
 * like the facets.
 */
export function totalFromCounts(db: Db, filter: QueueCriteria, tripleProbes = TRIPLE_PROBES): number | null {
  if (!countsServe(filter) || new Set(filter.causes).size > MAX_CAUSES || !queueCountsAreCurrent(db)) return null;
  const days = daysOf(filter);
  if (!days) return null;
  return cachedPerGeneration(db, `total ${tripleProbes} ${filterKey(filter)}`, () => {
    const passes = cellFilter(db, filter);
    const cells = cellsFromCounts(db, filter, days, { causes: false, tripleProbes });
    // Three causes whose shared orders were left uncounted: the caller counts up to its cap.
    if (cells.atLeast) return null;
    return cells.orders.reduce((sum, cell) => sum + (passes(cell) ? cell.count : 0), 0);
  });
}

/** The facets counted from the orders themselves, whatever the kept counts say (tests compare the two). */
export function computeQueueFacetsFromOrders(db: Db, filter: QueueCriteria): QueueFacets {
  return facetsOf(db, filter, {
    orders: orderCellsFromOrders(db, filter),
    causes: causeCellsFromOrders(db, filter),
    // A capped search counts the newest SEARCH_CAP orders it matched, as its list shows them.
    atLeast: selectionOf(db, filter).capped
  });
}

const signed = <C extends OrderCell>(cells: C[], sign: 1 | -1): C[] =>
  sign === 1 ? cells : cells.map((cell) => ({ ...cell, count: -cell.count }));

/**
 * Cells from the kept counts: per (state, error type, affiliate) over every day, or by day under a
 * date filter with the parts of days at its ends counted from their orders; under one cause or two
 * from the cause and pair counts. What the counts cannot split is counted from the filter's
 * orders: orders under three causes or more, and causes under both an error type and a
 * marketplace or trade policy within dates when seeking them would take more than MAX_SEEKS (a
 * long range, an open end, many of either). The cause facet leaves the cause filter out, so it
 * never needs the orders for that.
 */
function cellsFromCounts(db: Db, filter: QueueCriteria, days: Days, wanted: { causes: boolean; tripleProbes: number }): Cells {
  const undated = { ...filter, from: undefined, to: undefined };
  const dated = days !== ALL_DAYS;
  const edgesOf = <C extends OrderCell>(count: (edge: Edge) => C[]) =>
    days.edges.flatMap((edge) => signed(count(edge), edge.sign));
  const causes = !wanted.causes
    ? []
    : !dated
      ? cachedPerGeneration(db, 'cause cells', () => readCauseCells(db))
      : causeCellsOfDays();
  function causeCellsOfDays(): CauseCell[] {
    const { fromDay, toDay } = days;
    const affiliates = affiliatesPicked(db, filter);
    const both = filter.errorTypes.length && affiliates ? soughtCauseCells(db, filter.errorTypes, affiliates, days) : null;
    if (filter.errorTypes.length && affiliates && !both) return causeCellsFromOrders(db, filter);
    const kept =
      both ??
      (filter.errorTypes.length
        ? readCauseCellsOfTypeDays(db, filter.errorTypes, fromDay, toDay)
        : affiliates
          ? readCauseCellsOfAffiliateDays(db, affiliates, fromDay, toDay)
          : readCauseCellsOfDays(db, fromDay, toDay));
    return [...kept, ...edgesOf((edge) => causeCellsFromOrders(db, undated, edge))];
  }
  const picked = [...new Set(filter.causes)];
  let orders: OrderCell[];
  let atLeast = false;
  if (picked.length > MAX_CAUSES) orders = orderCellsFromOrders(db, filter);
  else if (picked.length) {
    // Undated, one cause's cells are kept without the day: fewer rows than its pairs by day.
    const alone = (value: string) =>
      dated ? readPairCells(db, value, value, days.fromDay, days.toDay) : readCauseCells(db, value);
    const pairs: PairCells[] = picked.flatMap((one, index) =>
      picked.slice(index + 1).map((two) => ({
        values: [one, two] as const,
        cells: readPairCells(db, one, two, days.fromDay, days.toDay)
      }))
    );
    const triple = picked.length === 3 ? tripleCells(db, picked, pairs, dated ? days : null, wanted.tripleProbes) : [];
    // Left out, the orders with all three are taken out with each pair and never put back: floors.
    atLeast = triple === null;
    // Each order once, whichever of the causes it has: the singles, less the pairs, plus the triple.
    orders = [
      ...picked.flatMap(alone),
      ...pairs.flatMap(({ cells }) => signed(cells, -1)),
      ...(triple ?? []),
      ...edgesOf((edge) => orderCellsFromOrders(db, undated, edge))
    ];
  }
  // Shared by every filter's facets and total until the next write: the first read after it pays once.
  else if (!dated) orders = cachedPerGeneration(db, 'order cells', () => readOrderCells(db));
  else
    orders = [
      ...readOrderCellsOfDays(db, days.fromDay, days.toDay),
      ...edgesOf((edge) => orderCellsFromOrders(db, undated, edge))
    ];
  return { orders, causes, atLeast };
}

/**
 * The most causes the kept counts combine: one, two (less the orders with both) or three (plus
 * the orders with all three: pairs are kept, triples not, queue-cause-triples.ts).
 */
const MAX_CAUSES = 3;

/**
 * Seeks the cause facet makes at most under an error type and a marketplace within dates (one per
 * cause value, day, state, error type and marketplace): 5,000 cost 8–13 ms at 1M orders; a range
 * or a choice wider than this is counted from its orders.
 */
const MAX_SEEKS = 12_000;

/**
 * The cause cells under error types and marketplaces within whole days, sought in the pairs'
 * diagonal; null when the seeks would pass MAX_SEEKS or an end is open (then counted from orders).
 */
function soughtCauseCells(db: Db, errorTypes: readonly string[], affiliates: readonly string[], days: Days): CauseCell[] | null {
  const dayCount = dayCountOf(days);
  if (dayCount === Infinity) return null;
  // The values found with these error types on these days (about 1,300 rows in 30 days at 1M), not every cause cell.
  const values = [...new Set(readCauseCellsOfTypeDays(db, errorTypes, days.fromDay, days.toDay).map((cell) => cell.value))];
  if (values.length * dayCount * 4 * errorTypes.length * affiliates.length > MAX_SEEKS) return null;
  return readCauseCellsOfTypeAffiliateDays(db, { values, days: eachDayOf(days), errorTypes, affiliates });
}

/** The affiliates a marketplace or trade policy filter leaves (both: those in both); null without either. */
function affiliatesPicked(db: Db, filter: QueueCriteria): string[] | null {
  if (!filter.affiliates.length && !filter.tradePolicies.length) return null;
  if (!filter.tradePolicies.length) return filter.affiliates;
  return [...readAffiliates(db).values()]
    .filter(
      (a) => filter.tradePolicies.includes(a.tradePolicyId) && (!filter.affiliates.length || filter.affiliates.includes(a.id))
    )
    .map((a) => a.id);
}

const CELL_KEYS = ORDER_CELL_KEYS;

/** An age walk's conditions leave the creation date to an index and check a cause per order (queue-filter-sql.ts). */
const CREATED_WALK: QueueOrder = { by: 'age', direction: 'asc' };

function without(filter: QueueCriteria, omit: readonly FacetName[]): QueueCriteria {
  const left = { ...filter };
  for (const facet of omit) left[facet] = [];
  return left;
}

/**
 * The filter's WHERE without the facets named, narrowed to an edge of a day when one is given. An
 * edge is read through the creation date's index, its causes checked order by order: collected,
 * a common cause's 122k orders were probed one by one for the few in the edge (0.8 s at 1M).
 */
function whereWithin(
  filter: QueueCriteria,
  omit: readonly FacetName[],
  edge?: Edge
): { sql: string; params: Record<string, string | number> } {
  if (!edge) return whereOf(filter, omit);
  const where = walkingWhereOf(without(filter, omit), CREATED_WALK);
  const start = edge.after !== undefined ? 'o.created_at > @edgeStart' : 'o.created_at >= @edgeStart';
  const end = edge.until !== undefined ? 'o.created_at < @edgeEnd' : 'o.created_at <= @edgeEnd';
  return {
    sql: `${where.sql} AND ${start} AND ${end}`,
    params: { ...where.params, edgeStart: edge.after ?? edge.from ?? '', edgeEnd: edge.until ?? edge.to ?? '' }
  };
}

/*
 * Cells counted over the orders the filter's other parts select. The orders drive each query
 * (CROSS JOIN keeps SQLite from starting at the causes), so a search or a date range reads only
 * its own orders and their causes by key.
 */
function orderCellsFromOrders(db: Db, filter: QueueCriteria, edge?: Edge): OrderCell[] {
  const { from, where } = selectionOf(db, filter, (rest) => whereWithin(rest, ORDER_COLUMNS, edge));
  return db
    .prepare(
      `SELECT ${CELL_KEYS}, COUNT(*) AS count FROM ${from} LEFT JOIN order_resolutions r ON r.order_id = o.id
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
  // Grouped by the columns, not the alias `value`: a search's hits (json_each) have a column of that name.
  const { from, where } = selectionOf(db, filter, (rest) => whereWithin(rest, ['causes'], edge));
  return db
    .prepare(
      `SELECT c.code AS value, ${CELL_KEYS}, COUNT(DISTINCT o.id) AS count
         FROM ${from} CROSS JOIN diagnosis_causes c ON c.order_id = o.id LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE ${where.sql} GROUP BY c.code, state, errorType, affiliateId
       UNION ALL
       SELECT d.outcome AS value, ${CELL_KEYS}, COUNT(*) AS count
         FROM ${from} CROSS JOIN diagnoses d ON d.order_id = o.id LEFT JOIN order_resolutions r ON r.order_id = o.id
        WHERE d.outcome IN ${OUTCOME_VALUES_SQL} AND ${where.sql} GROUP BY d.outcome, state, errorType, affiliateId`
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
  // A value whose cells cancel out (orders with both of two causes taken out again) is not shown.
  const facet = (counts: Map<string, number>, labelOf: (value: string) => string | null = () => null): FacetValue[] =>
    [...counts]
      .filter(([, count]) => count !== 0)
      .map(([value, count]) => ({ value, label: labelOf(value), count }))
      .sort(byCount);
  const connectorOf = db
    .prepare('SELECT connector_name FROM marketplace_orders WHERE affiliate_id = ? AND connector_name IS NOT NULL LIMIT 1')
    .pluck();
  const policyName = db.prepare('SELECT name FROM trade_policies WHERE id = ?').pluck();
  const states = sums(cells.orders, 'states', (cell) => cell.state);
  return {
    atLeast: cells.atLeast,
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
