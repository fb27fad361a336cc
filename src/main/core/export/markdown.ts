/**
 * Text from the data (order ids, marketplace messages, SKU names) written into Markdown so that it
 * shows as itself: raw HTML (`<script>`, `<img onerror>`) passes through most renderers, and `|`,
 * `[`, `*`, a leading `#` or a line break would restructure the table, the list or the heading.
 * HTML's three specials become entities; the Markdown punctuation that can open structure is
 * backslash-escaped (CommonMark allows it before any ASCII punctuation), a leading `#`, `-`, `+` or
 * `1.` too; line breaks become spaces.
 */
export function markdownText(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
      // At the start of a heading, quote or cell, these open a heading or a list.
      .replace(/^(\s*)([#+-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A code span that no content can close: fenced with one backtick more than the longest run inside
 * (CommonMark's rule), padded when it starts or ends with a backtick, on one line. Inside a code
 * span nothing is markup, so `<script>` shows as text.
 */
export function markdownCode(value: unknown): string {
  const text = (
    value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  ).replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
