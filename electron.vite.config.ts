import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

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
    plugins: [react()]
  }
});
