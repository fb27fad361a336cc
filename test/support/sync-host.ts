import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startHarness, type Harness } from '../integration/vtex/harness';
import { seededMirror } from '../integration/vtex/sync-harness';

type SeededMirror = Awaited<ReturnType<typeof seededMirror>>;

/**
 * What a sync test file works on: one fake account for the file (`h`, closed after its tests) and,
 * for each test, the fake reset and a mirror file freshly seeded with its snapshot (`mirror`, removed
 * after the test). Both read through to the ones of the moment; call at the file's top level.
 */
export function useSyncHost(): { h: Harness; mirror: SeededMirror } {
  let harness: Harness | null = null;
  let seeded: SeededMirror | null = null;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    h.fake.reset();
    seeded = await seededMirror(h);
  });
  afterEach(() => seeded?.dispose());

  const started = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} is made by the sync host's hooks: use it inside a test`);
    return value;
  };
  const current = () => started(harness, 'the fake account');
  const h: Harness = {
    get fake() {
      return current().fake;
    },
    get time() {
      return current().time;
    },
    get logs() {
      return current().logs;
    },
    get account() {
      return current().account;
    },
    http: (options) => current().http(options),
    close: () => current().close()
  };
  const mirrorNow = () => started(seeded, 'the seeded mirror');
  const mirror: SeededMirror = {
    get dir() {
      return mirrorNow().dir;
    },
    get file() {
      return mirrorNow().file;
    },
    get db() {
      return mirrorNow().db;
    },
    reopen: () => mirrorNow().reopen(),
    dispose: () => mirrorNow().dispose()
  };
  return { h, mirror };
}
