const PLAIN = /^[0-9A-Z]*$/;

/** Postal codes without separators, upper-cased: "01310-100" → "01310100". */
export function normalisePostalCode(code: string): string {
  // The sweep normalises every failed order's code once per shipping policy, and most arrive plain:
  // a test costs less than a replace and an upper-casing that would change nothing.
  return PLAIN.test(code) ? code : code.replace(/[\s.-]/g, '').toUpperCase();
}

const DIGITS = /^\d+$/;

/**
 * Whether a postal code lies within a freight row's range. Numeric codes (Brazil's CEPs) are compared
 * as digit strings of equal length, left-padding the shorter with zeros: a range stored as a number
 * ("1000000") has lost its leading zero but still means 01000000. Other codes compare as text.
 */
export function postalCodeInRange(code: string, start: string, end: string): boolean {
  const c = normalisePostalCode(code);
  const s = normalisePostalCode(start);
  const e = normalisePostalCode(end);
  if (DIGITS.test(c) && DIGITS.test(s) && DIGITS.test(e)) {
    const width = Math.max(c.length, s.length, e.length);
    const [pc, ps, pe] = [c, s, e].map((v) => v.padStart(width, '0'));
    return ps <= pc && pc <= pe;
  }
  return s <= c && c <= e;
}
