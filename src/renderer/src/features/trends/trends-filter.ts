import type { QueueFilterState } from '../../stores/queue-store';
import { EMPTY_FILTER } from '../../stores/queue-store';

/*
 * What a click on the dashboard shows in the queue: the open orders the clicked element counted.
 * The dashboard counts open failed orders by their creation day in UTC, so the filter is the open
 * state, the element's value and the day (or week) as a creation-date range.
 */

export interface DayRange {
  from: string;
  to: string;
}

/** One UTC day as the queue's inclusive creation-date range. */
export function dayRange(day: string): DayRange {
  return { from: `${day}T00:00:00.000Z`, to: `${day}T23:59:59.999Z` };
}

/** From the first day's start to the last day's end. */
export function daysRange(first: string, last: string): DayRange {
  return { from: dayRange(first).from, to: dayRange(last).to };
}

/** A whole filter (nothing the agent had before narrows it), so the queue shows exactly what was counted. */
export function trendFilter(patch: Partial<QueueFilterState> & DayRange): QueueFilterState {
  return { ...EMPTY_FILTER, ...patch };
}

/** The 7 days ending on the window's last day, and the 7 before them (as the core counts weeks). */
export function weeksOf(days: readonly string[]): { thisWeek: DayRange; lastWeek: DayRange } {
  const thisWeek = days.slice(-7);
  const lastWeek = days.slice(-14, -7);
  return {
    thisWeek: daysRange(thisWeek[0], thisWeek[thisWeek.length - 1]),
    lastWeek: daysRange(lastWeek[0], lastWeek[lastWeek.length - 1])
  };
}

/** The series that sums every key beyond the largest ones. */
export const OTHER_SERIES = '__other';

/**
 * Per-day counts keyed by series as chart rows ({ day, [series]: count }), every day present, and
 * the series by total, largest first. Beyond `maxSeries` keys the smallest are summed as
 * OTHER_SERIES: more segments than colours could not be told apart.
 */
export function stackByDay(
  days: readonly string[],
  counts: readonly { day: string; key: string; count: number }[],
  maxSeries: number
): { rows: Record<string, string | number>[]; series: string[] } {
  const totals = new Map<string, number>();
  for (const { key, count } of counts) totals.set(key, (totals.get(key) ?? 0) + count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  const named = new Set(ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked);
  const byDay = new Map<string, Record<string, string | number>>(days.map((day) => [day, { day }]));
  for (const { day, key, count } of counts) {
    const row = byDay.get(day);
    if (!row) continue;
    const series = named.has(key) ? key : OTHER_SERIES;
    row[series] = Number(row[series] ?? 0) + count;
  }
  const series = [...named, ...(named.size < ranked.length ? [OTHER_SERIES] : [])];
  return { rows: [...byDay.values()], series };
}
