import type { ImportReport } from '../../../shared/api/import';
import { ApiFailure } from '../../../shared/api/result';
import { importSnapshot } from '../import';
import { runDiagnosis } from './diagnosis-runner';
import { syncQueueSearch } from '../db/repositories/queue-repository';
import type { CoreDeps } from './deps';

export function createImportHandlers(deps: CoreDeps) {
  // One import at a time: a second would interleave its batches with the first's transaction.
  let running = false;
  return {
    'import/snapshot': async ({ dir }: { dir: string }): Promise<ImportReport> => {
      if (running) throw new ApiFailure('conflict', 'An import is already running; wait for it to finish.');
      running = true;
      const started = deps.clock.now().getTime();
      try {
        const summary = await importSnapshot(deps.db, dir, {
          onProgress: (progress) => deps.events.emit('import/progress', progress)
        });
        // New store data can change the cause of any failed order, so every one is diagnosed again.
        runDiagnosis(deps.db, { now: deps.clock.now() });
        // The search index catches up here, so the first search after an import is instant.
        syncQueueSearch(deps.db);
        deps.events.emit('mirror/changed', { reason: 'import' });
        return { dir, files: summary.files, counts: summary.counts, durationMs: deps.clock.now().getTime() - started };
      } finally {
        running = false;
      }
    },
    'import/pick': async ({ what }: { what: 'folder' | 'export' }): Promise<{ dir: string | null }> => {
      if (!deps.pickImportSource) throw new ApiFailure('not-supported', 'No file picker here: type the path instead.');
      return { dir: await deps.pickImportSource(what) };
    }
  };
}
