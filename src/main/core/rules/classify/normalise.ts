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

function isLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Reduces a log message to lower-case, accent-free word tokens: NFD with combining marks dropped,
 * punctuation and whitespace as separators, camelCase identifiers split, and every run of id-like
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
      push(word.toLowerCase(), false);
    }
    word = '';
    hasDigit = false;
  };

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= COMBINING_FIRST && code <= COMBINING_LAST) continue;
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
