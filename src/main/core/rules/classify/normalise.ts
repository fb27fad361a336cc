/** One word of a message as the signals see it. */
export interface Token {
  /** Lower-case, accents stripped; consecutive id-like tokens are joined by a space. */
  readonly text: string;
  /** Holds a digit: an order or SKU id, a timestamp, a `{0}` placeholder, an HTTP status. */
  readonly isId: boolean;
}

const COMBINING_FIRST = 0x300;
const COMBINING_LAST = 0x36f;
// Only reached for characters outside ASCII, so the common path never runs a regex.
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * An identifier such as `withoutPrice`, `SetStatusToShipped` or `AWSAccountId`: a first part of
 * two letters or more, then capitalised parts. `SKUs`, `NFe`, `sKu` or a shouting `InAtIvO` are not,
 * so odd casing never cuts a word in two.
 */
const CAMEL_CASE = /^(?:[A-Z]+[a-z]+|[a-z]{2,})(?:[A-Z][a-z]+)+$/;
const LOWER_THEN_UPPER = /([a-z])([A-Z])/g;
const UPPER_RUN_THEN_WORD = /([A-Z]+)([A-Z][a-z])/g;

/**
 * Misspellings seen in real logs, read as the word meant, so "occured", "adress" or "avaliable"
 * reach the same lexicon entries and model features as the correct spelling.
 */
const TYPOS: ReadonlyMap<string, string> = new Map([
  ['occured', 'occurred'],
  ['ocurred', 'occurred'],
  ['ocured', 'occurred'],
  ['adress', 'address'],
  ['adresses', 'addresses'],
  ['addres', 'address'],
  ['recieved', 'received'],
  ['recieve', 'receive'],
  ['avaliable', 'available'],
  ['availble', 'available'],
  ['avalable', 'available'],
  ['unavaliable', 'unavailable'],
  ['unavailble', 'unavailable'],
  ['inventary', 'inventory'],
  ['diferent', 'different'],
  ['diferents', 'different'],
  ['sucess', 'success'],
  ['succesful', 'successful'],
  ['succesfully', 'successfully'],
  ['invlaid', 'invalid'],
  ['proccess', 'process'],
  ['proccessing', 'processing'],
  ['canceld', 'canceled'],
  ['exeption', 'exception'],
  ['excepion', 'exception'],
  ['timout', 'timeout'],
  ['tiemout', 'timeout'],
  ['authorizated', 'authorized'],
  ['unauthorizated', 'unauthorized']
]);

/** Words an English contraction before "'s" stands for "is" after; elsewhere "'s" is a possessive. */
const IS_CONTRACTED = new Set(['there', 'it', 'that', 'here', 'what', 'who', 'where']);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60, 0xb4]);

/**
 * The words an English contraction stands for ("couldn't" → could not, "can't" → can not,
 * "there's" → there is), or undefined when `word` + `'` + `suffix` is not one.
 */
function expandContraction(word: string, suffix: string): readonly string[] | undefined {
  if (suffix === 't' && word.endsWith('n')) {
    if (word === 'can') return ['can', 'not'];
    if (word === 'won') return ['will', 'not'];
    if (word === 'ain') return ['is', 'not'];
    if (word === 'shan') return ['shall', 'not'];
    return word.length > 1 ? [word.slice(0, -1), 'not'] : undefined;
  }
  if (suffix === 's' && IS_CONTRACTED.has(word)) return [word, 'is'];
  if (suffix === 're') return [word, 'are'];
  if (suffix === 've') return [word, 'have'];
  if (suffix === 'll') return [word, 'will'];
  if (suffix === 'm' && word === 'i') return [word, 'am'];
  return undefined;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Reduces a log message to lower-case, accent-free word tokens: NFD with combining marks dropped,
 * punctuation and whitespace as separators, English contractions spelled out, common misspellings
 * corrected, camelCase identifiers split, and every run of id-like
 * tokens (timestamps, order ids, `{0}({1})`) merged into one id token so that ids never stretch
 * the distance between the words around them.
 */
export function tokenise(message: string): Token[] {
  const text = message.normalize('NFD');
  const tokens: Token[] = [];
  let word = '';
  let hasDigit = false;

  const push = (piece: string, isId: boolean): void => {
    const last = tokens[tokens.length - 1];
    if (isId && last !== undefined && last.isId) tokens[tokens.length - 1] = { text: `${last.text} ${piece}`, isId: true };
    else tokens.push({ text: piece, isId });
  };

  const flush = (): void => {
    if (word === '') return;
    if (hasDigit) {
      push(word.toLowerCase(), true);
    } else if (CAMEL_CASE.test(word)) {
      const pieces = word.replace(LOWER_THEN_UPPER, '$1 $2').replace(UPPER_RUN_THEN_WORD, '$1 $2').toLowerCase().split(' ');
      for (const piece of pieces) push(piece, false);
    } else {
      const lower = word.toLowerCase();
      push(TYPOS.get(lower) ?? lower, false);
    }
    word = '';
    hasDigit = false;
  };

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= COMBINING_FIRST && code <= COMBINING_LAST) continue;
    if (APOSTROPHES.has(code) && word !== '' && !hasDigit) {
      let end = index + 1;
      while (end < text.length && end - index <= 2 && isLetter(text.charCodeAt(end))) end++;
      const after = end < text.length ? text.charCodeAt(end) : 0x20;
      const words = isLetter(after) ? undefined : expandContraction(word.toLowerCase(), text.slice(index + 1, end).toLowerCase());
      if (words !== undefined) {
        for (const piece of words) push(piece, false);
        word = '';
        index = end - 1;
        continue;
      }
    }
    if (isLetterOrDigit(code) || (code >= 0x80 && NON_ASCII_WORD_CHAR.test(text[index]))) {
      word += text[index];
      if (code >= 0x30 && code <= 0x39) hasDigit = true;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}
