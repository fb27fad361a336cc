import type { ErrorType } from '../../../../shared/domain/error-types';
import { describeFeature, TROUBLE } from './features';
import { readWithModel, strongestFor, type NaiveBayes } from './model';
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

/**
 * How the rule signals and the learned model are weighed. Chosen once on the leave-one-source-out
 * evaluation (`npm run eval:classify`) and kept as constants, so every build reads alike.
 */
export interface Weighing {
  /**
   * Points of signal weight one nat of the model's log-likelihood is worth. Well below 1: a
   * decisive phrase (6–8 points) outweighs most word evidence, while the model settles what the
   * rules leave close or unsaid.
   */
  readonly modelWeight: number;
  /** Below this rule score no rule names a type: one hint ("status", "trade policy") is not enough. */
  readonly minSignal: number;
  /** With no rule naming a type, the model alone must lead the runner-up by this many points. */
  readonly modelAloneMargin: number;
  /** Add-alpha smoothing of the model's word counts. */
  readonly smoothing: number;
  /**
   * When the rules' best type leads the next by more than this many points, the rules' reading
   * stands: the signals were written to settle near misses ("tempo esgotado ao consultar o
   * estoque" is a timeout), and the model may only overturn a close call.
   */
  readonly ruleLead: number;
}

export const WEIGHING: Weighing = { modelWeight: 0.3, minSignal: 3, modelAloneMargin: 0.5, smoothing: 1, ruleLead: 0.5 };

/** The reading of a message that says no error type. */
export const UNCLASSIFIED: Classification = { errorType: 'unclassified', confidence: 0, matched: [] };
/** Evidence words shown when the model alone named the type. */
const MODEL_EVIDENCE = 3;
/** The lead (in points) at which confidence reaches about 63%; one uncontested decisive phrase is about this much. */
const CONFIDENCE_SCALE = 6;

/**
 * Whole words, pairs and concepts read as evidence; a stem ("frobn…") says less than its word, and
 * a missing object (`g:noObject`) is no phrase of the message.
 */
function isShownAsEvidence(feature: string): boolean {
  return !feature.startsWith('p:') && !feature.startsWith('g:');
}

/**
 * The type a message says: each type's rule score (the sum of its signals' weights) plus the
 * model's log-likelihood times `modelWeight`; the highest sum wins, and the confidence grows with
 * its lead over the runner-up. `classes` are the model's classes: the signal table's types in its
 * order (ties go to the type listed first, the more specific reading), then `unclassified` for
 * messages known to say none.
 */
export function decide(
  classes: readonly ErrorType[],
  model: NaiveBayes,
  hits: readonly Hit[],
  features: readonly string[],
  weighing: Weighing = WEIGHING
): Classification {
  const rules = new Float64Array(classes.length);
  for (const hit of hits) rules[hit.signal.typeIndex] += hit.signal.weight;
  const reading = readWithModel(model, features);
  const sums = new Float64Array(classes.length);
  for (let index = 0; index < classes.length; index++) sums[index] = rules[index] + weighing.modelWeight * reading.scores[index];
  let ruleWinner = 0;
  for (let index = 1; index < rules.length; index++) if (rules[index] > rules[ruleWinner]) ruleWinner = index;
  let ruleSecond = 0;
  for (let index = 0; index < rules.length; index++) if (index !== ruleWinner) ruleSecond = Math.max(ruleSecond, rules[index]);
  const rulesSettle = rules[ruleWinner] >= weighing.minSignal && rules[ruleWinner] - ruleSecond > weighing.ruleLead;
  let winner = 0;
  for (let index = 1; index < sums.length; index++) if (sums[index] > sums[winner]) winner = index;
  if (rulesSettle) winner = ruleWinner;
  let second = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < sums.length; index++) if (index !== winner) second = Math.max(second, sums[index]);
  // Overruled by the rules, the model's favourite can out-sum the winner; the lead is then no lead.
  const lead = Math.max(0, sums[winner] - second);

  if (classes[winner] === 'unclassified') return UNCLASSIFIED;
  if (Math.max(...rules) < weighing.minSignal) {
    const troubled = TROUBLE.some((concept) => features.includes(concept));
    if (!troubled || !model.trained[winner] || lead < weighing.modelAloneMargin) return UNCLASSIFIED;
  }

  const fromRules = hits
    .filter((hit) => hit.signal.typeIndex === winner)
    .sort((a, b) => a.position - b.position)
    .map((hit) => hit.signal.label);
  const matched =
    fromRules.length > 0
      ? fromRules
      : strongestFor(model, reading.known.filter(isShownAsEvidence), winner, MODEL_EVIDENCE).map(describeFeature);
  const confidence = Math.max(0.01, Math.round((1 - Math.exp(-lead / CONFIDENCE_SCALE)) * 100) / 100);
  return { errorType: classes[winner], confidence, matched: [...new Set(matched)] };
}

/** A stock reading in the store's own checkout is a storefront failure, not a marketplace order's. */
export function inContext(reading: Classification, context: ClassifyContext): Classification {
  // Readings are frozen (the classifier shares them between calls), so the common case returns it as is.
  if (reading.errorType !== 'out_of_stock' || context.storefront !== true) return reading;
  return { ...reading, errorType: 'store_order_not_created' };
}
