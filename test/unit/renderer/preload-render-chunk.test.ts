import type { HtmlTagDescriptor, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';

/** A chunk of a build's bundle, as the plugin reads it. */
const chunk = (fileName: string, facade: string, imports: string[], css: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId: facade,
  isEntry,
  imports,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set<string>() }
});

/** The renderer plugin that preloads the render chunk, from the project's own build config. */
function preloadPlugin(): Plugin {
  const renderer = (config as { renderer?: { plugins?: unknown[] } }).renderer;
  const plugin = (renderer?.plugins ?? []).flat().find((candidate) => (candidate as Plugin).name === 'preload-render-chunk');
  if (!plugin) throw new Error('no preload-render-chunk plugin in the renderer build');
  return plugin as Plugin;
}

describe('the page preloads the render chunk and what it imports (issue 9: cold start)', () => {
  const bundle = Object.fromEntries(
    [
      chunk(
        'assets/index-aaaaaaaa.js',
        '/app/src/renderer/src/main.tsx',
        ['assets/client-bbbbbbbb.js'],
        ['assets/index-cccccccc.css'],
        true
      ),
      chunk('assets/client-bbbbbbbb.js', '/app/src/renderer/src/api/client.ts', []),
      chunk(
        'assets/render-dddddddd.js',
        '/app/src/renderer/src/render.tsx',
        ['assets/client-bbbbbbbb.js', 'assets/react-dom-eeeeeeee.js', 'assets/index-aaaaaaaa.js', 'assets/use-t-ffffffff.js'],
        ['assets/render-gggggggg.css']
      ),
      chunk('assets/react-dom-eeeeeeee.js', '/app/node_modules/react-dom/index.js', ['assets/client-bbbbbbbb.js']),
      chunk(
        'assets/use-t-ffffffff.js',
        '/app/src/renderer/src/i18n/use-t.ts',
        ['assets/index-aaaaaaaa.js'],
        ['assets/index-cccccccc.css']
      ),
      chunk('assets/TrendsScreen-hhhhhhhh.js', '/app/src/renderer/src/features/trends/TrendsScreen.tsx', [
        'assets/render-dddddddd.js'
      ])
    ].map((file) => [file.fileName, file])
  );
  const transform = preloadPlugin().transformIndexHtml as {
    handler: (html: string, context: { bundle: typeof bundle }) => HtmlTagDescriptor[];
  };
  const tags = transform.handler('<html></html>', { bundle });
  const links = tags.map((tag) => `${String(tag.attrs?.rel)} ${String(tag.attrs?.href)}`);

  it('names the render chunk and its static imports as module preloads, its style sheets as style preloads', () => {
    expect(links).toEqual([
      'modulepreload ./assets/render-dddddddd.js',
      'modulepreload ./assets/react-dom-eeeeeeee.js',
      'modulepreload ./assets/use-t-ffffffff.js',
      'preload ./assets/render-gggggggg.css'
    ]);
    expect(tags.every((tag) => tag.tag === 'link' && tag.injectTo === 'head' && tag.attrs?.crossorigin === true)).toBe(true);
  });

  it('leaves out what the page loads already (the entry, its imports, its style sheet) and the lazy screens', () => {
    expect(links.join()).not.toMatch(/index-|client-|TrendsScreen/);
  });
});
