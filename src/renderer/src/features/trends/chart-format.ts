import type { Locale } from '../../i18n';

/** A UTC day ("2026-11-20") short, as the locale writes it: "20/11", "11/20". */
export function shortDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`)
  );
}

/** A UTC day in full for labels and tables: "20 de nov. de 2026". */
export function longDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Money on an axis, compact: "R$ 12 mil", "R$12K". */
export function compactMoney(locale: Locale, cents: number, currency = 'BRL'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(
    cents / 100
  );
}

/*
 * Series colours are CSS variables (trends.css sets them per theme), so a theme switch recolours
 * the SVG without a re-render. Eight, then they repeat.
 */
export const SERIES_COLOURS = 8;
export function seriesColour(index: number): string {
  return `var(--series-${(index % SERIES_COLOURS) + 1})`;
}
