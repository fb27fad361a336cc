import type { ErrorType } from '../../../../shared/domain/error-types';
import type { SignalSpec, Term, TypeSignals } from './signal-spec';

/** Word id of `?`: any one token. */
export const ANY_TOKEN = -1;

/** A trie over the characters of exact words and stems, walked once per token. */
export interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Stems ending here: every token that reaches this node matches them. */
  readonly stems: number[];
  /** Exact words ending here: a token that ends at this node matches them. */
  readonly words: number[];
}

/** A surface form: a run of words, and every concept (term) it is a way of saying. */
export interface CompiledForm {
  readonly words: readonly number[];
  readonly concepts: number[];
}

export interface CompiledSignal {
  readonly typeIndex: number;
  readonly label: string;
  readonly weight: number;
  readonly concepts: readonly number[];
  readonly within: number;
  readonly ordered: boolean;
  readonly whole: boolean;
}

/** Everything a scan needs, built once at module load. */
export interface Matcher {
  readonly trie: TrieNode;
  /** Forms by the id of their first word. */
  readonly formsByFirstWord: ReadonlyMap<number, readonly CompiledForm[]>;
  readonly conceptCount: number;
  readonly signals: readonly CompiledSignal[];
  readonly types: readonly Exclude<ErrorType, 'unclassified'>[];
}

function newNode(): TrieNode {
  return { next: new Map(), stems: [], words: [] };
}

/**
 * Compiles the lexicon and the signal table into a trie, forms and numbered concepts. Throws on a
 * reference to a missing concept, a malformed form or a lexicon concept no signal uses, so a slip
 * in the tables fails at load (and in every test) rather than silently never matching.
 */
export function compileMatcher(table: readonly TypeSignals[], lexicon: Readonly<Record<string, readonly string[]>>): Matcher {
  const trie = newNode();
  const wordIds = new Map<string, number>();
  const forms = new Map<string, CompiledForm>();
  const formsByFirstWord = new Map<number, CompiledForm[]>();
  const conceptIds = new Map<string, number>();
  const unusedConcepts = new Set(Object.keys(lexicon));

  const wordId = (word: string): number => {
    if (word === '?') return ANY_TOKEN;
    const existing = wordIds.get(word);
    if (existing !== undefined) return existing;
    const isStem = word.endsWith('*');
    const text = isStem ? word.slice(0, -1) : word;
    // Four digits in a row would be collapsed by the classifier's memo key, so no word may hold them.
    if (!/^[a-z0-9]+$/.test(text) || /\d{4}/.test(text)) throw new Error(`classify: malformed word "${word}"`);
    const id = wordIds.size;
    wordIds.set(word, id);
    let node = trie;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      let child = node.next.get(code);
      if (child === undefined) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    (isStem ? node.stems : node.words).push(id);
    return id;
  };

  const form = (source: string): CompiledForm => {
    const existing = forms.get(source);
    if (existing !== undefined) return existing;
    const words = source.split(' ').map(wordId);
    if (words.length === 0 || words[0] === ANY_TOKEN) throw new Error(`classify: form "${source}" must start with a word`);
    const compiled: CompiledForm = { words, concepts: [] };
    forms.set(source, compiled);
    const sameStart = formsByFirstWord.get(words[0]) ?? [];
    sameStart.push(compiled);
    formsByFirstWord.set(words[0], sameStart);
    return compiled;
  };

  const expand = (alternative: string): readonly string[] => {
    if (!alternative.startsWith('@')) return [alternative];
    const name = alternative.slice(1);
    const sources = lexicon[name];
    if (sources === undefined) throw new Error(`classify: unknown concept "${alternative}"`);
    unusedConcepts.delete(name);
    return sources;
  };

  const concept = (term: Term): number => {
    const sources = [...new Set((typeof term === 'string' ? [term] : term).flatMap(expand))].sort();
    const key = sources.join('|');
    const existing = conceptIds.get(key);
    if (existing !== undefined) return existing;
    const id = conceptIds.size;
    conceptIds.set(key, id);
    for (const source of sources) form(source).concepts.push(id);
    return id;
  };

  const compileSignal = (spec: SignalSpec, typeIndex: number): CompiledSignal => {
    if (spec.whole === true && spec.terms.length !== 1)
      throw new Error(`classify: whole-message signal "${spec.label}" needs one term`);
    return {
      typeIndex,
      label: spec.label,
      weight: spec.weight,
      concepts: spec.terms.map(concept),
      within: spec.within ?? Number.POSITIVE_INFINITY,
      ordered: spec.ordered === true,
      whole: spec.whole === true
    };
  };

  const signals = table.flatMap((entry, typeIndex) => entry.signals.map((spec) => compileSignal(spec, typeIndex)));
  if (unusedConcepts.size > 0) throw new Error(`classify: lexicon concepts used by no signal: ${[...unusedConcepts].join(', ')}`);

  return {
    trie,
    formsByFirstWord,
    conceptCount: conceptIds.size,
    signals,
    types: table.map((entry) => entry.errorType)
  };
}
