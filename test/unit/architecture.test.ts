import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

const ROOT = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
}

/**
 * Edges from the import up into the rules still allowed, each with its reason. The classifier is not
 * one: the import takes it as an argument (ImportOptions.classify) from whoever starts it.
 */
const IMPORT_RULES_EXCEPTIONS: Record<string, string> = {
  'import/personal-data.ts → rules/checks/documents':
    'minimising personal data at import judges the clear document and phone with the checks the diagnosers use, then masks them; the checks have not moved below the rules yet'
};

/** The layering rules of the style guide, checked on every file so a slip fails the build. */
describe('architecture', () => {
  it('only src/main/electron, src/main/index.ts and the preload import electron', () => {
    const offenders = sources(join(ROOT, 'src'))
      .filter((file) => imports(file).some((spec) => spec === 'electron' || spec.startsWith('electron/')))
      .map((file) => relative(ROOT, file))
      .filter(
        (file) => !file.startsWith('src/main/electron/') && file !== 'src/main/index.ts' && file !== 'src/preload/index.ts'
      );
    expect(offenders).toEqual([]);
  });

  it('the core uses no DOM globals', () => {
    const offenders = sources(join(ROOT, 'src/main/core')).filter((file) =>
      /\b(window|document|localStorage|navigator)\./.test(readFileSync(file, 'utf8'))
    );
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('the renderer reaches the main process only through the typed API (no imports from src/main)', () => {
    const offenders = sources(join(ROOT, 'src/renderer')).filter((file) => imports(file).some((spec) => spec.includes('/main/')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('simulation and the database layer stand below the rules (the store they share is in core/model)', () => {
    const layers = ['src/main/core/simulation', 'src/main/core/db', 'src/main/core/model'];
    const offenders = layers
      .flatMap((layer) => sources(join(ROOT, layer)))
      .filter((file) => imports(file).some((spec) => /(^|\/)rules(\/|$)/.test(spec)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the import stands below the rules: it is given its classifier, and reaches the rules only through the listed exceptions', () => {
    const offenders = sources(join(ROOT, 'src/main/core/import')).flatMap((file) =>
      imports(file)
        .filter((spec) => /(^|\/)rules(\/|$)/.test(spec))
        .map((spec) => `${relative(join(ROOT, 'src/main/core'), file)} → ${spec.replace(/^(\.\.\/)+/, '')}`)
        .filter((edge) => !(edge in IMPORT_RULES_EXCEPTIONS))
    );
    expect(offenders).toEqual([]);
  });

  it('the store gateway stands below the services that call it', () => {
    const offenders = sources(join(ROOT, 'src/main/core/gateway'))
      .filter((file) => imports(file).some((spec) => /(^|\/)services(\/|$)/.test(spec)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the preload does not bundle the contract schemas', () => {
    const preloadImports = imports(join(ROOT, 'src/preload/index.ts'));
    expect(
      preloadImports.filter(
        (spec) => spec !== 'electron' && !spec.endsWith('/names') && !spec.endsWith('/events') && spec !== '../shared/api'
      )
    ).toEqual([]);
  });
});

/**
 * The core modules each CLI command file may import for their values, beyond cli/call.ts (the one
 * way to the mirror, through createApi as IPC and the bridge). Type-only imports are free. Each
 * exception says why it is not a contract call; anything else fails here.
 */
const CLI_CORE_EXCEPTIONS: Record<string, Record<string, string>> = {
  'mirror-command.ts': {
    'core/host':
      "the CLI's composition root: builds the host whose createApi every command calls (as src/main/index.ts does for IPC)",
    'core/paths': 'where the default mirror file lives, before any host exists',
    'core/private-files': 'makes the user-data folder 0700 before the mirror is created in it'
  },
  'account-host.ts': {
    'core/accounts/accounts-deps': 'composition: the accounts port the host is built with (credentials from the environment)',
    'core/accounts/account-registry': 'picks which mirror file to open before a host exists',
    'core/accounts/credential-vault': 'composition: the environment vault, which never writes',
    'core/paths': 'where the default mirror file lives, before any host exists',
    'core/vtex/config': 'reads the account and API base from the environment'
  },
  'generate-command.ts': { 'core/demo/generate': 'writes a snapshot folder; no mirror and no transport involved' },
  'review-command.ts': {
    'core/export': 'the report writers stream a whole mirror into a file; no contract name carries a report yet',
    'core/private-files': "opens the agent's output file 0600; touches no mirror"
  },
  'import-command.ts': {
    'core/writer/mirror-owner':
      'names the process holding the file before the import waits for it (the call answers only after the wait)'
  }
};

/** Value imports (not `import type`, nor specifiers all marked `type`), require() and import() of a file. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statics = [...text.matchAll(/^import\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]/gms)]
    .filter(([, typeOnly, clause]) => !typeOnly && !/^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(clause))
    .map((match) => match[3]);
  const dynamics = [...text.matchAll(/(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
  return [...statics, ...dynamics];
}

describe('the CLI goes through the contract', () => {
  const dir = join(ROOT, 'src/main/cli/commands');
  const coreModule = (spec: string) => /^(\.\.\/)+core\/(.+)$/.exec(spec)?.[2];

  it('no command file imports a value from src/main/core but the listed exceptions (everything else is cli/call.ts → createApi)', () => {
    const offenders = sources(dir).flatMap((file) => {
      const allowed = CLI_CORE_EXCEPTIONS[relative(dir, file)] ?? {};
      return valueImports(file)
        .map(coreModule)
        .filter((module): module is string => module !== undefined && !(`core/${module}` in allowed))
        .map((module) => `${relative(ROOT, file)} → core/${module}`);
    });
    expect(offenders).toEqual([]);
  });

  it('classify, diagnose and simulate import nothing from the core, and call the contract', () => {
    for (const name of ['classify', 'diagnose', 'simulate']) {
      const file = join(dir, `${name}-command.ts`);
      expect(valueImports(file).filter((spec) => coreModule(spec) !== undefined)).toEqual([]);
      expect(readFileSync(file, 'utf8')).toMatch(/await call\(host\.api, '[a-z]+\/[a-z-]+'/);
    }
  });

  it('every listed exception is still in use (a stale one would silently widen the rule)', () => {
    const stale = Object.entries(CLI_CORE_EXCEPTIONS).flatMap(([name, modules]) => {
      const used = new Set(valueImports(join(dir, name)).map(coreModule));
      return Object.keys(modules)
        .filter((module) => !used.has(module.slice('core/'.length)))
        .map((module) => `${name} → ${module}`);
    });
    expect(stale).toEqual([]);
  });
});

describe('window hardening', () => {
  const window = readFileSync(join(ROOT, 'src/main/electron/window.ts'), 'utf8');
  const ipc = readFileSync(join(ROOT, 'src/main/electron/ipc.ts'), 'utf8');
  const entry = readFileSync(join(ROOT, 'src/main/index.ts'), 'utf8');
  const electronSide = [entry, ...sources(join(ROOT, 'src/main/electron')).map((file) => readFileSync(file, 'utf8'))].join('\n');

  it('keeps the renderer sandboxed and isolated, with no Node and no middle-click windows', () => {
    expect(window).toMatch(/sandbox: true/);
    expect(window).toMatch(/contextIsolation: true/);
    expect(window).toMatch(/nodeIntegration: false/);
    expect(window).toMatch(/disableBlinkFeatures: 'Auxclick'/);
    expect(window).toMatch(/action: 'deny'/);
  });

  it('prevents navigation, frame navigation and redirects away from the app page, for every web contents', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(window, event).toMatch(
        new RegExp(`'${event}', \\(event\\) => \\{[^}]*isAppUrl\\(entry, event\\.url\\)[^}]*event\\.preventDefault\\(\\)`)
      );
    }
    expect(entry).toMatch(/web-contents-created[\s\S]*guardNavigation\(contents, entry\)/);
  });

  it('opens only allow-listed links outside, and only the main process decides', () => {
    const calls = [...electronSide.matchAll(/shell\.openExternal\(([^)]*)\)/g)].map((match) => match[1]);
    expect(calls).toEqual(['external']);
    expect(window).toMatch(
      /const external = allowedExternalUrl\(url\);\s*if \(external !== null\) void shell\.openExternal\(external\)/
    );
  });

  it('denies web permissions in both the check and the request handler', () => {
    expect(window).toMatch(/setPermissionCheckHandler\([^;]*mayGrantPermission\(entry/);
    expect(window).toMatch(/setPermissionRequestHandler\([^;]*callback\(mayGrantPermission\(entry/);
  });

  it('makes every finished download (the exports) private to the user', () => {
    expect(window).toMatch(/'will-download'[\s\S]*state !== 'completed'[\s\S]*tightenIfPresent\(item\.getSavePath\(\)\)/);
  });

  it('takes IPC calls only from a sender frame on the app page', () => {
    expect(ipc).not.toMatch(/senderFrame\?\./);
    expect(ipc).toMatch(/frame !== null && frame\.parent === null && isAppUrl\(entry, frame\.url\)/);
    expect(electronSide).not.toMatch(/startsWith\('file:/);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(entry).toMatch(/rendererEntry\(\{\s*isPackaged: app\.isPackaged,\s*devServerUrl: process\.env\.ELECTRON_RENDERER_URL/);
    expect(electronSide.match(/ELECTRON_RENDERER_URL/g)).toHaveLength(1);
  });

  it('serves a CSP without inline scripts, eval or remote origins, the same in the meta tag and the headers', () => {
    const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // A meta tag cannot set frame-ancestors; browsers ignore it there, so the tag leaves it out.
    expect(csp).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
