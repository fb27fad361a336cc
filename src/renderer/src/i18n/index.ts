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
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(cents / 100);
}

export function formatDateTime(locale: Locale, iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A ratio (0–1) as a whole percentage in the agent's locale: 0.62 → "62%" / "62 %". */
export function formatPercent(locale: Locale, ratio: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export type { MessageKey };
