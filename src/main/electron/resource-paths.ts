import { join } from 'node:path';

/**
 * Folders under the repository's `resources/` that the app reads from disk at run time. Packaging
 * copies each one to the same relative place under `process.resourcesPath` (package.json
 * `build.extraResources`), so one relative path serves the dev tree and the installed app alike; the
 * packaging test checks the two stay in step. The classifier corpus and the error catalog are not
 * here: they are JSON imports, compiled into out/main.
 */
export const RUNTIME_RESOURCES = { demoSnapshot: 'demo/snapshot' } as const;

export interface AppLocation {
  isPackaged: boolean;
  /** Electron's `process.resourcesPath`: the installed app's resources folder, beside app.asar. */
  resourcesPath: string;
  /** Electron's `app.getAppPath()`: the folder holding package.json (the checkout when not packaged). */
  appPath: string;
}

/** Where the runtime resources live: beside app.asar when installed, the checkout's resources/ otherwise. */
export function resourcesRoot(location: AppLocation): string {
  return location.isPackaged ? location.resourcesPath : join(location.appPath, 'resources');
}

export function demoSnapshotDir(location: AppLocation): string {
  return join(resourcesRoot(location), RUNTIME_RESOURCES.demoSnapshot);
}
