import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Integration Desk';

/**
 * The platform's user-data folder for the app, computed as Electron's `app.getPath('userData')`
 * does, so the CLI (which has no Electron) and the desktop window open the same mirror.
 * INTEGRATION_DESK_DATA_DIR overrides it (tests give each run its own folder).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.INTEGRATION_DESK_DATA_DIR) return env.INTEGRATION_DESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function defaultMirrorPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), 'mirror.db');
}
