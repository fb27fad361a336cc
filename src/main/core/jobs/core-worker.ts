import { join } from 'node:path';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/**
 * Starts one of the core's worker threads (`src/main/core/workers/<name>.ts`). Run from the sources
 * — tests, the CLI and the bench load TypeScript through tsx — the worker registers tsx before it
 * loads the entry (a worker does not inherit the parent's loader). In the built app the entry is
 * bundled beside main's index.js (electron.vite.config.ts lists it as an input).
 */
export function startCoreWorker(
  name: string,
  workerData: unknown,
  transferList: readonly TransferListItem[] = [],
  resourceLimits?: ResourceLimits
): Worker {
  const options = { workerData, transferList: [...transferList], resourceLimits };
  if (__filename.endsWith('.ts')) {
    const entry = join(__dirname, '..', 'workers', `${name}.ts`);
    const boot = `require('tsx/cjs/api').register();\nrequire(${JSON.stringify(entry)});`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(join(__dirname, `${name}.js`), options);
}
