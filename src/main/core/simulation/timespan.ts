/**
 * VTEX writes durations as .NET time spans ("3.00:00:00" = 3 days, "04:30:00" = 4.5 hours).
 * Returns seconds; an absent or unreadable span counts as 0 so one bad row cannot hide an SLA.
 */
export function parseTimeSpan(value: string | null | undefined): number {
  if (!value) return 0;
  let seconds = parsed.get(value);
  if (seconds === undefined) {
    seconds = parseOnce(value);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(value, seconds);
  }
  return seconds;
}

// A store has a handful of distinct spans, read for every SLA of every order the sweep simulates.
const parsed = new Map<string, number>();
const PARSED_LIMIT = 10_000;

function parseOnce(value: string): number {
  const match = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*$/.exec(value);
  if (!match) return 0;
  const [, days = '0', hours, minutes, seconds = '0'] = match;
  return Number(days) * 86_400 + Number(hours) * 3_600 + Number(minutes) * 60 + Number(seconds);
}

/** Seconds back to VTEX's "d.hh:mm:ss" time-span text. */
export function formatTimeSpan(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86_400);
  const rest = totalSeconds % 86_400;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${days}.${pad(Math.floor(rest / 3_600))}:${pad(Math.floor((rest % 3_600) / 60))}:${pad(rest % 60)}`;
}
