import type { CauseCode, ErrorType } from '../../../shared/domain/error-types';
import type { SnapshotOmsOrder, SnapshotOrder } from '../../../shared/domain/snapshot';
import type { GenSku, SkuRole } from './catalog-gen';
import { MARKETPLACES, type Channel, type Marketplace } from './marketplaces';
import { message, type MessageGroup } from './messages';
import { buildOrder, healthyLines, lineFor, type BuiltOrder, type Line, type OrderOptions, type StoreModel } from './orders-gen';
import type { Random } from './random';

/** A failed order and the cause its store data was made to show. */
export interface PlantedOrder {
  order: SnapshotOrder;
  errorType: ErrorType;
  causes: CauseCode[];
  /** The SKU the cause is about, when it is about one. */
  skuId?: string;
  /** OMS records the scenario needs (a duplicate, an order held for authorization). */
  oms?: SnapshotOmsOrder[];
}

/** What a scenario builds with: the store, the random stream, the order's serial and marketplace. */
export interface Kit {
  model: StoreModel;
  rng: Random;
  serial: number;
  mp: Marketplace;
}

/** A planted failure: what the message says, which causes the data shows, who can report it. */
export interface Scenario {
  key: string;
  errorType: ErrorType;
  causes: CauseCode[];
  /** Relative frequency among failed orders. */
  weight: number;
  channels: readonly Channel[];
  /** The failed order, or null when this marketplace's store data cannot host the case. */
  build: (kit: Kit) => Omit<PlantedOrder, 'errorType' | 'causes'> | null;
}

export const MARKETPLACE_CHANNELS: readonly Channel[] = MARKETPLACES.map((m) => m.affiliateId);

/** A SKU of the role that the marketplace lists, or null when it lists none. */
export function roleSku(kit: Kit, role: SkuRole | 'unlisted'): GenSku | null {
  const pool = kit.model.pool(role, kit.mp.tradePolicyId);
  return pool.length > 0 ? kit.rng.pick(pool) : null;
}

/** The planted SKU's line, sometimes beside a sellable SKU (a multi-item order with one bad item). */
export function withPlanted(kit: Kit, sku: GenSku, quantity = 1): Line[] {
  const planted = lineFor(sku, quantity);
  if (!kit.rng.chance(0.3)) return [planted];
  const [extra] = healthyLines(kit.model, kit.rng, kit.mp.tradePolicyId, 1);
  extra.quantity = 1;
  return [planted, extra];
}

/** A store-priced order for the lines; retried over addresses until an SLA can carry it. */
export function order(kit: Kit, lines: Line[], options: OrderOptions = {}): BuiltOrder {
  for (let attempt = 0; ; attempt++) {
    const built = buildOrder(
      kit.model,
      kit.rng,
      kit.serial,
      kit.mp,
      lines,
      attempt < 5 ? options : { ...options, accept: (c) => c.region === 'SP_CAPITAL' }
    );
    if (built) return built;
  }
}

/** An order of sellable SKUs (nothing wrong with its items). */
export function healthyOrder(kit: Kit, options: OrderOptions = {}): BuiltOrder {
  return order(kit, healthyLines(kit.model, kit.rng, kit.mp.tradePolicyId), options);
}

/** Marks the order failed with a message of the group, after one to four attempts. */
export function fail(kit: Kit, built: BuiltOrder, group: MessageGroup, values: readonly string[] = []): SnapshotOrder {
  const { order: o } = built;
  o.integration = {
    status: 'error',
    message: message(kit.rng, group, kit.mp.affiliateId, values),
    processedAt: o.integration.processedAt,
    attempts: kit.rng.int(1, 4),
    orderId: null
  };
  return o;
}

/** Money as the connectors print it in messages ("189.90"). */
export function reais(cents: number): string {
  return (cents / 100).toFixed(2);
}
