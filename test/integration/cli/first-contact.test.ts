import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/main/cli/io';
import { webCommand } from '../../../src/main/cli/commands/web-command';
import { run } from '../../../src/main/cli/run';
import { SMALL_STORE } from '../import/snapshot-dir';
import { cli } from './cli-io';

const ROOT = join(__dirname, '../../..');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'first-contact-'));
}

/** Runs a command of the real CLI (bin/integration-desk.cjs) with a preload that reports, at exit, which of the project's modules were loaded. */
function cliLoading(args: string[]): { status: number | null; stdout: string; loaded: string[] } {
  const dir = scratch();
  const report = join(dir, 'loaded.json');
  const preload = join(dir, 'report-loaded.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));\n`
  );
  const result = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin/integration-desk.cjs'), ...args], {
    encoding: 'utf8',
    cwd: ROOT
  });
  const loaded = (JSON.parse(readFileSync(report, 'utf8')) as string[]).filter(
    (file) => file.startsWith(join(ROOT, 'src')) || file.includes('better-sqlite3')
  );
  return { status: result.status, stdout: result.stdout, loaded };
}

function io(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    stdinLines: async function* () {},
    env: { INTEGRATION_DESK_DATA_DIR: '/nonexistent-do-not-use' },
    out: () => out,
    err: () => err
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 30_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('first contact: the read-only commands never create a mirror', () => {
  const cases: [string, string[]][] = [
    ['stats', ['stats']],
    ['diagnose', ['diagnose', '702-1234567-1234567']],
    ['simulate', ['simulate', '--sc', '1', '--postal-code', '01311-000', '--item', '1:1']],
    ['precheck', ['precheck', '702-1234567-1234567']]
  ];
  for (const [command, args] of cases) {
    it(`${command} --db on a missing file says so and exits non-zero, creating nothing`, async () => {
      const db = join(scratch(), 'typo.db');
      const result = await cli([...args, '--db', db]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `${command}: no mirror at ${db} (the file does not exist). Import a snapshot into it first: integration-desk import DIR --db ${db}\n`
      );
      expect(existsSync(db)).toBe(false);
    });
  }

  it('without --db, a machine with no mirror yet is told how to get one', async () => {
    const dataDir = join(scratch(), 'no-data-yet');
    const streams = { ...io(), env: { INTEGRATION_DESK_DATA_DIR: dataDir } };
    expect(await run(['stats'], streams)).toBe(1);
    expect(streams.err()).toMatch(
      new RegExp(`^stats: no mirror yet at ${join(dataDir, 'mirror.db')}\\. Import a snapshot first`)
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('stats still reads a mirror that exists', async () => {
    const db = join(scratch(), 'mirror.db');
    expect((await cli(['import', SMALL_STORE, '--db', db])).code).toBe(0);
    const stats = await cli(['stats', '--db', db, '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).orders).toBe(2);
  });
});

describe('first contact: web --port', () => {
  it('--port 0 picks a free port and prints the real one', async () => {
    const streams = io();
    const stop = new AbortController();
    const served = webCommand(['--db', join(scratch(), 'mirror.db'), '--port', '0'], streams, stop.signal);
    await until(() => streams.out().includes('\n'));
    const url = new URL(streams.out().trim());
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    const page = await fetch(new URL('/', url));
    expect(page.status).toBe(200);
    stop.abort();
    expect(await served).toBe(0);
  });

  it('names a port that is taken, and refuses a port that cannot be', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const busy = await cli(['web', '--db', join(scratch(), 'mirror.db'), '--port', String(port)]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toBe(`web: port ${port} is in use; choose another with --port N, or --port 0 for a free one\n`);
    } finally {
      taken.close();
    }
    const wrong = await cli(['web', '--port', '70000']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^web: --port must be a port number from 0 to 65535, got "70000"/);
  });
});

describe('first contact: --help does not load the core', () => {
  it("the usage and a command's help load neither the core nor SQLite", () => {
    const usage = cliLoading(['--help']);
    expect(usage.status).toBe(0);
    expect(usage.stdout).toMatch(/^Usage: integration-desk <command>/);
    expect(usage.loaded.filter((file) => file.includes('/commands/') || file.includes('/core/'))).toEqual([]);

    const stats = cliLoading(['stats', '--help']);
    expect(stats.status).toBe(0);
    expect(stats.stdout).toMatch(/^Usage: integration-desk stats/);
    expect(stats.loaded.some((file) => file.endsWith('stats-command.ts'))).toBe(true);
    expect(
      stats.loaded.filter((file) => file.includes('/core/host') || file.includes('/core/db/') || file.includes('better-sqlite3'))
    ).toEqual([]);
  });
});

describe("first contact: npm start without Electron's binary", () => {
  /** A stand-in electron package whose binary is missing and whose download fails as it does offline. */
  function electronPackageOffline(): string {
    const dir = scratch();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'index.js'), "console.log('index.js was required');\n");
    writeFileSync(
      join(dir, 'install.js'),
      "console.log('Downloading Electron binary...');\nconsole.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13\\n    at async downloadArtifact (file:///x/index.js:154:12)');\nprocess.exit(1);\n"
    );
    return dir;
  }

  function nativeAbiElectron(env: NodeJS.ProcessEnv) {
    return spawnSync(process.execPath, [join(ROOT, 'scripts/native-abi.mjs'), 'electron'], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, ...env }
    });
  }

  it("prints only the project's explanation when the download fails: no raw stack", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/^node scripts\/native-abi\.mjs electron && /);
    const result = nativeAbiElectron({
      INTEGRATION_DESK_ELECTRON_PACKAGE: electronPackageOffline(),
      ELECTRON_OVERRIDE_DIST_PATH: ''
    });
    const printed = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(printed).toContain("The desktop window needs Electron's binary, and downloading it failed (TypeError: fetch failed).");
    expect(printed).toContain('npx integration-desk web');
    expect(printed).not.toMatch(/^\s+at /m);
    expect(printed).not.toContain('Downloading Electron binary...');
    expect(printed).not.toContain('index.js was required');
  });

  it('names an ELECTRON_OVERRIDE_DIST_PATH that holds no binary instead of downloading', () => {
    const empty = scratch();
    const result = nativeAbiElectron({
      INTEGRATION_DESK_ELECTRON_PACKAGE: electronPackageOffline(),
      ELECTRON_OVERRIDE_DIST_PATH: empty
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `ELECTRON_OVERRIDE_DIST_PATH is ${empty}, which holds no Electron binary.\nWithout a desktop, the same desk runs in a browser: npx integration-desk web\n`
    );
  });
});
