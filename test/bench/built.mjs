/**
 * `node test/bench/built.mjs`: the bench on the code as the app ships it. `npm run bench` runs the
 * sources through tsx, which keeps every function's name by wrapping each closure it creates in a
 * `__name(...)` call: the rules create closures per order, so under tsx they cost about half as
 * much again as in the app's bundle (electron-vite builds without keeping names). This bundles the
 * bench and the diagnosis worker the same way, into .bench/built/, and runs the bundle; the
 * environment (BENCH_ORDERS, BENCH_REPEAT…) passes through; BENCH_NODE_ARGS are given to node (say
 * `--cpu-prof --cpu-prof-dir=…` to profile the bundle, its worker threads included).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = process.env.BENCH_DIR ?? join(root, '.bench');
const out = join(work, 'built');
await build({
  entryPoints: {
    run: join(root, 'test/bench/run.ts'),
    'diagnosis-only': join(root, 'test/bench/diagnosis-only.ts'),
    'diagnosis-worker': join(root, 'src/main/core/workers/diagnosis-worker.ts'),
    // The import parses orders files on this worker, as the app's import does.
    'order-parse-worker': join(root, 'src/main/core/workers/order-parse-worker.ts')
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: out,
  external: ['better-sqlite3'],
  // Bundled modules share the bundle's `module`, so a bench file's own `require.main === module`
  // entry check (import-floor.ts) would fire inside this bundle too.
  define: { 'require.main': 'undefined' },
  logLevel: 'warning'
});
// `node test/bench/built.mjs diagnosis`: the whole diagnosis run against its floor alone, on the
// mirror the last full bench left in BENCH_DIR.
const diagnosisOnly = process.argv[2] === 'diagnosis';
const entry = diagnosisOnly ? 'diagnosis-only.js' : 'run.js';
// The app runs a whole diagnosis on a worker whose young generation is 96 MB
// (DIAGNOSIS_THREAD_LIMITS in services/diagnosis-pipeline.ts), three 32 MB semi-spaces; here its
// owner is the main thread, given the same. Without it the bench's owner ran on V8's default and
// its GC cost 0.2-0.4 s of CPU more at 100k than the app's does. (`run.js` keeps the default: its
// import is measured as the app's import worker runs, with no limits.)
const youngGeneration = diagnosisOnly ? ['--max-semi-space-size=32'] : [];
const result = spawnSync(
  process.execPath,
  [...youngGeneration, ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), join(out, entry)],
  {
    stdio: 'inherit',
    env: { ...process.env, BENCH_DIR: work, NODE_PATH: join(root, 'node_modules') }
  }
);
process.exitCode = result.status ?? 1;
