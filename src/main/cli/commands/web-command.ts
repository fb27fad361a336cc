import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../bridge/server';
import type { CoreApi } from '../../core/api';
import { CommandError, UsageError, type CliIo } from '../io';
import { parse } from '../options';
import { RENDERER_DIR, REPO_ROOT } from '../paths';
import { environmentAccounts } from './account-host';
import { openCliHost } from './mirror-command';

export const webHelp = `Usage: integration-desk web [--db FILE] [--port N]

Serves the desk to a browser on 127.0.0.1 (no desktop needed). The first line printed is the URL,
with a random token that every API call must carry. Stop with Ctrl+C.
  --db FILE   the mirror file (default: the desktop app's mirror; a new one starts on the demo store)
  --port N    the port, 1–65535; 0 or none picks a free one (the URL printed carries the real one)`;

/** The --port value: 0 (or none) lets the system pick a free port. */
function portNumber(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || Number(value) > 65535)
    throw new UsageError(`web: --port must be a port number from 0 to 65535, got "${value}"`);
  return Number(value);
}

/** Starts the bridge, naming a port that is taken instead of failing with listen's raw error. */
async function listen(api: CoreApi, port: number): Promise<Bridge> {
  try {
    return await startBridge(api, { rendererDir: RENDERER_DIR, port });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE')
      throw new CommandError(`web: port ${port} is in use; choose another with --port N, or --port 0 for a free one`);
    throw error;
  }
}

/** Builds the renderer once if this checkout has never been built (a fresh clone). */
function ensureRendererBuilt(io: CliIo): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  io.stderr('Building the renderer (first run)…\n');
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  });
}

export async function webCommand(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { values } = parse('web', argv, { db: { type: 'string' }, port: { type: 'string' } }, false);
  if (values.help) return (io.stdout(webHelp + '\n'), 0);
  const port = portNumber(values.port);
  ensureRendererBuilt(io);
  // The browser mode's account comes from VTEX_ACCOUNT, VTEX_APP_KEY and VTEX_APP_TOKEN, never written.
  const host = await openCliHost(io, values.db, 'browser', true, environmentAccounts(io));
  let bridge: Bridge;
  try {
    bridge = await listen(host.api, port);
  } catch (error) {
    host.db.close();
    throw error;
  }
  host.events.subscribe(bridge);
  io.stdout(bridge.url + '\n');
  io.stderr(`Serving the mirror ${host.deps.dbPath} — press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await bridge.close();
  host.db.close();
  return 0;
}
