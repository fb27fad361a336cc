import { compileMatcher } from './compile';
import { LEXICON } from './lexicon';
import { tokenise } from './normalise';
import { scan } from './scan';
import { decide, inContext, type Classification, type ClassifyContext } from './score';
import { SIGNAL_TABLE } from './signals';

export type { Classification, ClassifyContext } from './score';

const MATCHER = compileMatcher(SIGNAL_TABLE, LEXICON);
const DEFAULT_CACHE_SIZE = 10_000;
/**
 * Runs of four or more digits are always inside an id token and no signal reads an id's text, so
 * "Item 1003 is unavailable" and "Item 2001 is unavailable" share one memo entry.
 */
const LONG_DIGIT_RUN = /\d{4,}/g;

/** A classifier with its own memo of recent messages. */
export type Classifier = (message: string, context?: ClassifyContext) => Classification;

/**
 * Builds a classifier that remembers the readings of the last `cacheSize` distinct wordings: real
 * batches repeat the same few wordings across a million orders, so most calls are a map look-up.
 */
export function createClassifier(options: { cacheSize?: number } = {}): Classifier {
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const cache = new Map<string, Classification>();
  return (message, context = {}) => {
    const key = message.replace(LONG_DIGIT_RUN, '0');
    let reading = cache.get(key);
    if (reading !== undefined) {
      // Re-inserting keeps the map in least-recently-used order, so eviction drops the coldest.
      cache.delete(key);
    } else {
      const decided = decide(MATCHER, scan(MATCHER, tokenise(message)));
      reading = Object.freeze({ ...decided, matched: Object.freeze([...decided.matched]) });
      const oldest = cache.keys().next();
      if (cache.size >= cacheSize && oldest.done !== true) cache.delete(oldest.value);
    }
    if (cacheSize > 0) cache.set(key, reading);
    return inContext(reading, context);
  };
}

/**
 * What an integration message says: its error type, a confidence in (0, 1] (0 when unclassified)
 * and the phrases that decided it. English, Portuguese or Spanish; ids, timestamps, casing,
 * accents and spacing do not matter. `context.storefront` reads a stock message from the store's
 * own checkout as `store_order_not_created`.
 */
export const classify: Classifier = createClassifier();
