import { compileMatcher } from './compile';
import { LEXICON } from './lexicon';
import type { Token } from './normalise';
import { scan } from './scan';

/**
 * Every lexicon concept as a signal of its own, so a message's concepts ("not", "price",
 * "timeout") are features that English, Portuguese and Spanish wordings share. The error type is
 * required by the table's shape and unused: these hits are read by label only.
 */
const CONCEPTS = compileMatcher(
  [
    {
      errorType: 'platform_error',
      signals: Object.keys(LEXICON).map((name) => ({ label: name, weight: 1, terms: [`@${name}`] }))
    }
  ],
  LEXICON
);

/**
 * Concepts that say something went wrong. The model alone names a type only for a message that
 * holds one: "Order 123 invoiced" shares words with invoice errors but reports none.
 */
const TROUBLE_CONCEPTS = [
  'not',
  'cannot',
  'invalid',
  'missing',
  'required',
  'notFound',
  'nonexistent',
  'notRegistered',
  'fail',
  'expired',
  'blocked',
  'incomplete',
  'inactive',
  'unavailable',
  'insufficient',
  'outOfStock',
  'differ',
  'denied',
  'unauthorized',
  'finalized',
  'rejected',
  'canceled',
  'limit',
  'error',
  'timeout',
  'tryAgain',
  'unknownCause',
  'instability'
];
for (const concept of TROUBLE_CONCEPTS)
  if (LEXICON[concept] === undefined) throw new Error(`classify: unknown trouble concept "${concept}"`);

/** The features of the trouble concepts. */
export const TROUBLE: readonly string[] = TROUBLE_CONCEPTS.map((concept) => `c:${concept}`);

/** Words too common in every type's messages to say anything (two-letter words are skipped anyway). */
const STOP_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'this',
  'that',
  'are',
  'has',
  'was',
  'been',
  'its',
  'your',
  'you',
  'para',
  'com',
  'por',
  'uma',
  'del',
  'los',
  'las',
  'con',
  'una',
  'que',
  'esta',
  'este',
  'seu',
  'sua',
  'ser'
]);
/** Prefix length that joins a word's inflections and its cognates (inválido/invalid, reserva/reserve). */
const STEM_LENGTH = 5;
/** An HTTP status among the ids: the one number that says what happened. */
const HTTP_STATUS = /^[1-5]\d\d$/;

/**
 * The features the model reads from a message: its words, their stems, adjacent word pairs and the
 * lexicon concepts it holds. Ids are dropped except an HTTP status. Each feature occurs once,
 * whatever its count. The rule signals that fired are not features: they are weighed beside the
 * model instead, and as features they added nothing on the leave-one-source-out evaluation.
 */
export function featuresOf(tokens: readonly Token[]): string[] {
  const features = new Set<string>();
  let previous = '';
  for (const token of tokens) {
    if (token.isId) {
      if (HTTP_STATUS.test(token.text)) features.add(`w:${token.text}`).add(`w:${token.text[0]}xx`);
      continue;
    }
    const word = token.text;
    if (previous !== '') features.add(`b:${previous} ${word}`);
    previous = word;
    if (word.length <= 2 || STOP_WORDS.has(word)) continue;
    features.add(`w:${word}`);
    if (word.length > STEM_LENGTH) features.add(`p:${word.slice(0, STEM_LENGTH)}`);
  }
  for (const hit of scan(CONCEPTS, tokens)) features.add(`c:${hit.signal.label}`);
  return [...features];
}

/** How a feature reads to an agent, as evidence of a model decision. */
export function describeFeature(feature: string): string {
  const text = feature.slice(feature.indexOf(':') + 1);
  switch (feature[0]) {
    case 'w':
    case 'b':
      return `"${text}"`;
    case 'p':
      return `"${text}…"`;
    default:
      return text;
  }
}
