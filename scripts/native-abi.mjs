// Makes sure better-sqlite3 is built for the runtime about to use it: Node (tests, CLI, bench)
// or Electron (npm start). It checks first, so a build that already loads is left alone.
import { spawnSync } from 'node:child_process';
import { ensureElectronBinary } from './electron-binary.mjs';

const target = process.argv[2];
const probe = "new (require('better-sqlite3'))(':memory:').close()";

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: 'pipe', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
}

function npx(bin) {
  return process.platform === 'win32' ? `node_modules\\.bin\\${bin}.cmd` : `node_modules/.bin/${bin}`;
}

if (target === 'node') {
  if (run(process.execPath, ['-e', probe]).status === 0) process.exit(0);
  console.error('better-sqlite3 is not built for this Node; rebuilding it (npm rebuild better-sqlite3)…');
  const rebuilt = spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(rebuilt.status ?? 1);
} else if (target === 'electron') {
  const electron = ensureElectronBinary();
  if (!electron.binary) {
    console.error(electron.problem);
    process.exit(1);
  }
  const electronPath = electron.binary;
  if (run(electronPath, ['-e', probe], { ELECTRON_RUN_AS_NODE: '1' }).status === 0) process.exit(0);
  console.error('better-sqlite3 is not built for Electron; rebuilding it (npm run rebuild:electron)…');
  const rebuilt = spawnSync(npx('electron-rebuild'), ['-f', '-w', 'better-sqlite3'], {
    stdio: 'inherit',
    shell: process.platform === 'win32'
  });
  process.exit(rebuilt.status ?? 1);
} else {
  console.error('usage: node scripts/native-abi.mjs node|electron');
  process.exit(2);
}
