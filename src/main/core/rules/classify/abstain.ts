import { compileMatcher } from './compile';
import { LEXICON } from './lexicon';
import type { Token } from './normalise';
import { scan } from './scan';
import type { SignalSpec } from './signal-spec';

/**
 * Wordings that name no integration problem of the error-type table, whatever other words they
 * share with one. A payment gateway's verdict on a shopper's card ("Payment cannot be authorized",
 * "Transação negada") is the store's own checkout: a marketplace order arrives already paid, and
 * `payment_data_invalid` is about the marketplace payment's value or data, which such a verdict
 * does not mention. Hand-written like the signals, so the leave-one-source-out figure does not hold
 * them out: see the note in `eval.ts`.
 */
const GATEWAY_VERDICT: readonly SignalSpec[] = [
  {
    label: 'payment gateway verdict',
    weight: 1,
    terms: [
      ['@payment', 'transac*'],
      [
        '@denied',
        '@unauthorized',
        'declined',
        'recusad*',
        'rechazad*',
        'cannot be authoriz*',
        'not been authoriz*',
        'nao foi autoriz*',
        'no fue autoriz*',
        'no ha sido autoriz*',
        'nao pode ser autoriz*',
        'no puede ser autoriz*'
      ]
    ],
    within: 5
  }
];

/** A verdict that does say what was wrong with the payment's data or value stays a payment reading. */
const PAYMENT_CONTENT: readonly SignalSpec[] = [{ label: 'payment data or value', weight: 1, terms: [['@data', '@amount']] }];

/** Only the concepts the cues use: the compiler rejects a lexicon concept that no cue reads. */
function lexiconOf(names: readonly string[]): Record<string, readonly string[]> {
  return Object.fromEntries(names.map((name) => [name, LEXICON[name] ?? []]));
}

const VERDICT = compileMatcher(
  [{ errorType: 'payment_data_invalid', signals: GATEWAY_VERDICT }],
  lexiconOf(['payment', 'denied', 'unauthorized'])
);
const CONTENT = compileMatcher([{ errorType: 'payment_data_invalid', signals: PAYMENT_CONTENT }], lexiconOf(['data', 'amount']));

/**
 * The cue that makes a message name no integration problem, or undefined. The classifier then
 * answers `unclassified` rather than send the agent to a wizard whose checks cannot apply.
 */
export function storefrontOnlyCue(tokens: readonly Token[]): string | undefined {
  const verdict = scan(VERDICT, tokens)[0];
  if (verdict === undefined || scan(CONTENT, tokens).length > 0) return undefined;
  return verdict.signal.label;
}
