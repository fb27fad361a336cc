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
