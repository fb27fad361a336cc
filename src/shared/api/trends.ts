import { z } from 'zod';
import type { CauseCode, ErrorType } from '../domain/error-types';
import { entry } from './contract-entry';

/** Days a trend chart covers, ending on the mirror's as-of day. */
export const TREND_DAYS = 30;
/** Oldest open orders the dashboard lists. */
export const OLDEST_OPEN_LIMIT = 10;

/** One bar segment: open failed orders created on `day` (UTC, YYYY-MM-DD) with this key. */
export interface DayCount<K extends string = string> {
  day: string;
  key: K;
  count: number;
}

/** Open failed orders' value created on one day, in cents. */
export interface DayValue {
  day: string;
  valueCents: number;
  count: number;
}

/** How many open failed orders created this week and the week before show a cause. */
export interface CauseWeeks {
  code: CauseCode;
  thisWeek: number;
  lastWeek: number;
}

export interface OldestOpenOrder {
  id: number;
  marketplaceOrderId: string;
  affiliateId: string;
  errorType: ErrorType | null;
  createdAt: string;
  valueCents: number | null;
}

/**
 * The picture of the day over the open failed orders (failed, not resolved: what the queue opens
 * on), by the order's creation date in UTC, as of the snapshot's moment (else now).
 */
export interface TrendsOverview {
  /** The last day covered (YYYY-MM-DD, UTC); `days` lists every day of the window, oldest first. */
  asOfDay: string;
  days: string[];
  byErrorType: DayCount<ErrorType | 'unclassified'>[];
  /** Keyed by affiliate id (the marketplace); `marketplaceNames` names them. */
  byMarketplace: DayCount[];
  marketplaceNames: Record<string, string>;
  valueByDay: DayValue[];
  /** This week = the 7 days ending on asOfDay; last week = the 7 before. Most this week first. */
  topCauses: CauseWeeks[];
  oldestOpen: OldestOpenOrder[];
}

export const trendsContract = {
  'trends/overview': entry<TrendsOverview>()(z.object({}).strict())
};
