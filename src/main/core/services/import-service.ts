import type { ImportMode, ImportReport } from '../../../shared/api/import';
import { openMirror } from '../db/connection';
import { ApiFailure } from '../../../shared/api/result';
import { writeSettings } from '../db/repositories/settings-repository';
import { KEEP_FULL_PAYLOADS } from '../import/personal-data';
import { importAndDiagnose } from '../writer/import-job';
import type { CoreDeps } from './deps';
import { inspectImport, newMirrorPath } from './import-inspect';
import { confirmPlannedChanges } from './plan-service';

/**
 * Points the host at a fresh mirror file beside the current one (import mode `new-mirror`), so the
 * snapshot lands where it cannot overwrite the agent's local changes. Handlers read `deps.db` at each call.
 */
function switchToNewMirror(deps: CoreDeps): void {
  const path = deps.db.memory ? ':memory:' : newMirrorPath(deps.dbPath, deps.clock.now());
  const next = openMirror(path);
  const previous = deps.db;
  deps.db = next;
  deps.dbPath = path;
  previous.close();
}

export function createImportHandlers(deps: CoreDeps) {
  // The write queue lets one import run at a time; this is how `import/cancel` reaches it.
  let running: AbortController | null = null;
  return {
    // The write queue runs this as a job: no other write starts until it ends (src/main/core/writer).
    'import/snapshot': async ({
      dir,
      keepPersonalData,
      mode
    }: {
      dir: string;
      keepPersonalData?: boolean;
      mode?: ImportMode;
    }): Promise<ImportReport> => {
      const started = deps.clock.now().getTime();
      if (mode === 'new-mirror') {
        inspectImport(deps.db, dir); // refuses a bad folder before a file is created
        switchToNewMirror(deps);
      }
      // Inside the job, so the setting and the import it governs are written by the one owner.
      if (keepPersonalData) writeSettings(deps.db, { [KEEP_FULL_PAYLOADS]: 'true' });
      const cancel = new AbortController();
      running = cancel;
      // A diagnosis that fails after the import committed leaves it pending (app/info says so); the import succeeded.
      const { summary } = await importAndDiagnose(deps.db, dir, {
        now: () => deps.clock.now(),
        log: deps.log ?? console.error,
        signal: cancel.signal,
        onProgress: (progress) => deps.events.emit('import/progress', progress)
      }).finally(() => {
        if (running === cancel) running = null;
      });
      // The store's own data is back: planned changes it shows were made in the Admin.
      confirmPlannedChanges(deps);
      deps.events.emit('mirror/changed', { reason: 'import' });
      return {
        dir,
        mirrorPath: deps.dbPath,
        files: summary.files,
        counts: summary.counts,
        durationMs: deps.clock.now().getTime() - started
      };
    },
    'import/inspect': ({ dir }: { dir: string }) => inspectImport(deps.db, dir),
    'import/cancel': (): { cancelled: boolean } => {
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
    'import/pick': async ({ what }: { what: 'folder' | 'export' }): Promise<{ dir: string | null }> => {
      if (!deps.pickImportSource) throw new ApiFailure('not-supported', 'No file picker here: type the path instead.');
      return { dir: await deps.pickImportSource(what) };
    }
  };
}
