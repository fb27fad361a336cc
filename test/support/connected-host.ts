import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../../src/main/core/db/connection';
import { listAudit } from '../../src/main/core/db/repositories/audit-repository';
import type { AuditEntry } from '../../src/shared/domain/model';
import { connectedDesk, type ConnectedDesk } from '../integration/vtex/connected-harness';

export interface ConnectedHost {
  /** The file's connected desk (a host over the fake account's snapshot, connected to the fake); valid inside its tests. */
  desk: ConnectedDesk;
  /** The desk's mirror as it is now (a restart opens it again). */
  db(): Db;
  /** The newest audit entry: the one a fix just wrote. */
  lastAudit(): AuditEntry;
  /** The fake store's SKU ids of a product. */
  skusOfProduct(productId: string): string[];
}

/**
 * One connected desk for a test file: started before its tests, closed after them, the fake's
 * recorded requests and refusals cleared before each. Call at the file's top level.
 */
export function useConnectedHost(): ConnectedHost {
  let current: ConnectedDesk | null = null;
  beforeAll(async () => {
    current = await connectedDesk();
  });
  afterAll(async () => current?.close());
  beforeEach(() => desk.fake.reset());

  const started = (): ConnectedDesk => {
    if (!current) throw new Error('the connected desk is started in beforeAll: use it inside a test');
    return current;
  };
  // Reads through to the desk of the moment, so a test file names `desk` once, at its top.
  const desk: ConnectedDesk = {
    get fake() {
      return started().fake;
    },
    get host() {
      return started().host;
    },
    get dataDir() {
      return started().dataDir;
    },
    call: (name, args) => started().call(name, args),
    value: (name, args) => started().value(name, args),
    restart: () => started().restart(),
    close: () => started().close()
  };
  const db = () => desk.host.deps.db;
  return {
    desk,
    db,
    lastAudit: () => listAudit(db(), { offset: 0, limit: 1 }).rows[0],
    skusOfProduct: (productId) =>
      [...desk.fake.store.skus.values()].filter((s) => String(s.ProductId) === productId).map((s) => String(s.Id))
  };
}
