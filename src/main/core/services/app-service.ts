import type { AppInfo } from '../../../shared/api/app';
import { clearMirror } from '../db/reset';
import { countByKind } from '../db/repositories/counts-repository';
import { readMeta, writeMeta } from '../db/repositories/meta-repository';
import { importSnapshot } from '../import';
import type { CoreDeps } from './deps';
import { runDiagnosis } from './diagnosis-runner';
import { syncQueueSearch } from '../db/repositories/queue-repository';

export function appInfo(deps: CoreDeps): AppInfo {
  const meta = readMeta(deps.db);
  return {
    appVersion: deps.appVersion,
    transport: deps.transport,
    account: meta.account ?? null,
    exportedAt: meta.exportedAt ?? null,
    source: meta.source ?? null,
    dbPath: deps.dbPath,
    counts: countByKind(deps.db)
  };
}

/** Loads the demo store into an empty mirror; used on first start and by "reset to demo". */
export async function loadDemo(deps: CoreDeps): Promise<void> {
  await importSnapshot(deps.db, deps.demoSnapshotDir);
  runDiagnosis(deps.db, { now: deps.clock.now() });
  syncQueueSearch(deps.db);
}

export function createAppHandlers(deps: CoreDeps) {
  return {
    'app/info': () => appInfo(deps),
    'mirror/reset': async ({ to }: { to: 'demo' | 'empty' }) => {
      clearMirror(deps.db);
      if (to === 'demo') await loadDemo(deps);
      // An empty mirror chosen on purpose must not be refilled with the demo at the next start.
      else writeMeta(deps.db, { initialised: 'true' });
      deps.events.emit('mirror/changed', { reason: 'reset' });
      return appInfo(deps);
    }
  };
}
