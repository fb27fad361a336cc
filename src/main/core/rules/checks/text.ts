// Carrier names, statuses and SLA names repeat across a million orders: each is folded once.
const folded = new Map<string, string>();
const FOLDED_LIMIT = 10_000;

/** Lower-case, accents stripped, runs of spaces, dashes and underscores made one: for loose comparisons. */
export function looseText(value: string): string {
  let loose = folded.get(value);
  if (loose === undefined) {
    loose = fold(value);
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(value, loose);
  }
  return loose;
}

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
