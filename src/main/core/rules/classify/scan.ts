import { ANY_TOKEN, type CompiledSignal, type Matcher, type TrieNode } from './compile';
import type { Token } from './normalise';

/** A signal that fired, at the token where its evidence starts. */
export interface Hit {
  readonly signal: CompiledSignal;
  readonly position: number;
}

const NO_WORDS: readonly number[] = [];

function wordsOf(trie: TrieNode, text: string): readonly number[] {
  let found: number[] | undefined;
  let node: TrieNode | undefined = trie;
  for (let index = 0; index < text.length && node !== undefined; index++) {
    node = node.next.get(text.charCodeAt(index));
    if (node !== undefined && node.stems.length > 0) found = (found ?? []).concat(node.stems);
  }
  if (node !== undefined && node.words.length > 0) found = (found ?? []).concat(node.words);
  return found ?? NO_WORDS;
}

/** Start and end token of every occurrence of every concept, as flat `[start, end, …]` lists. */
function occurrencesOf(matcher: Matcher, tokens: readonly Token[]): (number[] | undefined)[] {
  const tokenWords = tokens.map((token) => wordsOf(matcher.trie, token.text));
  const occurrences: (number[] | undefined)[] = new Array(matcher.conceptCount);
  for (let start = 0; start < tokens.length; start++) {
    for (const first of tokenWords[start]) {
      for (const form of matcher.formsByFirstWord.get(first) ?? []) {
        const end = start + form.words.length - 1;
        if (end >= tokens.length) continue;
        let fits = true;
        for (let offset = 1; offset < form.words.length && fits; offset++) {
          const word = form.words[offset];
          fits = word === ANY_TOKEN || tokenWords[start + offset].includes(word);
        }
        if (!fits) continue;
        for (const concept of form.concepts) {
          const list = occurrences[concept];
          if (list === undefined) occurrences[concept] = [start, end];
          else list.push(start, end);
        }
      }
    }
  }
  return occurrences;
}

/**
 * Where the first choice of one occurrence per term that respects the signal's order and span
 * starts (occurrences are tried in message order), or -1. Terms are few and occurrences fewer, so
 * a depth-first search is the cheap way.
 */
function earliestFit(
  lists: readonly number[][],
  signal: CompiledSignal,
  term: number,
  first: number,
  last: number,
  previousEnd: number
): number {
  if (term === lists.length) return first;
  const list = lists[term];
  for (let index = 0; index < list.length; index += 2) {
    const start = list[index];
    const end = list[index + 1];
    if (signal.ordered && start <= previousEnd) continue;
    const spanFirst = Math.min(first, start);
    const spanLast = Math.max(last, end);
    if (spanLast - spanFirst + 1 > signal.within) continue;
    const found = earliestFit(lists, signal, term + 1, spanFirst, spanLast, end);
    if (found >= 0) return found;
  }
  return -1;
}

/** Words a log wraps around a message ("[ERROR] Order 123: …"), beside ids and one- or two-letter words. */
const FRAMING_WORDS = new Set([
  'error',
  'erro',
  'warn',
  'warning',
  'info',
  'message',
  'mensagem',
  'mensaje',
  'order',
  'pedido',
  'orden'
]);

/** Where a whole-message signal's only term covers every word of the message but its framing, or -1. */
function wholeFit(list: readonly number[], tokens: readonly Token[]): number {
  const words = tokens.flatMap((token, index) =>
    token.isId || token.text.length <= 2 || FRAMING_WORDS.has(token.text) ? [] : [index]
  );
  if (words.length === 0) return -1;
  for (let index = 0; index < list.length; index += 2) {
    if (list[index] <= words[0] && list[index + 1] >= words[words.length - 1]) return list[index];
  }
  return -1;
}

/** Every signal of the table that the tokens satisfy. */
export function scan(matcher: Matcher, tokens: readonly Token[]): Hit[] {
  if (tokens.length === 0) return [];
  const occurrences = occurrencesOf(matcher, tokens);
  const hits: Hit[] = [];
  for (const signal of matcher.signals) {
    const lists: number[][] = [];
    for (const concept of signal.concepts) {
      const list = occurrences[concept];
      if (list === undefined) break;
      lists.push(list);
    }
    if (lists.length < signal.concepts.length) continue;
    const position = signal.whole
      ? wholeFit(lists[0], tokens)
      : earliestFit(lists, signal, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1);
    if (position >= 0) hits.push({ signal, position });
  }
  return hits;
}
