import { numberFormat } from './intl-formats';

/**
 * Converts a decimal amount in currency units (as VTEX's pricing and freight APIs send it) to
 * integer cents exactly: 19.99 → 1999, never 1998.9999. Works on the number's shortest decimal
 * text, so no float multiplication rounds it. Returns null for values that are not finite.
 */
export function decimalToCents(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const text = Math.abs(value).toFixed(20).replace(/0+$/, '');
  const shortest = Math.abs(value).toString();
  // toString gives the shortest round-tripping text; exponent forms only appear far outside money ranges.
  const source = /e/i.test(shortest) ? text : shortest;
  const [whole, fraction = ''] = source.split('.');
  const padded = (fraction + '000').slice(0, 3);
  let cents = Number(whole) * 100 + Number(padded.slice(0, 2));
  // Half-up on the third decimal (VTEX amounts have two; a third comes from computed values).
  if (Number(padded[2]) >= 5) cents += 1;
  return value < 0 ? -cents : cents;
}

/** Cents to a plain decimal string with two places ("1999" → "19.99"), for exports. */
export function centsToDecimalString(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Money from integer cents with its currency, in a locale: 19790 → "R$ 197,90" (pt-BR), "R$197.90"
 * (en). The desk and the exports (escalation pack) format through this one function.
 */
export function formatCentsAs(locale: string, cents: number, currency = 'BRL'): string {
  return numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(cents / 100);
}
