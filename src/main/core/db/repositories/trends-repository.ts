import type { CauseWeeks, DayCount, DayValue, OldestOpenOrder, TrendsOverview } from '../../../../shared/api/trends';
import { OLDEST_OPEN_LIMIT, TREND_DAYS } from '../../../../shared/api/trends';
import type { CauseCode, ErrorType } from '../../../../shared/domain/error-types';
import type { Db } from '../connection';
import { OUTCOME_VALUES } from '../migrations/0015-queue-counts';
import { cachedPerGeneration } from './queue-cache';
import { queueCountsAreCurrent, readOpenByDay, readOpenCauses } from './queue-counts-repository';

/*
 * The dashboard's series are read from the counts the writer keeps (migration 0015: open orders
 * per day × error type × affiliate, and per day × cause), so the first read after a write is a
 * range of a small table (at 1M orders about 3 s before). Until the writer has rebuilt those
 * counts after a bulk job they are counted from the orders as below.
 *
 * The dashboard's aggregates over the open failed orders (failed, not resolved: the queue's default
 * state, so a click on a bar lists exactly the orders it counted), grouped by the UTC day of the
 * order's creation: `created_at` is what the queue's date filter reads. Each is one GROUP BY over
 * a covering index of migration 0003, named because the planner prefers the (status, created_at)
 * range, which reads every row: at 100k orders (42k failed) 170 → 28 ms by error type, 105 → 38 ms
 * for the value. Resolutions are few, so NOT IN over them keeps the index covering.
 */
const FACETS_INDEX = 'INDEXED BY marketplace_orders_facets';
const VALUE_INDEX = 'INDEXED BY marketplace_orders_affiliate_created_keys';
const OPEN = `o.integration_status = 'error' AND o.id NOT IN (SELECT order_id FROM order_resolutions)`;
const IN_WINDOW = 'o.created_at >= @from AND o.created_at < @until';
const DAY = 'substr(o.created_at, 1, 10)';
const DAY_MS = 86_400_000;

interface Window {
  from: string;
  until: string;
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function startOf(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/** The `count` days ending on `lastDay`, oldest first. */
function daysEnding(lastDay: string, count: number): string[] {
  const last = Date.parse(startOf(lastDay));
  return Array.from({ length: count }, (_, index) => dayOf(last - (count - 1 - index) * DAY_MS));
}

function windowOf(days: readonly string[]): Window {
  const after = Date.parse(startOf(days[days.length - 1])) + DAY_MS;
  return { from: startOf(days[0]), until: startOf(dayOf(after)) };
}

function countsByDay(db: Db, keyColumn: string, window: Window): DayCount[] {
  return db
    .prepare(
      `SELECT ${DAY} AS day, ${keyColumn} AS key, COUNT(*) AS count FROM marketplace_orders o ${FACETS_INDEX}
       WHERE ${OPEN} AND ${IN_WINDOW} GROUP BY day, key ORDER BY day, key`
    )
    .all(window) as DayCount[];
}

function valueByDay(db: Db, window: Window): DayValue[] {
  return db
    .prepare(
      `SELECT ${DAY} AS day, COALESCE(SUM(o.payment_value_cents), 0) AS valueCents, COUNT(*) AS count
       FROM marketplace_orders o ${VALUE_INDEX} WHERE ${OPEN} AND ${IN_WINDOW} GROUP BY day ORDER BY day`
    )
    .all(window) as DayValue[];
}

/** Orders per cause code (an order counted once per code, however many SKUs it names). */
function causesIn(db: Db, window: Window): Map<CauseCode, number> {
  const rows = db
    .prepare(
      `SELECT c.code AS code, COUNT(DISTINCT c.order_id) AS count FROM diagnosis_causes c
       JOIN marketplace_orders o ON o.id = c.order_id
       WHERE ${OPEN} AND ${IN_WINDOW} GROUP BY c.code`
    )
    .all(window) as { code: CauseCode; count: number }[];
  return new Map(rows.map((row) => [row.code, row.count]));
}

function rankCauses(thisWeek: Map<CauseCode, number>, lastWeek: Map<CauseCode, number>): CauseWeeks[] {
  const codes = new Set([...thisWeek.keys(), ...lastWeek.keys()]);
  return [...codes]
    .map((code) => ({ code, thisWeek: thisWeek.get(code) ?? 0, lastWeek: lastWeek.get(code) ?? 0 }))
    .sort((a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || a.code.localeCompare(b.code));
}

/** The open orders waiting longest, whatever the window (the status+created index walks them in order). */
function oldestOpen(db: Db): OldestOpenOrder[] {
  return db
    .prepare(
      `SELECT o.id, o.marketplace_order_id AS marketplaceOrderId, o.affiliate_id AS affiliateId, o.error_type AS errorType,
              o.created_at AS createdAt, o.payment_value_cents AS valueCents
       FROM marketplace_orders o
       WHERE ${OPEN} AND o.created_at IS NOT NULL ORDER BY o.created_at, o.id LIMIT ${OLDEST_OPEN_LIMIT}`
    )
    .all() as OldestOpenOrder[];
}

function marketplaceNames(db: Db, ids: Iterable<string>): Record<string, string> {
  const name = db.prepare('SELECT name FROM affiliates WHERE id = ?').pluck();
  const names: Record<string, string> = {};
  for (const id of new Set(ids)) names[id] = (name.get(id) as string | undefined) ?? id;
  return names;
}

/** The three day series and the causes of a window, from the kept counts. */
function seriesFromCounts(db: Db, days: readonly string[]) {
  const [first, last] = [days[0], days[days.length - 1]];
  const byType = readOpenByDay(db, 'errorType', first, last);
  const byErrorType = byType.map(({ day, key, count }) => ({ day, key: key || 'unclassified', count })) as DayCount<ErrorType>[];
  byErrorType.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = new Map<string, DayValue>();
  for (const { day, count, valueCents } of byType) {
    const total = values.get(day) ?? { day, valueCents: 0, count: 0 };
    values.set(day, { day, valueCents: total.valueCents + valueCents, count: total.count + count });
  }
  const causesOf = (week: readonly string[]) => {
    const counts = readOpenCauses(db, week[0], week[week.length - 1]);
    for (const outcome of OUTCOME_VALUES) counts.delete(outcome);
    return counts as Map<CauseCode, number>;
  };
  return {
    byErrorType,
    byMarketplace: readOpenByDay(db, 'affiliate', first, last).map(({ day, key, count }) => ({ day, key, count })),
    valueByDay: [...values.values()],
    topCauses: rankCauses(causesOf(days.slice(-7)), causesOf(days.slice(-14, -7)))
  };
}

/** The same, counted from the orders (the counts are being rebuilt). */
function seriesFromOrders(db: Db, days: readonly string[]) {
  const window = windowOf(days);
  return {
    byErrorType: countsByDay(db, `COALESCE(o.error_type, 'unclassified')`, window) as DayCount<ErrorType>[],
    byMarketplace: countsByDay(db, 'o.affiliate_id', window),
    valueByDay: valueByDay(db, window),
    topCauses: rankCauses(causesIn(db, windowOf(days.slice(-7))), causesIn(db, windowOf(days.slice(-14, -7))))
  };
}

/**
 * The trends over the TREND_DAYS days ending on `asOf`'s UTC day, cached per mirror generation
 * (any write that can change a count bumps it), so a warm read is a map look-up.
 */
export function trendsOverview(db: Db, asOf: string): TrendsOverview {
  const asOfDay = asOf.slice(0, 10);
  return cachedPerGeneration(db, `trends:${asOfDay}`, () => {
    const days = daysEnding(asOfDay, TREND_DAYS);
    const series = queueCountsAreCurrent(db) ? seriesFromCounts(db, days) : seriesFromOrders(db, days);
    const oldest = oldestOpen(db);
    return {
      asOfDay,
      days,
      ...series,
      marketplaceNames: marketplaceNames(db, [
        ...series.byMarketplace.map((row) => row.key),
        ...oldest.map((row) => row.affiliateId)
      ]),
      oldestOpen: oldest
    };
  });
}
