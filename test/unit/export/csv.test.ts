import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../src/main/core/export/csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+55 11 99999-0000', "'+55 11 99999-0000"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`]
  ])('defuses a formula-like cell %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('leaves numbers (even negative ones) as numbers, and empties null', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes objects as JSON text', () => {
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
  });
});
