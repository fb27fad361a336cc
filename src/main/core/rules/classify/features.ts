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
/** A concept list naming a concept the lexicon lacks is a typo: fail at load, not with a silent zero. */
function checkConcepts(kind: string, concepts: Iterable<string>): void {
  for (const concept of concepts)
    if (LEXICON[concept] === undefined) throw new Error(`classify: unknown ${kind} concept "${concept}"`);
}
checkConcepts('trouble', TROUBLE_CONCEPTS);

/** The features of the trouble concepts. */
export const TROUBLE: readonly string[] = TROUBLE_CONCEPTS.map((concept) => `c:${concept}`);
const IS_TROUBLE: ReadonlySet<string> = new Set(TROUBLE_CONCEPTS);

/**
 * Concepts that name a thing the error-type table is about: an order, its items and their catalog,
 * stock, delivery, price, payment, invoice, customer, listing or the connector's account. A message
 * that names none of them ("No file selected", "Invalid nonce", "Location data is not available")
 * is read with the feature `g:noObject`, so the model learns, inside each training fold, how often
 * such a message says an error type at all. A message that names some is read with one feature per
 * trouble and object it holds (`t:unavailable+address`, `t:notFound+sku`): what went wrong with
 * what, in words the three languages share. Added 3 December 2026: leave-one-source-out 83.4% →
 * 83.9% with the first, 84.3% with both; the held-apart storefront apps 66.3% → 70.6% → 71.8%.
 */
const OBJECT_CONCEPTS: ReadonlySet<string> = new Set([
  'sla',
  'sku',
  'product',
  'item',
  'order',
  'seller',
  'document',
  'phone',
  'customer',
  'tradePolicy',
  'catalog',
  'warehouse',
  'marketplace',
  'stock',
  'outOfStock',
  'deliver',
  'shipping',
  'address',
  'postalCode',
  'carrier',
  'price',
  'amount',
  'payment',
  'cart',
  'invoice',
  'key',
  'token',
  'credential',
  'account',
  'gtin',
  'brand',
  'category',
  'attribute',
  'description',
  'weight',
  'dimensions',
  'image',
  'mapping',
  'listing',
  'status',
  'xml'
]);
checkConcepts('object', OBJECT_CONCEPTS);

const NO_OBJECT = 'g:noObject';

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
 * lexicon concepts it holds, `g:noObject` when no concept names a thing of the domain, and each
 * pair of a trouble and an object concept it holds. Ids are dropped except an HTTP status. Each feature occurs once, whatever its count. The rule signals that fired are not features: they are weighed beside the
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
  const troubles: string[] = [];
  const objects: string[] = [];
  for (const hit of scan(CONCEPTS, tokens)) {
    const concept = hit.signal.label;
    features.add(`c:${concept}`);
    if (IS_TROUBLE.has(concept)) troubles.push(concept);
    if (OBJECT_CONCEPTS.has(concept)) objects.push(concept);
  }
  if (objects.length === 0) features.add(NO_OBJECT);
  for (const trouble of troubles) for (const object of objects) features.add(`t:${trouble}+${object}`);
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
    case 't':
      return text.replace('+', ' + ');
    default:
      return text;
  }
}
