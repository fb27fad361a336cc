import type { AccountsDeps } from '../accounts/accounts-deps';
import type { Db } from '../db/connection';
import type { StoreGateway } from '../gateway/store-gateway';
import type { Clock, EventSink } from '../ports';

/** Everything the core needs from its host (Electron, the bridge, the CLI, a test). */
export interface CoreDeps {
  db: Db;
  dbPath: string;
  transport: 'desktop' | 'browser';
  appVersion: string;
  clock: Clock;
  /** The OS user running the app: who the audit log names until the agent sets a name (agentName in preferences-service). */
  actor: string;
  events: EventSink;
  /** The bundled demo snapshot folder. */
  demoSnapshotDir: string;
  /** The native picker for a snapshot folder or an Admin export; absent where there is none (the browser mode). */
  pickImportSource?: (what: 'folder' | 'export') => Promise<string | null>;
  log?: (error: unknown) => void;
  /** Where fixes and reprocesses land; the local mirror when absent. */
  gateway?: StoreGateway;
  /** Connected VTEX accounts and their credentials; absent where the host offers none. */
  accounts?: AccountsDeps;
}
