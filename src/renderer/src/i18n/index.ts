import type { DayOrder } from '../../../shared/dates';
import { formatCentsAs } from '../../../shared/money';
import { dateTimeFormat, numberFormat } from '../../../shared/intl-formats';
import { en, type MessageKey } from './en';
import { es } from './es';
import { pt } from './pt';

export type Locale = 'en' | 'pt-BR' | 'es';
export const LOCALES: { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'pt-BR', label: 'Português (Brasil)' },
  { id: 'es', label: 'Español' }
];

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, 'pt-BR': pt, es };

/**
 * A message in the agent's language. A message may hold two forms, "one|other" ("{n} order|{n}
 * orders"): a numeric `n` picks the first form when it is exactly 1 (Brazilian UI copy says
 * "0 pedidos", though CLDR files 0 under "one" in Portuguese) and is written with the locale's
 * digit grouping.
 */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const message = DICTIONARIES[locale][key] ?? en[key];
  if (!params) return message;
  const [one, other = one] = message.split('|');
  const count = params.n;
  const text = typeof count === 'number' && count !== 1 ? other : one;
  const values = typeof count === 'number' ? { ...params, n: formatNumber(locale, count) } : params;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Money from integer cents, in the store's currency and the agent's locale. */
export function formatMoney(locale: Locale, cents: number | null, currency = 'BRL'): string {
  if (cents === null) return '—';
  return formatCentsAs(locale, cents, currency);
}

/**
 * An instant with its zone named ("Nov 15, 2026, 11:59 PM GMT-3", "16 nov 2026, 2:59 UTC"). The
 * mirror keeps instants in UTC and does not know the store's zone (no snapshot file carries it), so
 * the desk writes them in the reader's zone and says which: a price ending 23:59 −03:00 read in a UTC
 * browser showed "2:59 AM" of the next day with nothing saying so. `timeZone` fixes the zone (tests).
 */
export function formatDateTime(locale: Locale, iso: string | null, timeZone?: string): string {
  if (!iso) return '—';
  return dateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone
  }).format(new Date(iso));
}

/** The order the locale writes a day in, read from Intl so date fields agree with every date the desk shows. */
export function dayOrderOf(locale: Locale): DayOrder {
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC'
  }).formatToParts(new Date(Date.UTC(2026, 10, 20)));
  const order = parts
    .filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')
    .map((part) => part.type[0])
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

function unit(locale: Locale, value: number, name: string, display: 'long' | 'short', digits = 0): string {
  return numberFormat(locale, { style: 'unit', unit: name, unitDisplay: display, maximumFractionDigits: digits }).format(value);
}

/**
 * A delivery estimate or a wait in words: "4 days", "1 day 8 hours", "45 minutes", "4 dias". VTEX
 * writes estimates as .NET TimeSpans ("4.00:00:00"), which no agent should have to read.
 */
export function formatDuration(locale: Locale, seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.round((seconds % 3_600) / 60);
  const parts = [days > 0 ? unit(locale, days, 'day', 'long') : '', hours > 0 ? unit(locale, hours, 'hour', 'long') : ''].filter(
    Boolean
  );
  if (parts.length === 0) return unit(locale, minutes, 'minute', 'long');
  return parts.join(' ');
}

/** Grams as kilograms, the unit carriers' limits are read in: 45000 → "45 kg", 250 → "0.25 kg". */
export function formatWeight(locale: Locale, grams: number): string {
  return unit(locale, grams / 1000, 'kilogram', 'short', 2);
}

export function formatLength(locale: Locale, centimetres: number): string {
  return unit(locale, centimetres, 'centimeter', 'short', 1);
}

export function formatNumber(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}

/** A ratio (0–1) as a whole percentage in the agent's locale: 0.62 → "62%" / "62 %". */
export function formatPercent(locale: Locale, ratio: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export type { MessageKey };
