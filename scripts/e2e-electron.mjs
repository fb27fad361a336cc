// Runs the same end-to-end specs against the real Electron app (needs Electron's binary, i.e. a
// desktop machine): builds, makes sure better-sqlite3 is built for Electron, then runs Playwright.
import { spawnSync } from 'node:child_process';

const shell = process.platform === 'win32';
const steps = [
  ['node', ['scripts/native-abi.mjs', 'electron']],
  ['npx', ['electron-vite', 'build']],
  ['npx', ['playwright', 'test', ...process.argv.slice(2)]]
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell, env: { ...process.env, DESK_E2E_TARGET: 'electron' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
