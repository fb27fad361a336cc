import type { CorpusEntry } from '../../src/main/core/rules/classify/corpus';
import type { ErrorType } from '../../src/shared/domain/error-types';

/** A corpus row for the evaluation's own tests: English, from `source`, in the domain. */
export function corpusEntry(message: string, errorType: ErrorType, source: string, synthetic = false): CorpusEntry {
  return {
    message,
    errorType,
    lang: 'en',
    source,
    url: 'https://example.test',
    synthetic,
    outOfDomain: false,
    file: 'test.json'
  };
}
