import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText } from '../../../src/main/core/export/markdown';

describe('markdownText', () => {
  it('turns raw HTML into entities', () => {
    expect(markdownText('<script>alert(1)</script><img src=x onerror=alert(1)> & co')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; co'
    );
  });

  it('escapes the punctuation that opens structure: cells, links, emphasis, code, strikethrough', () => {
    expect(markdownText('a|b [x](javascript:y) *e* _u_ `c` ~~s~~ \\')).toBe(
      'a\\|b \\[x\\](javascript:y) \\*e\\* \\_u\\_ \\`c\\` \\~\\~s\\~\\~ \\\\'
    );
  });

  it('escapes a leading heading or list marker, and only a leading one', () => {
    expect(markdownText('# title')).toBe('\\# title');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('12. item')).toBe('12\\. item');
    expect(markdownText('3) item')).toBe('3\\) item');
    expect(markdownText('SKU #12 - 3. size')).toBe('SKU #12 - 3. size');
  });

  it('puts everything on one line', () => {
    expect(markdownText('one\r\ntwo\nthree\u2028four')).toBe('one two three four');
    expect(markdownText('x\n# heading')).toBe('x # heading');
  });

  it('writes objects as JSON and nothing as empty', () => {
    expect(markdownText(null)).toBe('');
    expect(markdownText({ a: '<b>' })).toBe('{"a":"&lt;b&gt;"}');
  });
});

describe('markdownCode', () => {
  it('fences with more backticks than any run inside, so the content cannot close the span', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('x ``` y')).toBe('````x ``` y````');
    expect(markdownCode('`edge`')).toBe('`` `edge` ``');
  });

  it('leaves HTML as text (nothing is markup inside a code span) on one line', () => {
    expect(markdownCode({ name: '<script>\nalert(1)' })).toBe('`{"name":"<script>\\nalert(1)"}`');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });
});
