import { createApi } from '../../src/main/core/api';
import { openMirror } from '../../src/main/core/db/connection';
import { createEventHub, systemClock } from '../../src/main/core/ports';
import type { CoreDeps } from '../../src/main/core/services/deps';
import type { ApiEventName, ApiEvents, DeskApi } from '../../src/shared/api';

/**
 * The preload's `desk` object, served by the real core over an in-memory mirror: renderer stores
 * are tested against the same API they use in the app, with no transport in between.
 */
export function deskOverCore(demoSnapshotDir: string): { desk: DeskApi; deps: CoreDeps } {
  const events = createEventHub();
  const deps: CoreDeps = {
    db: openMirror(':memory:'),
    dbPath: ':memory:',
    transport: 'browser',
    appVersion: 'test',
    clock: systemClock,
    actor: 'tester',
    events,
    demoSnapshotDir
  };
  const core = createApi(deps);
  const desk: DeskApi = {
    invoke: (name, args) => core.dispatch(name, args) as never,
    on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return events.subscribe({
        emit(name, payload) {
          if ((name as string) === event) listener(payload as ApiEvents[E]);
        }
      });
    }
  };
  return { desk, deps };
}
