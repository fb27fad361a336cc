import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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

  it('the preload does not bundle the contract schemas', () => {
    const preloadImports = imports(join(ROOT, 'src/preload/index.ts'));
    expect(preloadImports.filter((spec) => spec !== 'electron' && !spec.endsWith('/names') && !spec.endsWith('/events') && spec !== '../shared/api')).toEqual([]);
  });
});

describe('window hardening', () => {
  const window = readFileSync(join(ROOT, 'src/main/electron/window.ts'), 'utf8');
  it('keeps the renderer sandboxed and isolated, with no Node', () => {
    expect(window).toMatch(/sandbox: true/);
    expect(window).toMatch(/contextIsolation: true/);
    expect(window).toMatch(/nodeIntegration: false/);
    expect(window).toMatch(/will-navigate[^\n]*preventDefault/);
    expect(window).toMatch(/action: 'deny'/);
  });

  it('serves a CSP without inline scripts, eval or remote origins', () => {
    const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
