import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What the queue's first render waits to download and parse: every module main.tsx reaches through
 * static imports (a dynamic import() is a chunk of its own, fetched later). The charting library and
 * the contract's schemas were most of a 2.4 MB bundle before the screens became lazy chunks (issue 9).
 */
const ENTRY = resolve(__dirname, '../../../src/renderer/src/main.tsx');
/** The chunk main.tsx imports at once, after sending the first requests: the first render waits for it too. */
const RENDER = resolve(__dirname, '../../../src/renderer/src/render.tsx');

/** The specifiers a module imports for their values (type-only imports are erased by the build). */
function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+([^;]*?)\s*from\s+'([^']+)'/gm)) {
    const [, clause, specifier] = match;
    if (clause.startsWith('type ')) continue;
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    if (named && named[1].split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '))) continue;
    found.push(specifier);
  }
  for (const match of source.matchAll(/^import\s+'([^']+)'/gm)) found.push(match[1]);
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|css)$/.test(candidate)) return candidate;
  return null;
}

/** The files and packages the roots reach without a dynamic import. */
function firstBundle(...roots: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.css')) return;
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target === null) throw new Error(`${file}: cannot resolve ${specifier}`);
      visit(target);
    }
  };
  roots.forEach(visit);
  return { files, packages };
}

describe('the renderer bundle the first queue render waits for', () => {
  const { files, packages } = firstBundle(ENTRY, RENDER);

  it('holds the queue screen, not the order pane and the wizard (fetched once the first rows are shown)', () => {
    const names = [...files].map((file) => file.replace(/^.*\/src\/renderer\/src\//, ''));
    expect(names).toContain('features/queue/QueueTable.tsx');
    expect(names).not.toContain('features/order/OrderPane.tsx');
    expect(names).not.toContain('features/wizard/Wizard.tsx');
  });

  it('leaves out the charting library and the schema library', () => {
    expect([...packages]).toContain('react-dom');
    expect([...packages]).not.toContain('recharts');
    expect([...packages]).not.toContain('zod');
  });

  it('leaves out every screen but the queue', () => {
    const screens = [...files].filter((file) => /Screen\.tsx$/.test(file)).map((file) => file.replace(/^.*\//, ''));
    expect(screens).toEqual(['QueueScreen.tsx']);
  });
});

describe('the entry that sends the first requests (issue 9)', () => {
  it('runs before React DOM and the app are fetched: they come in the chunk it imports', () => {
    const { files, packages } = firstBundle(ENTRY);
    const names = [...files].map((file) => file.replace(/^.*\/src\/renderer\/src\//, ''));
    expect(names).toContain('startup.ts');
    expect(names).not.toContain('App.tsx');
    expect([...packages]).not.toContain('react-dom');
  });
});
