// Finds Electron's binary without `require('electron')`: since Electron 45 that require downloads the
// binary on first use and lets the downloader print its own stack ("TypeError: fetch failed …")
// before any explanation of ours. Here the download runs once, quietly, and a failure is told in
// the project's words.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The electron package folder; tests point it at a stand-in through INTEGRATION_DESK_ELECTRON_PACKAGE. */
function electronPackageDir() {
  if (process.env.INTEGRATION_DESK_ELECTRON_PACKAGE) return process.env.INTEGRATION_DESK_ELECTRON_PACKAGE;
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The binary's path as electron's own index.js computes it, or null when it is not there yet. */
function installedBinary(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative ? join(packageDir, 'dist', relative) : null;
  return binary && existsSync(binary) ? binary : null;
}

/** The last line of the downloader's output that says what went wrong, without its stack. */
function reasonFrom(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^Downloading/i.test(line));
  return lines.at(-1) ?? 'no reason given';
}

/**
 * Returns `{ binary }` when Electron's binary is installed (downloading it first if needed), else
 * `{ problem }`: the explanation to print, in full, instead of the downloader's stack.
 */
export function ensureElectronBinary() {
  const packageDir = electronPackageDir();
  const browserMode = 'Without a desktop, the same desk runs in a browser: npx integration-desk web';
  if (!packageDir) return { problem: `The electron package is not installed (run npm install first).\n${browserMode}` };
  const present = installedBinary(packageDir);
  if (present) return { binary: present };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      problem: `ELECTRON_OVERRIDE_DIST_PATH is ${process.env.ELECTRON_OVERRIDE_DIST_PATH}, which holds no Electron binary.\n${browserMode}`
    };
  }
  console.error("Electron's binary is not here yet; downloading it once (about 100 MB)…");
  const download = spawnSync(process.execPath, [join(packageDir, 'install.js')], { encoding: 'utf8', stdio: 'pipe' });
  const downloaded = download.status === 0 ? installedBinary(packageDir) : null;
  if (downloaded) return { binary: downloaded };
  const reason = reasonFrom(`${download.stdout ?? ''}\n${download.stderr ?? ''}`);
  return {
    problem: [
      `The desktop window needs Electron's binary, and downloading it failed (${reason}).`,
      'On a desktop with internet access, run `npm start` again; behind a proxy or mirror, set ELECTRON_MIRROR',
      '(https://www.electronjs.org/docs/latest/tutorial/installation) and retry.',
      browserMode
    ].join('\n')
  };
}
