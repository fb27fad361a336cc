import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

/**
 * The render chunk (React and the app) and every chunk and style sheet it imports, preloaded from
 * the page's head. Otherwise the browser learns of them only when the entry has run (the entry
 * sends the first requests, then imports the render chunk), and on a cold start their requests
 * queued behind the core's answers on the bridge's one thread and the browser's six connections:
 * the render chunk arrived at 365–470 ms, the entry's own requests were answered at 180 ms
 * (`bench:desk`, 200k orders). Preloaded, they are asked for while the page is parsed.
 */
function preloadRenderChunk(): Plugin {
  return {
    name: 'preload-render-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        const render = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/render.tsx'));
        if (!entry || !render) throw new Error('preload-render-chunk: the entry or the render chunk is missing from the build');
        // The chunks and style sheets a chunk imports statically, itself included.
        const closure = (from: Rollup.OutputChunk) => {
          const scripts = new Set<string>();
          const styles = new Set<string>();
          const visit = (chunk: Rollup.OutputChunk) => {
            if (scripts.has(chunk.fileName)) return;
            scripts.add(chunk.fileName);
            chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
            chunk.imports.forEach((fileName) => visit(bundle[fileName] as Rollup.OutputChunk));
          };
          visit(from);
          return [...scripts, ...styles];
        };
        // The entry's own are in the page already.
        const inPage = new Set(closure(entry));
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
        return closure(render)
          .filter((file) => !inPage.has(file))
          .map((file) =>
            file.endsWith('.css')
              ? // As the style sheets vite's preload helper adds before running the chunk (crossorigin, to share the fetch).
                link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` })
              : link({ rel: 'modulepreload', crossorigin: true, href: `./${file}` })
          );
      }
    }
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Worker threads of the core, started by name from src/main/core/jobs/core-worker.ts.
          'diagnosis-worker': resolve(__dirname, 'src/main/core/workers/diagnosis-worker.ts'),
          'diagnosis-job-worker': resolve(__dirname, 'src/main/core/workers/diagnosis-job-worker.ts'),
          'import-worker': resolve(__dirname, 'src/main/core/workers/import-worker.ts'),
          'order-parse-worker': resolve(__dirname, 'src/main/core/workers/order-parse-worker.ts'),
          'reprocess-worker': resolve(__dirname, 'src/main/core/workers/reprocess-worker.ts'),
          'group-precheck-worker': resolve(__dirname, 'src/main/core/workers/group-precheck-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      // electron-vite leaves the renderer unminified by default: 2.4 MB of source the first render waited to parse.
      minify: true
    },
    plugins: [react(), preloadRenderChunk()]
  }
});
