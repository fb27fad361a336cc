import { join, resolve } from 'node:path';

/** The repository root, from src/main/cli (the CLI runs from the source tree). */
export const REPO_ROOT = resolve(__dirname, '../../..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
export const DEMO_SNAPSHOT_DIR = join(RESOURCES_DIR, 'demo', 'snapshot');
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
