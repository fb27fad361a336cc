import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Compares what a client presented with the bridge's token in constant time. Both sides are
 * hashed to 32 bytes first: a header arrives as latin1, a query parameter as decoded UTF-8, and
 * comparing raw buffers of different byte lengths would throw (ending the process) or reveal the
 * token's length through an early return.
 */
export function sameToken(given: unknown, token: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), digest(token));
}
