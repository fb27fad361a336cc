import type { ErrorType } from '../../../../shared/domain/error-types';
import type { Matcher } from './compile';
import type { Hit } from './scan';

/** Where a message is seen; it decides between readings of one wording. */
export interface ClassifyContext {
  /** The message comes from the store's own checkout, not a marketplace order. */
  readonly storefront?: boolean;
}

/** What a message says, how sure the classifier is, and the evidence it read. */
export interface Classification {
  readonly errorType: ErrorType;
  /** In (0, 1] when classified, 0 when unclassified. */
  readonly confidence: number;
  /** Labels of the winning type's signals, in the order they occur in the message. */
  readonly matched: readonly string[];
}

/** Below this score no type is named: one hint ("status", "trade policy") is not enough. */
const MIN_SCORE = 3;
/** The score at which strength reaches about 63%; one decisive phrase is about this much. */
const STRENGTH_SCALE = 6;

/**
 * Confidence grows with the winner's score and shrinks as the runner-up closes in: a lone decisive
 * phrase gives about 0.6, several concurring ones approach 1, and a tie halves the strength.
 */
function confidenceOf(best: number, second: number): number {
  const strength = 1 - Math.exp(-best / STRENGTH_SCALE);
  const margin = (best - second) / best;
  return Math.max(0.01, Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100);
}

/**
 * Sums the hits per type; the highest wins (ties go to the type listed first in the table, which
 * puts the more specific readings first).
 */
export function decide(matcher: Matcher, hits: readonly Hit[]): Classification {
  const scores = new Array<number>(matcher.types.length).fill(0);
  for (const hit of hits) scores[hit.signal.typeIndex] += hit.signal.weight;
  let winner = 0;
  for (let index = 1; index < scores.length; index++) if (scores[index] > scores[winner]) winner = index;
  const best = scores[winner];
  if (best < MIN_SCORE) return { errorType: 'unclassified', confidence: 0, matched: [] };
  const second = Math.max(0, ...scores.filter((_, index) => index !== winner));

  const matched = hits
    .filter((hit) => hit.signal.typeIndex === winner)
    .sort((a, b) => a.position - b.position)
    .map((hit) => hit.signal.label);
  return { errorType: matcher.types[winner], confidence: confidenceOf(best, second), matched: [...new Set(matched)] };
}

/** A stock reading in the store's own checkout is a storefront failure, not a marketplace order's. */
export function inContext(reading: Classification, context: ClassifyContext): Classification {
  // Readings are frozen (the classifier shares them between calls), so the common case returns it as is.
  if (reading.errorType !== 'out_of_stock' || context.storefront !== true) return reading;
  return { ...reading, errorType: 'store_order_not_created' };
}
