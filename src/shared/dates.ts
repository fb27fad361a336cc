import { dateTimeFormat } from './intl-formats';

/**
 * Parses an ISO 8601 date-time that carries a zone (Z or ±hh:mm) and returns it normalised to UTC
 * ("2026-11-20T14:00:00.000Z"), so stored dates sort as text. Returns null for anything else:
 * a date without a zone is ambiguous and is refused rather than guessed.
 */
export function normaliseIsoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim());
  if (!match) return null;
  const time = Date.parse(value.trim().replace(' ', 'T'));
  if (Number.isNaN(time)) return null;
  const [, y, mo, d] = match;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(y) < 1970) return null;
  return new Date(time).toISOString();
}

/** The order a locale writes a day's parts in: "20/11/2026" (pt-BR, es) or "11/20/2026" (en-US). */
export type DayOrder = 'dmy' | 'mdy' | 'ymd';

/** A calendar day ("2026-11-20") as the locale writes it with digits: "20/11/2026", "11/20/2026". */
export function formatDayAs(day: string, order: DayOrder): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  const [, y, m, d] = match;
  return order === 'dmy' ? `${d}/${m}/${y}` : order === 'mdy' ? `${m}/${d}/${y}` : `${y}-${m}-${d}`;
}

/**
 * Reads a day typed in the locale's order ("20/11/2026", "20-11-2026", "20.11.2026") back to
 * "2026-11-20"; null when incomplete or not a real day (31/02 is refused, not rolled into March).
 */
export function parseDayAs(text: string, order: DayOrder): string | null {
  const parts = text.trim().split(/[/.\-\s]+/);
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) return null;
  const [a, b, c] = parts.map(Number);
  const [year, month, day] = order === 'dmy' ? [c, b, a] : order === 'mdy' ? [c, a, b] : [a, b, c];
  const yearText = order === 'ymd' ? parts[0] : parts[2];
  if (yearText.length !== 4 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** An instant as a person reads it in a locale ("20 de nov. de 2026, 11:00"), in the given zone (the reader's by default). */
export function formatInstantAs(locale: string, iso: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}
