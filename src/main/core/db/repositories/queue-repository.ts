import type { QueueCause, QueueRow } from '../../../../shared/api/queue';
import type { DiagnosisOutcome } from '../../../../shared/domain/diagnosis';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';
import type { IntegrationStatus } from '../../../../shared/domain/model';
import type { OrderState, ResolutionReason } from '../../../../shared/domain/resolution';
import type { Db } from '../connection';
import { cachedPerGeneration } from './queue-cache';
import { queueCountsAreCurrent, syncQueueCounts } from './queue-counts-repository';
import { afterParts, pageSql, seeksFirstDate } from './queue-cursor-sql';
import { totalFromCounts } from './queue-facets';
import { ORDERS, selectionOf, type Selection } from './queue-search-hits';
import {
  failedWhereOfOpenView,
  filterKey,
  isAscending,
  searchExpression,
  sortColumn,
  STATE_SQL,
  walkingWhereOf,
  whereOf,
  type QueueCriteria,
  type QueueOrder
} from './queue-filter-sql';

export type { QueueCriteria, QueueOrder } from './queue-filter-sql';
export { computeQueueFacets, queueFacets, totalFromCounts } from './queue-facets';
export { POSITION_FIRST_CAP, queuePosition } from './queue-position';

/**
 * Brings the full-text index up to date with the orders the mirror's triggers marked dirty, in
 * one statement (migration 0003 says why it is deferred), and the queue's counts when a bulk path
 * set their triggers aside (migration 0015, syncQueueCounts). Returns how many orders it
 * re-indexed. Cheap when nothing is behind; the writer calls it after every write (and an import
 * worker after its diagnosis, so a million-order rebuild of the counts runs there), never a read.
 */
export function syncQueueSearch(db: Db): number {
  syncQueueCounts(db);
  if (!db.prepare('SELECT EXISTS (SELECT 1 FROM queue_search_dirty)').pluck().get()) return 0;
  return db.transaction(() => {
    const { changes } = db
      .prepare(
        `INSERT OR REPLACE INTO queue_search (rowid, doc)
           SELECT order_id, doc FROM queue_search_source WHERE order_id IN (SELECT order_id FROM queue_search_dirty)`
      )
      .run();
    db.prepare(
      `DELETE FROM queue_search WHERE rowid IN
         (SELECT order_id FROM queue_search_dirty WHERE order_id NOT IN (SELECT id FROM marketplace_orders))`
    ).run();
    db.prepare('DELETE FROM queue_search_dirty').run();
    return changes;
  })();
}

export function countQueue(db: Db, filter: QueueCriteria): number {
  return countSelection(db, filter, selectionOf(db, filter));
}

function countSelection(db: Db, filter: QueueCriteria, { from, where }: Selection): number {
  // A search counts its hits (SEARCH_CAP at most) as they are.
  const failed = from === ORDERS && failedWhereOfOpenView(filter);
  if (failed) {
    // The open view: its failed orders less the resolved ones among them, read from the resolutions' side.
    const all = db.prepare(`SELECT COUNT(*) FROM marketplace_orders o WHERE ${failed.sql}`).pluck().get(failed.params) as number;
    const resolved = db
      .prepare(
        `SELECT COUNT(*) FROM order_resolutions r CROSS JOIN marketplace_orders o ON o.id = r.order_id WHERE ${failed.sql}`
      )
      .pluck()
      .get(failed.params) as number;
    return all - resolved;
  }
  return db.prepare(`SELECT COUNT(*) FROM ${from} WHERE ${where.sql}`).pluck().get(where.params) as number;
}

/**
 * One page of the queue's order ids. Only ids are paged, so a deep offset walks an index and not
 * the rows; readQueueRows fetches the page's details. With `after` (the previous page's last
 * order) the page starts right after that order in this sort, sought in the sort's index, and
 * `offset` is not walked: a page 50,000 orders deep under an error type walked 0.3–0.9 s at 1M.
 * An `after` order that is no longer in the mirror leaves the page to `offset`.
 */
export function listQueueIds(
  db: Db,
  filter: QueueCriteria,
  sort: QueueOrder,
  page: { offset: number; limit: number; after?: number }
): number[] {
  const cursor = page.after === undefined ? undefined : cursorOf(db, sort, page.after);
  if (cursor) return idsAfter(db, filter, sort, cursor, page.limit);
  const walks = walksSortIndex(db, filter, sort, page);
  const { from, where } = walks ? walkingSelection(filter, sort) : selectionOf(db, filter);
  return db
    .prepare(pageSql(where.sql, sort, { from, seek: walks && seeksFirstDate(filter, sort) }))
    .pluck()
    .all({ ...where.params, limit: page.limit, offset: page.offset }) as number[];
}

interface Cursor {
  id: number;
  key: string | number | null;
}

/** The order's sort key, whatever the filter (an order resolved since its page was read still marks a place); undefined when it is gone. */
function cursorOf(db: Db, sort: QueueOrder, id: number): Cursor | undefined {
  const row = db.prepare(`SELECT ${sortColumn(sort)} AS key FROM marketplace_orders o WHERE o.id = ?`).get(id) as
    { key: string | number | null } | undefined;
  return row && { id, key: row.key };
}

/** The first `limit` ids after the cursor's order, part by part of the list (afterParts). */
function idsAfter(db: Db, filter: QueueCriteria, sort: QueueOrder, cursor: Cursor, limit: number): number[] {
  const walks = walksSortIndex(db, filter, sort, { offset: 0, limit });
  const { from, where } = walks ? walkingSelection(filter, sort) : selectionOf(db, filter);
  const params = cursor.key === null ? { ...where.params, id: cursor.id } : { ...where.params, id: cursor.id, key: cursor.key };
  // A part after a key seeks that key; the parts after a missing one (ascending) start the list's dates over.
  const seek = walks && cursor.key === null && seeksFirstDate(filter, sort);
  const ids: number[] = [];
  for (const part of afterParts(sort, cursor.key === null)) {
    if (ids.length >= limit) break;
    ids.push(
      ...(db
        .prepare(pageSql(where.sql, sort, { from, part, seek }))
        .pluck()
        .all({ ...params, limit: limit - ids.length, offset: 0 }) as number[])
    );
  }
  return ids;
}

/** A walk of the sort's index reads every order (walksSortIndex never walks for a search). */
function walkingSelection(filter: QueueCriteria, sort: QueueOrder): Pick<Selection, 'from' | 'where'> {
  return { from: ORDERS, where: walkingWhereOf(filter, sort) };
}

/**
 * Whether a page is cheaper walking the sort's index and checking the filter on each row (about
 * (offset + limit) × orders in the state / matches rows) than collecting the filter's orders and
 * sorting them (about `matches` rows). SQLite cannot tell which (it does not know how many orders a
 * cause or a date range holds: a cause, two causes or the last 30 days took 0.5–3.5 s at 1M
 * collected), the kept counts can. A search is collected: it takes at most SEARCH_CAP orders.
 */
function walksSortIndex(db: Db, filter: QueueCriteria, sort: QueueOrder, page: { offset: number; limit: number }): boolean {
  if (searchExpression(filter.search)) return false;
  const walked = totalFromCounts(db, { ...ALL_ORDERS, states: filter.states });
  const matches = estimatedMatches(db, filter);
  const skipped = skippedByDates(db, filter, sort);
  if (walked === null || matches === null || skipped === null) return false;
  return skipped * matches + (page.offset + page.limit) * walked < matches * matches;
}

/**
 * The orders a walk by date passes before the filter's date range begins: an order's attempts come
 * after its creation, so walking the latest attempt first meets the orders created after `to`
 * first. From the kept counts. Walking oldest first seeks `from` (seeksFirstDate) and passes only
 * the orders created before it and processed after it, an attempt's delay: counted as none.
 */
function skippedByDates(db: Db, filter: QueueCriteria, sort: QueueOrder): number | null {
  if (sort.by !== 'date' || isAscending(sort) || filter.to === undefined) return 0;
  return totalFromCounts(db, { ...ALL_ORDERS, states: filter.states, from: filter.to });
}

/** Beyond this many orders a total the kept counts cannot say is given as "at least" (queue/list's atLeast). */
export const TOTAL_CAP = 1000;

/**
 * The filter's total for queue/list, and whether it is a floor: which count serves it. The kept
 * counts when they can say it; a search's hits (the newest SEARCH_CAP it matches, "at least" when
 * it matched more); while a bulk path's counts wait for their rebuild (after an import or a whole
 * run commits), every order counted, once per generation, so the agent sees the queue as committed
 * rather than "1,000+" (counting the open view at every page read cost 23 ms a read at 200k
 * orders while the import's diagnosis ran); otherwise counted up to TOTAL_CAP.
 */
export function queueTotal(db: Db, filter: QueueCriteria): { total: number; atLeast: boolean } {
  const counted = totalFromCounts(db, filter);
  if (counted !== null) return { total: counted, atLeast: false };
  if (filter.search.trim()) {
    const selection = selectionOf(db, filter);
    return { total: countSelection(db, filter, selection), atLeast: selection.capped };
  }
  if (!queueCountsAreCurrent(db))
    return { total: cachedPerGeneration(db, `exact total ${filterKey(filter)}`, () => countQueue(db, filter)), atLeast: false };
  const upTo = countQueueUpTo(db, filter, TOTAL_CAP + 1);
  return { total: Math.min(upTo, TOTAL_CAP), atLeast: upTo > TOTAL_CAP };
}

/**
 * How many orders the filter selects, counting no further than `cap`: a walk that stops there when
 * the filter keeps many orders, every one of them when it keeps few.
 */
export function countQueueUpTo(db: Db, filter: QueueCriteria, cap: number): number {
  const sort: QueueOrder = { by: 'value', direction: 'desc' };
  const where = walksSortIndex(db, filter, sort, { offset: 0, limit: cap }) ? walkingWhereOf(filter, sort) : whereOf(filter);
  return db
    .prepare(`SELECT COUNT(*) FROM (SELECT 1 FROM marketplace_orders o WHERE ${where.sql} LIMIT @cap)`)
    .pluck()
    .get({ ...where.params, cap }) as number;
}

const ALL_ORDERS: QueueCriteria = { states: [], errorTypes: [], causes: [], affiliates: [], tradePolicies: [], search: '' };

/** The filter's total from the kept counts, or an upper bound (each cause alone, without dates) where they cannot say it. */
function estimatedMatches(db: Db, filter: QueueCriteria): number | null {
  const exact = totalFromCounts(db, filter);
  if (exact !== null || filter.causes.length === 0) return exact;
  let sum = 0;
  for (const cause of new Set(filter.causes)) {
    const alone = totalFromCounts(db, { ...filter, causes: [cause], from: undefined, to: undefined });
    if (alone === null) return null;
    sum += alone;
  }
  return sum;
}

type RawRow = {
  id: number;
  marketplace_order_id: string;
  affiliate_id: string;
  connector_name: string | null;
  trade_policy_id: string | null;
  integration_status: IntegrationStatus;
  state: OrderState | null;
  resolution_reason: ResolutionReason | null;
  integration_message: string | null;
  error_type: ErrorType | null;
  outcome: DiagnosisOutcome | null;
  confidence: number | null;
  inferred_error_type: ErrorType | null;
  payment_value_cents: number | null;
  created_at: string | null;
  processed_at: string | null;
  attempts: number;
  would_integrate: 0 | 1;
  waits_for_plan: 0 | 1;
  code: CauseCode | null;
  sku_id: string | null;
  sku_name: string | null;
  warehouse_id: string | null;
  dock_id: string | null;
  shipping_policy_id: string | null;
  cause_trade_policy_id: string | null;
  cause_count: number;
  cause_skus: string;
  item_skus: string;
};

const ROWS_SQL = `
  SELECT o.id, o.marketplace_order_id, o.affiliate_id, o.connector_name, a.sales_channel AS trade_policy_id,
         o.integration_status, ${STATE_SQL} AS state, r.reason AS resolution_reason, o.integration_message, o.error_type, d.outcome, d.confidence, d.inferred_error_type, o.payment_value_cents,
         o.created_at, o.processed_at, o.attempts, EXISTS (SELECT 1 FROM planned_replays p WHERE p.order_id = o.id) AS would_integrate,
         EXISTS (SELECT 1 FROM plan_change_orders x JOIN plan_changes pc ON pc.id = x.change_id
                  WHERE x.order_id = o.id AND pc.state = 'planned') AS waits_for_plan,
         c.code, c.sku_id, s.name AS sku_name, c.warehouse_id, c.dock_id, c.shipping_policy_id, c.trade_policy_id AS cause_trade_policy_id,
         (SELECT COUNT(*) FROM diagnosis_causes x WHERE x.order_id = o.id) AS cause_count,
         (SELECT json_group_array(sku_id) FROM (SELECT sku_id FROM diagnosis_causes x WHERE x.order_id = o.id AND sku_id IS NOT NULL
            GROUP BY sku_id ORDER BY MIN(position))) AS cause_skus,
         (SELECT json_group_array(sku_id) FROM (SELECT sku_id FROM order_items i WHERE i.order_id = o.id
            GROUP BY sku_id ORDER BY MIN(item_index))) AS item_skus
    FROM marketplace_orders o
    LEFT JOIN affiliates a ON a.id = o.affiliate_id
    LEFT JOIN order_resolutions r ON r.order_id = o.id
    LEFT JOIN diagnoses d ON d.order_id = o.id
    LEFT JOIN diagnosis_causes c ON c.order_id = o.id AND c.position = 0
    LEFT JOIN skus s ON s.id = c.sku_id
   WHERE o.id IN (SELECT value FROM json_each(?))`;

function topCauseOf(row: RawRow): QueueCause | null {
  if (row.code === null) return null;
  return {
    code: row.code,
    skuId: row.sku_id,
    skuName: row.sku_name,
    warehouseId: row.warehouse_id,
    dockId: row.dock_id,
    shippingPolicyId: row.shipping_policy_id,
    tradePolicyId: row.cause_trade_policy_id
  };
}

function toQueueRow(row: RawRow): QueueRow {
  const causeSkus = JSON.parse(row.cause_skus) as string[];
  return {
    id: row.id,
    marketplaceOrderId: row.marketplace_order_id,
    affiliateId: row.affiliate_id,
    connectorName: row.connector_name,
    tradePolicyId: row.trade_policy_id,
    integrationStatus: row.integration_status,
    state: row.state,
    resolutionReason: row.resolution_reason,
    message: row.integration_message,
    errorType: row.error_type,
    confidence: row.confidence,
    inferredErrorType: row.inferred_error_type,
    outcome: row.outcome,
    topCause: topCauseOf(row),
    causeCount: row.cause_count,
    skuIds: causeSkus.length ? causeSkus : (JSON.parse(row.item_skus) as string[]),
    valueCents: row.payment_value_cents,
    createdAt: row.created_at,
    processedAt: row.processed_at,
    attempts: row.attempts,
    wouldIntegrate: row.would_integrate === 1,
    waitsForPlan: row.waits_for_plan === 1
  };
}

/** The queue rows of these orders, in the order of `ids` (missing ids are skipped). */
export function readQueueRows(db: Db, ids: readonly number[]): QueueRow[] {
  if (!ids.length) return [];
  const byId = new Map((db.prepare(ROWS_SQL).all(JSON.stringify(ids)) as RawRow[]).map((row) => [row.id, toQueueRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
