import { readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';

/** The slice of electron-builder's configuration (package.json "build") the packaging test reads. */
export interface FileSet {
  from: string;
  to: string;
  filter: string[];
}
export interface TargetEntry {
  target: string;
  arch?: string[];
}
export interface BuildConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: FileSet[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild?: boolean;
  linux: { target: (string | TargetEntry)[]; icon: string };
  win: { target: (string | TargetEntry)[]; icon: string };
  mac: { target: (string | TargetEntry)[]; icon: string };
}
export interface PackageJson {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  build: BuildConfig;
}

export function targetNames(targets: (string | TargetEntry)[]): string[] {
  return targets.map((target) => (typeof target === 'string' ? target : target.target));
}

function matches(file: string, pattern: string): boolean {
  return matchesGlob(file, pattern);
}

/**
 * Whether electron-builder puts `file` (relative to the project) into the app, following its rules:
 * `files` patterns apply in order and the last one that matches wins; files outside node_modules are
 * left out unless a pattern takes them in, while production dependencies in node_modules are taken
 * in unless a `!` pattern leaves them out.
 */
export function isPackaged(files: string[], file: string): boolean {
  let included = file.startsWith('node_modules/');
  for (const pattern of files) {
    const negated = pattern.startsWith('!');
    if (matches(file, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
}

export function isAsarUnpacked(asarUnpack: string[], file: string): boolean {
  return asarUnpack.some((pattern) => matches(file, pattern));
}

/** Where an extraResources entry puts a project file, relative to process.resourcesPath, or null. */
export function extraResourceDestination(sets: FileSet[], file: string): string | null {
  for (const set of sets) {
    const prefix = set.from.replace(/\/$/, '') + '/';
    if (!file.startsWith(prefix)) continue;
    const inside = file.slice(prefix.length);
    if (set.filter.some((pattern) => matches(inside, pattern))) return set.to === '.' ? inside : `${set.to}/${inside}`;
  }
  return null;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR')
    throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The square sizes an .ico holds, from its directory (a width byte of 0 means 256). */
export function icoSizes(path: string): number[] {
  const bytes = readFileSync(path);
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error(`${path} is not an .ico`);
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => bytes[6 + index * 16] || 256);
}

/** The element types of an .icns (e.g. ic10 = 1024 px), after checking its magic and length. */
export function icnsTypes(path: string): string[] {
  const bytes = readFileSync(path);
  if (bytes.toString('ascii', 0, 4) !== 'icns' || bytes.readUInt32BE(4) !== bytes.length)
    throw new Error(`${path} is not an .icns`);
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= bytes.length; offset += bytes.readUInt32BE(offset + 4)) {
    types.push(bytes.toString('ascii', offset, offset + 4));
    if (bytes.readUInt32BE(offset + 4) < 8) break;
  }
  return types;
}
