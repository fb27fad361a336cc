import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { createApi, type CoreApi } from './api';
import { openMirror, type Db } from './db/connection';
import { readMeta } from './db/repositories/meta-repository';
import { queueCountsAreCurrent } from './db/repositories/queue-counts-repository';
import { syncQueueSearch } from './db/repositories/queue-repository';
import { createEventHub, systemClock, type EventHub } from './ports';
import { loadDemo } from './services/app-service';
import type { CoreDeps } from './services/deps';
import { finishPendingDiagnosis } from './writer/import-job';
import { isDiagnosisPending } from './writer/mirror-jobs';
import { otherOwner } from './writer/mirror-owner';
import { createMirrorWriter } from './writer/mirror-writer';
import type { WriteQueue } from './writer/write-queue';

export interface HostOptions {
  dbPath: string;
  transport: CoreDeps['transport'];
  appVersion: string;
  demoSnapshotDir: string;
  /** Load the demo store when the mirror file is new (the desktop app's first start). */
  seedDemoWhenNew: boolean;
  pickImportSource?: CoreDeps['pickImportSource'];
  accounts?: CoreDeps['accounts'];
  /** Who this process is in the mirror's owner file: 'desk', 'web' or 'cli' (by default told from the options above). */
  processKind?: string;
  /**
   * Finish a diagnosis an import left pending (the process ended between the two) in the background.
   * By default the app's own starts do (those that seed the demo); one-shot CLI commands only report it.
   */
  finishPendingDiagnosis?: boolean;
  /** Read the open queue's first page and its facets ahead of the window's first ask (by default as finishPendingDiagnosis). */
  warmFirstQueuePage?: boolean;
}

export interface Host {
  api: CoreApi;
  db: Db;
  events: EventHub;
  deps: CoreDeps;
  /** The one owner of the mirror's writes in this process. */
  writer: WriteQueue;
  /** Settles once the first queue page was read ahead (at once when the start does not). */
  warmed: Promise<void>;
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
  const processKind = options.processKind ?? (options.transport === 'browser' ? 'web' : options.seedDemoWhenNew ? 'desk' : 'cli');
  const writer = createMirrorWriter(deps, processKind);
  // Another process running a job on the file (a CLI import beside the desk) finishes its own work.
  const heldElsewhere = !db.memory && otherOwner(options.dbPath) !== null;
  // A mirror that exists but never received a snapshot (a crash during the first import) is new too.
  if (options.seedDemoWhenNew && !heldElsewhere && (isNew || readMeta(db).initialised !== 'true')) {
    await writer.runJob('import', () => loadDemo(deps));
  } else if (!heldElsewhere) {
    // The index may lag after a migration or an older version; the writer catches it up, once, before any read.
    await writer.write(() => syncQueueSearch(db)).catch(deps.log ?? console.error);
  }
  if ((options.finishPendingDiagnosis ?? options.seedDemoWhenNew) && !heldElsewhere && isDiagnosisPending(db)) {
    writer
      .runJob('diagnosis', () => finishPendingDiagnosis(db, { now: () => deps.clock.now(), log: deps.log ?? console.error }))
      .then(() => events.emit('mirror/changed', { reason: 'import' }))
      .catch(deps.log ?? console.error);
  }
  const api = createApi(deps, writer);
  const warm = (options.warmFirstQueuePage ?? options.seedDemoWhenNew) && !heldElsewhere;
  return {
    api,
    db,
    events,
    deps,
    writer,
    warmed: warm ? warmFirstQueuePage(api, db, deps.log ?? console.error) : Promise.resolve()
  };
}

/**
 * Reads the open queue's first page (the contract's default query, the one the desk's start asks)
 * and its facets right after the start, while the window is still loading its bundle: the first
 * read of a mirror prepares its statements and fills SQLite's page cache (the first `queue/list` of
 * a start took 235 ms at 200k orders, the next ones 8–60 ms), and the start's own answer then
 * comes from a warm mirror. The facets only while the kept counts hold: counted from the orders
 * they take seconds at 1M, which the window's first page would wait behind.
 */
function warmFirstQueuePage(api: CoreApi, db: Db, log: (error: unknown) => void): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(async () => {
      // A test or a CLI command may have closed the mirror before this turn came.
      if (!db.open) return;
      await api.dispatch('queue/list', {});
      if (db.open && queueCountsAreCurrent(db)) await api.dispatch('queue/facets', {});
    })
    .catch(log);
}
