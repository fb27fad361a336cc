import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startBridge } from '../../bridge/server';
import type { CliIo } from '../io';
import { parse, positiveInt } from '../options';
import { RENDERER_DIR, REPO_ROOT } from '../paths';
import { openCliHost } from './mirror-command';

export const webHelp = `Usage: integration-desk web [--db FILE] [--port N]

Serves the desk to a browser on 127.0.0.1 (no desktop needed). The first line printed is the URL,
with a random token that every API call must carry. Stop with Ctrl+C.
  --db FILE   the mirror file (default: the desktop app's mirror; a new one starts on the demo store)
  --port N    the port (default: a free one)`;

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
  if (values.help) return io.stdout(webHelp + '\n'), 0;
  const port = values.port === undefined ? 0 : positiveInt('web', 'port', values.port, 0);
  ensureRendererBuilt(io);
  const host = await openCliHost(io, values.db, 'browser', true);
  const bridge = await startBridge(host.api, { rendererDir: RENDERER_DIR, port });
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
