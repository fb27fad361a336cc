import type { QueueFacets } from '../../src/shared/api/queue';
import type { Db } from '../../src/main/core/db/connection';
import { STATE_SQL, whereOf, type FacetName, type QueueCriteria } from '../../src/main/core/db/repositories/queue-filter-sql';

/*
 * The queue's facets as plain GROUP BYs over the orders, one per facet with every other filter
 * applied: what every faster way of counting them (the kept counts, a search's kept hits, three
 * causes' triple read by id) must give. Each facet is its values and counts, sorted by value,
 * zeros left out.
 */

export type FacetCounts = Record<FacetName, [string, number][]>;

const sorted = (rows: [string, number][]) =>
  rows.filter(([value, count]) => value !== null && value !== '' && count !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * `searchCap` is how many of a search's newest matches count (the desk's SEARCH_CAP unless given;
 * a larger one counts every match).
 */
export function facetsByGroupBy(db: Db, filter: QueueCriteria, searchCap?: number): FacetCounts {
  const count = (facet: FacetName, key: string, joins = '') => {
    const where = whereOf(filter, [facet]);
    const params = searchCap === undefined || !('searchCap' in where.params) ? where.params : { ...where.params, searchCap };
    return sorted(
      db
        .prepare(
          `SELECT ${key} AS value, COUNT(DISTINCT o.id) AS count FROM marketplace_orders o
             LEFT JOIN order_resolutions r ON r.order_id = o.id ${joins}
            WHERE ${where.sql} GROUP BY 1`
        )
        .raw()
        .all(params) as [string, number][]
    );
  };
  return {
    states: count('states', STATE_SQL),
    errorTypes: count('errorTypes', 'o.error_type'),
    affiliates: count('affiliates', 'o.affiliate_id'),
    tradePolicies: count('tradePolicies', 'a.sales_channel', 'JOIN affiliates a ON a.id = o.affiliate_id'),
    causes: count(
      'causes',
      'v.value',
      `JOIN (SELECT order_id, code AS value FROM diagnosis_causes
              UNION SELECT order_id, outcome FROM diagnoses WHERE outcome IN ('no_cause_found', 'unexplained', 'insufficient_data')) v
          ON v.order_id = o.id`
    )
  };
}

/** The desk's facets in the same shape. */
export function facetCounts(facets: QueueFacets): FacetCounts {
  const of = (values: QueueFacets[FacetName]) => sorted(values.map(({ value, count }) => [value, count]));
  return {
    states: of(facets.states),
    errorTypes: of(facets.errorTypes),
    affiliates: of(facets.affiliates),
    tradePolicies: of(facets.tradePolicies),
    causes: of(facets.causes)
  };
}
