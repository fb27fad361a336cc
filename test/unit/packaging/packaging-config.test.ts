import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../electron.vite.config';
import { RUNTIME_RESOURCES, demoSnapshotDir, resourcesRoot } from '../../../src/main/electron/resource-paths';
import {
  extraResourceDestination,
  icnsTypes,
  icoSizes,
  isAsarUnpacked,
  isPackaged,
  pngSize,
  targetNames,
  type PackageJson
} from './packaging-support';

const ROOT = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const build = pkg.build;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [relative(ROOT, full).split('\\').join('/')];
  });
}

/** Worker entries the core starts by name (`startCoreWorker('…')`); each must be built and shipped. */
function workerNames(): string[] {
  return filesUnder(join(ROOT, 'src/main/core')).flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/startCoreWorker\('([\w-]+)'/g)].map((match) => match[1])
  );
}

describe('desktop packaging (electron-builder, package.json "build")', () => {
  it("is valid against electron-builder's own schema", async () => {
    const config = await getConfig(ROOT, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and builds AppImage and deb, NSIS, and dmg', () => {
    expect(build.appId).toBe('com.integrationdesk.desk');
    expect(build.productName).toBe('Integration Desk');
    expect(targetNames(build.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(build.win.target)).toEqual(['nsis']);
    expect(targetNames(build.mac.target)).toEqual(['dmg']);
    expect(pkg.scripts['dist']).toMatch(/^npm run build && electron-builder$/);
    expect(pkg.scripts['dist:linux']).toMatch(/^npm run build && electron-builder --linux$/);
    expect(pkg.scripts['dist:win']).toMatch(/^npm run build && electron-builder --win$/);
    expect(pkg.scripts['dist:mac']).toMatch(/^npm run build && electron-builder --mac$/);
  });

  it('ships the built output and package.json, never the sources, tests or the tsx runner', () => {
    const shipped = [
      pkg.main.replace(/^\.\//, ''),
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index.js',
      'package.json'
    ];
    for (const file of shipped) expect(isPackaged(build.files, file), file).toBe(true);
    const left = [
      'src/main/index.ts',
      'src/main/core/host.ts',
      'test/unit/architecture.test.ts',
      'scripts/native-abi.mjs',
      'bin/integration-desk.cjs',
      'README.md',
      'resources/demo/snapshot/orders.json',
      'out/main/index.js.map',
      'node_modules/tsx/dist/cli.mjs',
      'node_modules/esbuild/lib/main.js',
      'node_modules/@esbuild/linux-x64/bin/esbuild'
    ];
    for (const file of left) expect(isPackaged(build.files, file), file).toBe(false);
    expect(isPackaged(build.files, 'node_modules/zod/index.js')).toBe(true);
  });

  it('builds and ships every worker thread entry beside out/main/index.js', () => {
    const input = viteConfig.main?.build?.rollupOptions?.input;
    const inputs = typeof input === 'object' && !Array.isArray(input) ? Object.keys(input) : [];
    expect(workerNames()).toContain('diagnosis-worker');
    for (const name of workerNames()) {
      expect(inputs, name).toContain(name);
      expect(isPackaged(build.files, `out/main/${name}.js`), name).toBe(true);
    }
  });

  it('rebuilds better-sqlite3 for Electron and keeps it out of the asar archive', () => {
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    expect(build.npmRebuild).not.toBe(false);
    expect(build.asar).toBe(true);
    for (const file of [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/lib/database.js'
    ]) {
      expect(isPackaged(build.files, file), file).toBe(true);
      expect(isAsarUnpacked(build.asarUnpack, file), file).toBe(true);
    }
    expect(isAsarUnpacked(build.asarUnpack, 'out/main/index.js')).toBe(false);
  });

  it('copies what the app reads at run time to where it looks for it when installed', () => {
    const installed = '/opt/Integration Desk/resources';
    const location = { isPackaged: true, resourcesPath: installed, appPath: `${installed}/app.asar` };
    expect(demoSnapshotDir(location)).toBe(join(installed, 'demo/snapshot'));
    expect(resourcesRoot({ ...location, isPackaged: false, appPath: ROOT })).toBe(join(ROOT, 'resources'));
    for (const folder of Object.values(RUNTIME_RESOURCES)) {
      const files = filesUnder(join(ROOT, 'resources', folder));
      expect(files.length, folder).toBeGreaterThan(0);
      for (const file of files)
        expect(extraResourceDestination(build.extraResources, file), file).toBe(
          relative(join(ROOT, 'resources'), join(ROOT, file))
        );
    }
    expect(filesUnder(join(ROOT, 'resources/demo/snapshot')).map((file) => file.split('/').pop())).toContain('manifest.json');
    expect(extraResourceDestination(build.extraResources, 'resources/icons/icon.ico')).toBeNull();
  });

  it('has the icon at 512 and 1024 px, as .ico for Windows and .icns for macOS', () => {
    expect(pngSize(join(ROOT, 'resources/icons/512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(join(ROOT, 'resources/icons/1024x1024.png'))).toEqual({ width: 1024, height: 1024 });
    expect(existsSync(join(ROOT, build.linux.icon, '512x512.png'))).toBe(true);
    expect(icoSizes(join(ROOT, build.win.icon))).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(icnsTypes(join(ROOT, build.mac.icon))).toEqual(expect.arrayContaining(['ic09', 'ic10']));
  });
});
