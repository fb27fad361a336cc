import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalIo, terminalText, type CliIo } from '../../../src/main/cli/io';
import { run } from '../../../src/main/cli/run';
import { folderWith } from './snapshot-dir';

const ESC = '\x1b';
// Retitles the window, clears the screen, and opens a forged hyperlink: what a name can do raw.
const HOSTILE = `${ESC}]0;owned${'\x07'}${ESC}[2J${ESC}]8;;https:evil.example${ESC}\\x`;

/** The CLI as main.ts wires it: a terminal on both streams, escaped by terminalIo. */
async function cliOnTerminal(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const raw: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdinLines: async function* () {},
    env: { INTEGRATION_DESK_DATA_DIR: '/nonexistent-do-not-use' }
  };
  const code = await run(argv, terminalIo(raw, { stdoutIsTerminal: true }));
  return { code, stdout, stderr };
}

// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('text from file names and data reaches the terminal as visible escapes', () => {
  it('escapes C0, ESC, DEL, C1 and bidirectional overrides; keeps line feeds and tabs', () => {
    expect(terminalText(`a${ESC}[31mb\x07c\x7fd\x9be\u202ef\tg\nh\r`)).toBe('a\\x1b[31mb\\x07c\\x7fd\\x9be\\u202ef\tg\nh\\x0d');
    expect(terminalText('Tênis Corrida — 42 € ✓')).toBe('Tênis Corrida — 42 € ✓');
    expect(terminalText('row,1\r\nrow,2\r\n')).toBe('row,1\r\nrow,2\r\n');
  });

  it('an unknown file name in a snapshot folder is shown escaped in the error', async () => {
    const dir = folderWith({ [`${HOSTILE}.json`]: '[]' });
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    const result = await cliOnTerminal(['import', dir, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('\\x1b]0;owned\\x07\\x1b[2J\\x1b]8;;https:evil.example\\x1b\\x.json: unknown file name');
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a hostile Admin export name is escaped in progress and in the summary, and data in an error', async () => {
    const dir = folderWith({ [`${HOSTILE}.csv`]: 'ID,Affiliate,Status,Message\n1,AMZ,Processed with error,fine\n' });
    const db = join(mkdtempSync(join(tmpdir(), 'cli-')), 'mirror.db');
    const ok = await cliOnTerminal(['import', join(dir, `${HOSTILE}.csv`), '--db', db]);
    expect(ok.code).toBe(0);
    expect(ok.stdout + ok.stderr).toContain('\\x1b]0;owned');
    // The progress line still redraws itself with a leading carriage return.
    expect(ok.stderr.startsWith('\r')).toBe(true);
    expect(ok.stdout.replace(/\r/g, '')).not.toMatch(RAW_CONTROL);
    expect(ok.stderr.replace(/^\r/gm, '').replace(/\r/g, '')).not.toMatch(RAW_CONTROL);

    const bad = folderWith({ 'connections-orders.csv': `ID,Affiliate,Status\n1,AMZ,Shipped ${ESC}[2J\n` });
    const failed = await cliOnTerminal(['import', bad, '--db', db]);
    expect(failed.code).toBe(1);
    // The bad value is quoted as JSON, which already spells the ESC out.
    expect(failed.stderr).toContain('got "Shipped \\u001b[2J"');
    expect(failed.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a report piped to a file keeps its bytes: standard output is escaped only on a terminal', () => {
    let out = '';
    const io = terminalIo(
      { stdout: (t) => void (out += t), stderr: () => undefined, stdinLines: async function* () {}, env: {} },
      { stdoutIsTerminal: false }
    );
    io.stdout(`a${ESC}b\n`);
    expect(out).toBe(`a${ESC}b\n`);
  });
});
