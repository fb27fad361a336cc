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

/** The layering rules of the style guide, checked on every file so a slip fails the build. */
describe('architecture', () => {
  it('only src/main/electron, src/main/index.ts and the preload import electron', () => {
    const offenders = sources(join(ROOT, 'src'))
      .filter((file) => imports(file).some((spec) => spec === 'electron' || spec.startsWith('electron/')))
      .map((file) => relative(ROOT, file))
      .filter((file) => !file.startsWith('src/main/electron/') && file !== 'src/main/index.ts' && file !== 'src/preload/index.ts');
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

  it('the store gateway stands below the services that call it', () => {
    const offenders = sources(join(ROOT, 'src/main/core/gateway'))
      .filter((file) => imports(file).some((spec) => /(^|\/)services(\/|$)/.test(spec)))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the preload does not bundle the contract schemas', () => {
    const preloadImports = imports(join(ROOT, 'src/preload/index.ts'));
    expect(preloadImports.filter((spec) => spec !== 'electron' && !spec.endsWith('/names') && !spec.endsWith('/events') && spec !== '../shared/api')).toEqual([]);
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
      expect(window, event).toMatch(new RegExp(`'${event}', \\(event\\) => \\{[^}]*isAppUrl\\(entry, event\\.url\\)[^}]*event\\.preventDefault\\(\\)`));
    }
    expect(entry).toMatch(/web-contents-created[\s\S]*guardNavigation\(contents, entry\)/);
  });

  it('opens only allow-listed links outside, and only the main process decides', () => {
    const calls = [...electronSide.matchAll(/shell\.openExternal\(([^)]*)\)/g)].map((match) => match[1]);
    expect(calls).toEqual(['external']);
    expect(window).toMatch(/const external = allowedExternalUrl\(url\);\s*if \(external !== null\) void shell\.openExternal\(external\)/);
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
