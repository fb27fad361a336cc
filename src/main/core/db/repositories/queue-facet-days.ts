import { dateBounds, type QueueCriteria } from './queue-filter-sql';

/*
 * The days a date filter covers, as the facets read them: whole UTC days from the counts kept by
 * day, and the parts of days at the filter's ends counted from their orders (queue-facets.ts).
 */

export const DAY_MS = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A part of a day at either end of a date filter, counted from its orders: from `from` (or just
 * after `after`) until `until` (or up to `to`, inclusive). `sign` -1 takes it out of a whole day
 * the counts gave.
 */
export interface Edge {
  from?: string;
  after?: string;
  until?: string;
  to?: string;
  sign: 1 | -1;
}

/**
 * The UTC days the counts read for a date filter ('0000' / '9999' for an open end) and the parts
 * of days at its ends; null when it holds no whole day (a range that short is cheap to count
 * anyway). An end that takes most of its day reads the whole day and takes out the rest, so an
 * edge counts at most half a day's orders (the bench's 'to', a moment before midnight, was a
 * whole day counted from its orders).
 */
export interface Days {
  fromDay: string;
  toDay: string;
  edges: Edge[];
}

const iso = (time: number) => new Date(time).toISOString();

function wholeDays(from: string | null, to: string | null): Days | null {
  const edges: Edge[] = [];
  let start: number | null = null;
  if (from !== null) {
    const at = Date.parse(from);
    const dayStart = Math.floor(at / DAY_MS) * DAY_MS;
    start = dayStart === at ? at : dayStart + DAY_MS;
    if (at === dayStart) {
      // Starts on a whole day.
    } else if (at - dayStart < start - at) {
      edges.push({ from: iso(dayStart), until: from, sign: -1 });
      start = dayStart;
    } else edges.push({ from, until: iso(start), sign: 1 });
  }
  // The first moment after the last whole day: `to` is inclusive, to the millisecond.
  let end: number | null = null;
  if (to !== null) {
    const at = Date.parse(to);
    end = Math.floor((at + 1) / DAY_MS) * DAY_MS;
    if (end === at + 1) {
      // Ends on a whole day.
    } else if (end + DAY_MS - at < at - end) {
      edges.push({ after: to, until: iso(end + DAY_MS), sign: -1 });
      end += DAY_MS;
    } else edges.push({ from: iso(end), to, sign: 1 });
  }
  if (start !== null && end !== null && start >= end) return null;
  return { fromDay: start === null ? '0000' : dayOf(start), toDay: end === null ? '9999' : dayOf(end - DAY_MS), edges };
}

/** No date filter: every day, no edge. */
export const ALL_DAYS: Days = { fromDay: '', toDay: '9999', edges: [] };

/** The days the kept counts read for a filter's dates (every day without one); null when it holds no whole day. */
export function daysOf(filter: QueueCriteria): Days | null {
  const { from, to } = dateBounds(filter);
  return from === null && to === null ? ALL_DAYS : wholeDays(from, to);
}

/** How many days `days` reads (Infinity for an open end). */
export function dayCountOf(days: Days): number {
  if (days.fromDay === '0000' || days.fromDay === '' || days.toDay === '9999') return Infinity;
  return (Date.parse(days.toDay) - Date.parse(days.fromDay)) / DAY_MS + 1;
}

/** Each day `days` reads; only for days with both ends (dayCountOf finite). */
export function eachDayOf(days: Days): string[] {
  return Array.from({ length: dayCountOf(days) }, (_, index) => dayOf(Date.parse(days.fromDay) + index * DAY_MS));
}
