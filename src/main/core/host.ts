import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { createApi, type CoreApi } from './api';
import { openMirror, type Db } from './db/connection';
import { readMeta } from './db/repositories/meta-repository';
import { createEventHub, systemClock, type EventHub } from './ports';
import { loadDemo } from './services/app-service';
import type { CoreDeps } from './services/deps';

export interface HostOptions {
  dbPath: string;
  transport: CoreDeps['transport'];
  appVersion: string;
  demoSnapshotDir: string;
  /** Load the demo store when the mirror file is new (the desktop app's first start). */
  seedDemoWhenNew: boolean;
  pickImportSource?: CoreDeps['pickImportSource'];
  accounts?: CoreDeps['accounts'];
}

export interface Host {
  api: CoreApi;
  db: Db;
  events: EventHub;
  deps: CoreDeps;
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // Some sandboxes have no passwd entry for the uid; the environment still names the user.
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** Opens the mirror, seeds the demo on a first start, and builds the core API over it. */
export async function startHost(options: HostOptions): Promise<Host> {
  // A folder made for the mirror is the user's alone; an existing one (the folder a --db file was
  // put in) is left as it is: the app's own data folder is tightened where it is chosen.
  if (options.dbPath !== ':memory:') mkdirSync(dirname(options.dbPath), { recursive: true, mode: 0o700 });
  const isNew = options.dbPath === ':memory:' || !existsSync(options.dbPath);
  const db = openMirror(options.dbPath);
  const events = createEventHub();
  const deps: CoreDeps = {
    db,
    dbPath: options.dbPath,
    transport: options.transport,
    appVersion: options.appVersion,
    clock: systemClock,
    actor: osUser(),
    events,
    demoSnapshotDir: options.demoSnapshotDir,
    pickImportSource: options.pickImportSource,
    accounts: options.accounts
  };
  // A mirror that exists but never received a snapshot (a crash during the first import) is new too.
  if (options.seedDemoWhenNew && (isNew || readMeta(db).initialised !== 'true')) await loadDemo(deps);
  return { api: createApi(deps), db, events, deps };
}
