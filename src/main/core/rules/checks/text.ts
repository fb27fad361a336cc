/** Lower-case, accents stripped, runs of spaces, dashes and underscores made one: for loose comparisons. */
export function looseText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
