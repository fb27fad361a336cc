import type { CheckFamily, Diagnosis } from '../../../../shared/domain/diagnosis';
import { isUncertain } from '../../../../shared/domain/classification';
import type { Locale } from '../index';
import { causeVerdict, domainTexts, errorTypeTitle, fill, type VerdictFormat, type VerdictNames } from './verdict';

/** What the full sweep looked at, in the agent's words, in the contract's order. */
export function checkedWords(checked: readonly CheckFamily[] | undefined, locale: Locale): string[] {
  const words = domainTexts(locale).checkFamilies;
  return (checked ?? []).map((family) => words[family] ?? family);
}

/**
 * A verdict set inside a sentence starts in lower case ("the data shows the only price…"), unless its
 * first word is an acronym or a code (SKU, CEP, NF-e), which keeps its capitals. One-letter words
 * (Portuguese "O", "A") are articles.
 */
function inSentence(verdict: string, locale: Locale): string {
  return /^\p{Lu}(\p{Ll}|\s)/u.test(verdict) ? verdict.charAt(0).toLocaleLowerCase(locale) + verdict.slice(1) : verdict;
}

/** True when the sweep, not the message, named the order's error type. */
export function isInferred(diagnosis: Pick<Diagnosis, 'inferredErrorType'> | null | undefined): boolean {
  return Boolean(diagnosis?.inferredErrorType);
}

/**
 * Why the error type was inferred, and from what: "Message not recognised; the data shows SKU 2040's
 * price ended on 15 Mar → Price missing". Built from the top cause's verdict; null when nothing was
 * inferred. `confidence` is the classifier's, as a ratio.
 */
export function inferredSentence(
  diagnosis: Pick<Diagnosis, 'errorType' | 'inferredErrorType' | 'causes'>,
  confidence: number | null,
  locale: Locale,
  names: VerdictNames,
  format: VerdictFormat & { percent: (ratio: number) => string }
): string | null {
  const inferred = diagnosis.inferredErrorType;
  const top = diagnosis.causes[0];
  if (!inferred || !top) return null;
  const words = domainTexts(locale).inferred;
  const because =
    diagnosis.errorType === 'unclassified'
      ? words.unrecognised
      : confidence !== null && isUncertain(confidence)
        ? fill(words.uncertain, { confidence: format.percent(confidence) })
        : fill(words.checksPassed, { said: errorTypeTitle(diagnosis.errorType, locale) });
  return fill(words.sentence, {
    because,
    verdict: inSentence(causeVerdict(top, locale, names, format), locale),
    type: errorTypeTitle(inferred, locale)
  });
}

/**
 * True when the desk cannot say why the order failed: the sweep's `unexplained`, and also a
 * `no_cause_found` on a message that was never recognised (stored before the sweep existed), which
 * must not read as an all-clear either.
 */
export function isUnexplained(diagnosis: Pick<Diagnosis, 'outcome' | 'errorType'> | null | undefined): boolean {
  if (!diagnosis) return false;
  return (
    diagnosis.outcome === 'unexplained' || (diagnosis.outcome === 'no_cause_found' && diagnosis.errorType === 'unclassified')
  );
}
