import type { ErrorType } from '../../../../shared/domain/error-types';
import { storefrontOnlyCue } from './abstain';
import { compileMatcher } from './compile';
import { CORPUS } from './corpus';
import { featuresOf } from './features';
import { LEXICON } from './lexicon';
import { trainNaiveBayes, type NaiveBayes } from './model';
import { tokenise } from './normalise';
import { scan } from './scan';
import { decide, inContext, UNCLASSIFIED, WEIGHING, type Classification, type ClassifyContext, type Weighing } from './score';
import { SIGNAL_TABLE } from './signals';

export type { Classification, ClassifyContext } from './score';
export type { CorpusEntry } from './corpus';

const MATCHER = compileMatcher(SIGNAL_TABLE, LEXICON);
/** The model's classes: the table's types in its order, then `unclassified` for messages that say none. */
const CLASSES: readonly ErrorType[] = [...MATCHER.types, 'unclassified'];
const DEFAULT_CACHE_SIZE = 10_000;
/**
 * Runs of four or more digits are always inside an id token and neither a signal nor the model
 * reads an id's text, so "Item 1003 is unavailable" and "Item 2001 is unavailable" share one memo entry.
 */
const LONG_DIGIT_RUN = /\d{4,}/g;

/** A classifier with its own memo of recent messages. */
export type Classifier = (message: string, context?: ClassifyContext) => Classification;

/** A labelled message to learn from. */
export interface TrainingMessage {
  readonly message: string;
  readonly errorType: ErrorType;
}

export interface ClassifierOptions {
  /** Distinct wordings remembered; 0 turns the memo off. */
  readonly cacheSize?: number;
  /** The messages the model learns from; the whole corpus when absent. */
  readonly training?: readonly TrainingMessage[];
  readonly weighing?: Weighing;
}

function train(training: readonly TrainingMessage[], smoothing: number): NaiveBayes {
  const examples = training.map((entry) => ({
    features: featuresOf(tokenise(entry.message)),
    classIndex: CLASSES.indexOf(entry.errorType)
  }));
  return trainNaiveBayes(examples, CLASSES.length, smoothing);
}

/**
 * Builds a classifier: the rule signals plus a model trained on `training` (for a
 * leave-one-source-out evaluation, the corpus without one source). The model is trained at the
 * first message, in milliseconds. The classifier remembers the readings of the last `cacheSize`
 * distinct wordings: real batches repeat the same few wordings across a million orders, so most
 * calls are a map look-up.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const weighing = options.weighing ?? WEIGHING;
  const cache = new Map<string, Classification>();
  let model: NaiveBayes | undefined;
  return (message, context = {}) => {
    const key = message.replace(LONG_DIGIT_RUN, '0');
    let reading = cache.get(key);
    if (reading !== undefined) {
      // Re-inserting keeps the map in least-recently-used order, so eviction drops the coldest.
      cache.delete(key);
    } else {
      model ??= train(options.training ?? CORPUS, weighing.smoothing);
      const tokens = tokenise(message);
      // A storefront-only wording abstains before any type is weighed: its words would otherwise
      // outvote the fact that no integration check can apply.
      const decided =
        storefrontOnlyCue(tokens) !== undefined
          ? UNCLASSIFIED
          : decide(CLASSES, model, scan(MATCHER, tokens), featuresOf(tokens), weighing);
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
