import type { AppInfo } from '../../../shared/api/app';
import { clearMirror } from '../db/reset';
import { countByKind } from '../db/repositories/counts-repository';
import { readMeta, writeMeta } from '../db/repositories/meta-repository';
import { importAndDiagnose } from '../writer/import-job';
import { DIAGNOSIS_PENDING } from '../writer/mirror-jobs';
import type { CoreDeps } from './deps';

export function appInfo(deps: CoreDeps): AppInfo {
  const meta = readMeta(deps.db);
  return {
    appVersion: deps.appVersion,
    transport: deps.transport,
    account: meta.account ?? null,
    exportedAt: meta.exportedAt ?? null,
    source: meta.source ?? null,
    dbPath: deps.dbPath,
    counts: countByKind(deps.db),
    diagnosisPending: meta[DIAGNOSIS_PENDING] === 'true'
  };
}

/** Loads the demo store into an empty mirror; used on first start and by "reset to demo" (both through the write queue). */
export async function loadDemo(deps: CoreDeps): Promise<void> {
  await importAndDiagnose(deps.db, deps.demoSnapshotDir, { now: () => deps.clock.now(), log: deps.log ?? console.error });
}

export function createAppHandlers(deps: CoreDeps) {
  return {
    'app/info': () => appInfo(deps),
    // A job of the write queue: refused as busy while an import runs, never interleaved with one.
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
