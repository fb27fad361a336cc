import appsConnectorsApisCorpus from '../../../../../resources/classifier/corpus/apps-connectors-apis.json';
import catalogCorpus from '../../../../../resources/classifier/corpus/catalog.json';
import checkoutCorpus from '../../../../../resources/classifier/corpus/checkout.json';
import connectorsCorpus from '../../../../../resources/classifier/corpus/connectors.json';
import marketplacesCorpus from '../../../../../resources/classifier/corpus/marketplaces.json';
import vtexCorpus from '../../../../../resources/classifier/corpus/vtex.json';
import { isErrorType, type ErrorType } from '../../../../shared/domain/error-types';

/** One labelled real message (or a marked synthetic variant) of the classifier's corpus. */
export interface CorpusEntry {
  readonly message: string;
  readonly errorType: ErrorType;
  readonly lang: 'en' | 'pt' | 'es';
  /** The publication it was read in; leave-one-source-out evaluation holds out one at a time. */
  readonly source: string;
  readonly url: string;
  readonly synthetic: boolean;
  /**
   * Marked `"scope": "out-of-domain"` in its file: the message is about no order, item, listing,
   * stock, delivery, price, payment, invoice, customer or account at all (a form's "This field is
   * required", a login or browser prompt, an admin page's own records), so no error type can
   * apply. Such a message is labelled `unclassified`, stays in the corpus and in every figure, and
   * is counted apart: `npm run eval:classify` also prints the figures without these messages.
   */
  readonly outOfDomain: boolean;
  /** The corpus file it was read from (`vtex.json`…). */
  readonly file: string;
}

/** A corpus row that could not be read, and why; the corpus test asserts there are none. */
export interface CorpusProblem {
  readonly file: string;
  readonly index: number;
  readonly reason: string;
}

const LANGS = new Set(['en', 'pt', 'es']);
/** The one value of a row's optional `scope` field. */
const OUT_OF_DOMAIN = 'out-of-domain';

function field(row: object, name: string): unknown {
  return (row as Record<string, unknown>)[name];
}

function readEntry(row: unknown, file: string): CorpusEntry | string {
  if (typeof row !== 'object' || row === null) return 'not an object';
  const message = field(row, 'message');
  const errorType = field(row, 'errorType');
  const lang = field(row, 'lang');
  const source = field(row, 'source');
  const url = field(row, 'url');
  if (typeof message !== 'string' || message.trim() === '') return 'no message';
  if (typeof errorType !== 'string' || !isErrorType(errorType)) return `unknown error type ${String(errorType)}`;
  if (typeof lang !== 'string' || !LANGS.has(lang)) return `unknown lang ${String(lang)}`;
  if (typeof source !== 'string' || source.trim() === '') return 'no source';
  const scope = field(row, 'scope');
  if (scope !== undefined && scope !== OUT_OF_DOMAIN) return `unknown scope ${String(scope)}`;
  if (scope === OUT_OF_DOMAIN && errorType !== 'unclassified') return `an out-of-domain message labelled ${errorType}`;
  return {
    message,
    errorType,
    lang: lang as CorpusEntry['lang'],
    source,
    url: typeof url === 'string' ? url : '',
    synthetic: field(row, 'synthetic') === true,
    outOfDomain: scope === OUT_OF_DOMAIN,
    file
  };
}

/**
 * The corpus files, imported (not read from disk) so the bundler ships them with the app and
 * vitest sees the same data. `catalog.json` is generated from `resources/catalog/error-catalog.json`.
 */
const FILES: ReadonlyArray<readonly [string, readonly unknown[]]> = [
  ['catalog.json', catalogCorpus],
  ['vtex.json', vtexCorpus],
  ['marketplaces.json', marketplacesCorpus],
  ['checkout.json', checkoutCorpus],
  ['connectors.json', connectorsCorpus],
  ['apps-connectors-apis.json', appsConnectorsApisCorpus]
];

/**
 * The files that held the corpus's 1,107 distinct messages on 3 December 2026, when the
 * leave-one-source-out figure was 94.2%. Messages added since live in other files, so the figure
 * restricted to these files says whether the classifier got better at the same messages, not
 * whether easier ones were added. Labels in them may still be corrected; rows are not added.
 */
export const BASELINE_FILES: ReadonlySet<string> = new Set(['catalog.json', 'vtex.json', 'marketplaces.json']);

/**
 * Reads labelled rows from `files`. A wording kept in two files (or twice in one) is kept once,
 * with the first row's label and source; a row that cannot be read is reported, not thrown.
 */
export function readCorpusFiles(files: ReadonlyArray<readonly [string, readonly unknown[]]>): {
  entries: CorpusEntry[];
  problems: CorpusProblem[];
} {
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Set<string>();
  for (const [file, rows] of files) {
    rows.forEach((row, index) => {
      const entry = readEntry(row, file);
      if (typeof entry === 'string') {
        problems.push({ file, index, reason: entry });
        return;
      }
      const key = entry.message.trim().toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      entries.push(Object.freeze(entry));
    });
  }
  return { entries, problems };
}

const LOADED = readCorpusFiles(FILES);

/** Every distinct labelled message of the corpus files, in file order. */
export const CORPUS: readonly CorpusEntry[] = Object.freeze(LOADED.entries);

/** Rows the loader had to skip; a bad label in a data file must not stop the app from starting. */
export const CORPUS_PROBLEMS: readonly CorpusProblem[] = Object.freeze(LOADED.problems);
