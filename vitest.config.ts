import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // No module vitest loads may reach the real `electron` package (it would try to download the
    // binary); the stub throws so a slip fails loudly instead of hanging.
    alias: { electron: fileURLToPath(new URL('./test/support/electron-stub.ts', import.meta.url)) }
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // CI reads the counts from this report to print its closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
    testTimeout: 60_000
  }
});
