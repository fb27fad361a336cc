import type { z } from 'zod';
import type { queueFilterSchema, queueSortSchema } from '../../../../shared/api/queue';
import { normaliseIsoDate } from '../../../../shared/dates';
import type { OrderState } from '../../../../shared/domain/resolution';

/*
 * The queue's filter and sort as SQL over `marketplace_orders o`. Every value is a bound
 * parameter; only column names and placeholders chosen here are spliced into the text.
 */

export type QueueCriteria = z.output<typeof queueFilterSchema>;
export type QueueOrder = z.output<typeof queueSortSchema>;
export type FacetName = 'states' | 'errorTypes' | 'causes' | 'affiliates' | 'tradePolicies';

export interface SqlPart {
  sql: string;
  params: Record<string, string | number>;
}

/** Diagnosis outcomes the cause filter accepts beside cause codes. */
const OUTCOME_VALUES = ['no_cause_found', 'unexplained', 'insufficient_data'] as const;

/*
 * Each state as a condition on the order (see shared/domain/resolution.ts). Resolutions are few, so
 * "not resolved" is a NOT IN over their small table and the status indexes still cover the rest.
 */
const RESOLVED = 'o.id IN (SELECT order_id FROM order_resolutions)';
const stateConditionsOf = (status: string): Record<OrderState, string> => ({
  open: `(${status} = 'error' AND o.id NOT IN (SELECT order_id FROM order_resolutions))`,
  resolved: `(${status} <> 'success' AND ${RESOLVED})`,
  integrated: `${status} = 'success'`
});
const STATE_CONDITIONS = stateConditionsOf('o.integration_status');
/*
 * A walk under one error type reads its error type's index (migration 0024 put the status in it):
 * it holds only that type's orders. Without statistics SQLite may as well pick the status's index
 * and read each order's row for its type, so the status is kept from driving.
 */
const STATE_CONDITIONS_CHECKED = stateConditionsOf('+o.integration_status');

/** The state of the order `o` as SQL (null for a pending order nobody resolved); `r` is its resolution row, joined. */
export const STATE_SQL = `CASE WHEN o.integration_status = 'success' THEN 'integrated' WHEN r.order_id IS NOT NULL THEN 'resolved'
  WHEN o.integration_status = 'error' THEN 'open' END`;

/** The keys of a facet cell for the order `o` (its resolution `r` joined): state ('' for none), error type ('' for none), affiliate. */
export const ORDER_CELL_KEYS = `COALESCE(${STATE_SQL}, '') AS state, COALESCE(o.error_type, '') AS errorType, o.affiliate_id AS affiliateId`;

/**
 * A search takes the newest SEARCH_CAP orders its words match (by id, the order the index keeps
 * its documents in, so the index stops there): a common word matches hundreds of thousands of
 * orders, and sorting or counting all of them took seconds at 1M. The list, its total and the
 * facets then speak of those orders, and the total says "at least" (searchIsCapped).
 */
export const SEARCH_CAP = 1000;
export const SEARCH_HITS = 'SELECT rowid FROM queue_search WHERE queue_search MATCH @search ORDER BY rowid DESC LIMIT @searchCap';

/** At most this many words of a search take part (a pasted paragraph would only slow the match). */
const MAX_SEARCH_TERMS = 12;

/**
 * The FTS5 MATCH expression for what an agent typed: each word quoted (quotes inside doubled, so
 * no FTS syntax survives) and made a prefix, all words required. A quoted word is tokenized as a
 * phrase, so "702-12" matches the id 702-12345 as "702" followed by a word starting "12".
 * Null when nothing searchable was typed (only punctuation, say).
 */
export function searchExpression(text: string): string | null {
  const terms = text
    .normalize('NFC')
    .split(/\s+/)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_SEARCH_TERMS);
  return terms.length ? terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(' ') : null;
}

function placeholders(params: SqlPart['params'], name: string, values: readonly string[]): string {
  return values
    .map((value, index) => {
      params[`${name}${index}`] = value;
      return `@${name}${index}`;
    })
    .join(', ');
}

function boundDate(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  const normalised = normaliseIsoDate(value);
  if (!normalised) throw new RangeError(`queue filter: ${name} is not an ISO date with a zone: ${value}`);
  return normalised;
}

/**
 * The WHERE clause for a filter, leaving out the facets named in `omit` (a facet counts with
 * every filter but its own). Lists are OR within a field and AND across fields.
 */
export function whereOf(filter: QueueCriteria, omit: readonly FacetName[] = []): SqlPart {
  return whereWith(filter, omit, STATE_CONDITIONS);
}

/** The orders of the open view before resolved ones are taken out: every failed order. */
const FAILED_STATE: Record<OrderState, string> = { ...STATE_CONDITIONS, open: `o.integration_status = 'error'` };

/**
 * The filter of the open view (states = ['open']) with "failed" for "open": what it selects, less
 * the resolved orders it also selects, is the open view. Null for any other choice of states.
 * Counting that way walks the few resolutions instead of probing them for every failed order
 * (200k orders, 2,000 resolved: 150 ms against 23 ms for the failed orders alone).
 */
export function failedWhereOfOpenView(filter: QueueCriteria): SqlPart | null {
  const states = new Set(filter.states);
  return states.size === 1 && states.has('open') ? whereWith(filter, [], FAILED_STATE) : null;
}

/**
 * The filter as conditions checked on each row while the list walks the index of its state and
 * sort (the sort column stays usable: an age sort seeks its date range): no index on another
 * column can drive, and a cause is an EXISTS on the order's own causes. The fast shape for a page
 * when the filter keeps many of the orders walked (queue-repository's listQueueIds chooses).
 */
export function walkingWhereOf(filter: QueueCriteria, sort: QueueOrder): SqlPart {
  return whereWith(filter, [], STATE_CONDITIONS, sort);
}

function whereWith(
  filter: QueueCriteria,
  omit: readonly FacetName[],
  stateConditions: Record<OrderState, string>,
  walking?: QueueOrder
): SqlPart {
  const params: SqlPart['params'] = {};
  const conditions: string[] = [];
  const uses = (facet: FacetName, values: readonly string[]) => values.length > 0 && !omit.includes(facet);
  // A unary + keeps SQLite from driving the query through that column's index; but one error type
  // has its own index per sort (error type, the sort's column, the status), a shorter walk than the state's.
  const oneErrorType = new Set(filter.errorTypes).size === 1;
  const walksToo = (column: string) =>
    (walking?.by === 'age' && column === 'o.created_at') || (column === 'o.error_type' && oneErrorType);
  const checked = (column: string) => (walking && !walksToo(column) ? `+${column}` : column);
  const states = walking && oneErrorType ? STATE_CONDITIONS_CHECKED : stateConditions;
  if (uses('states', filter.states))
    conditions.push(
      `(${[...new Set(filter.states)]
        .sort()
        .map((state) => states[state])
        .join(' OR ')})`
    );
  if (uses('errorTypes', filter.errorTypes))
    conditions.push(`${checked('o.error_type')} IN (${placeholders(params, 'errorType', filter.errorTypes)})`);
  if (uses('causes', filter.causes)) {
    // A cause code, or a diagnosis outcome ('no_cause_found', 'unexplained', 'insufficient_data') picked like one.
    const outcomes = filter.causes.filter((value) => (OUTCOME_VALUES as readonly string[]).includes(value));
    const codes = filter.causes.filter((value) => !outcomes.includes(value));
    const sources = [
      ...(codes.length ? [`SELECT order_id FROM diagnosis_causes WHERE code IN (${placeholders(params, 'cause', codes)})`] : []),
      ...(outcomes.length
        ? [`SELECT order_id FROM diagnoses WHERE outcome IN (${placeholders(params, 'outcome', outcomes)})`]
        : [])
    ];
    conditions.push(
      walking
        ? `(${sources.map((source) => `EXISTS (${source} AND order_id = o.id)`).join(' OR ')})`
        : `o.id IN (${sources.join(' UNION ')})`
    );
  }
  if (uses('affiliates', filter.affiliates))
    conditions.push(`${checked('o.affiliate_id')} IN (${placeholders(params, 'affiliate', filter.affiliates)})`);
  if (uses('tradePolicies', filter.tradePolicies)) {
    conditions.push(
      `${checked('o.affiliate_id')} IN (SELECT id FROM affiliates WHERE sales_channel IN (${placeholders(params, 'tradePolicy', filter.tradePolicies)}))`
    );
  }
  const from = boundDate(filter.from, 'from');
  if (from) {
    params.from = from;
    conditions.push(`${checked('o.created_at')} >= @from`);
  }
  const to = boundDate(filter.to, 'to');
  if (to) {
    params.to = to;
    conditions.push(`${checked('o.created_at')} <= @to`);
  }
  const search = searchExpression(filter.search);
  if (search) {
    params.search = search;
    params.searchCap = SEARCH_CAP;
    conditions.push(`o.id IN (${SEARCH_HITS})`);
  }
  return { sql: conditions.length ? conditions.join(' AND ') : '1', params };
}

/** The filter's date bounds, normalised to UTC ISO strings (null when not set); RangeError on a bad one. */
export function dateBounds(filter: QueueCriteria): { from: string | null; to: string | null } {
  return { from: boundDate(filter.from, 'from'), to: boundDate(filter.to, 'to') };
}

/**
 * One string per filter meaning: lists sorted and without repeats, dates normalised, the search
 * as its MATCH expression. Two filters with the same key select the same orders, so an aggregate
 * of one is cached for the other. Throws RangeError on a date whereOf would reject.
 */
export function filterKey(filter: QueueCriteria): string {
  const set = (values: readonly string[]) => [...new Set(values)].sort();
  return JSON.stringify([
    set(filter.states),
    set(filter.errorTypes),
    set(filter.causes),
    set(filter.affiliates),
    set(filter.tradePolicies),
    boundDate(filter.from, 'from'),
    boundDate(filter.to, 'to'),
    searchExpression(filter.search)
  ]);
}

const SORT_COLUMNS: Record<QueueOrder['by'], string> = {
  date: 'o.processed_at',
  value: 'o.payment_value_cents',
  age: 'o.created_at'
};

export function sortColumn(sort: QueueOrder): string {
  return SORT_COLUMNS[sort.by];
}

/**
 * Whether the sort column runs ascending. Age is the time since the order was created, so the
 * oldest order has the greatest age: age "desc" lists the oldest first (created_at ascending).
 */
export function isAscending(sort: QueueOrder): boolean {
  return sort.by === 'age' ? sort.direction === 'desc' : sort.direction === 'asc';
}

/** ORDER BY for a sort; the id breaks ties so pages never overlap or skip. */
export function orderByOf(sort: QueueOrder): string {
  const direction = isAscending(sort) ? 'ASC' : 'DESC';
  return `${sortColumn(sort)} ${direction}, o.id ${direction}`;
}
