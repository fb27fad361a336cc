import type { Db } from '../db/connection';
import { createMirrorGateway } from './mirror-gateway';
import type { StoreGateway } from './store-gateway';

export type { FixChange, OrderReplay, ReplayVerdict, StoreGateway } from './store-gateway';
export { createMirrorGateway } from './mirror-gateway';

/** The gateway the host chose, else the local mirror's (the desk works offline by default). */
export function gatewayOf(deps: { db: Db; gateway?: StoreGateway }): StoreGateway {
  return deps.gateway ?? createMirrorGateway(deps.db);
}
