import type { SnapshotLogisticsInfo, SnapshotOmsOrder, SnapshotOrder } from '../../../shared/domain/snapshot';
import { listedIn, type GenSku, type SkuRole } from './catalog-gen';
import { makeCustomer, makeDestination, type Destination } from './customers';
import { DOCKS, freightOffers, WAREHOUSE_IDS, type FreightOffer, type PackageSize } from './logistics-gen';
import { marketplaceByPolicy, type Marketplace } from './marketplaces';
import type { City } from './places';
import { priceFor, type PricePlan } from './pricing-gen';
import type { Random } from './random';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MAIN_DOCK = DOCKS[0].id;

/** The generated store as the order builders need it. */
export interface StoreModel {
  exportedAtMs: number;
  skus: readonly GenSku[];
  prices: Map<string, PricePlan>;
  /** CNPJ of the store (issuer of its invoices). */
  storeCnpj: string;
  /** SKUs of a role listed in the trade policy; `unlisted`: healthy SKUs of its categories it does not list. */
  pool: (role: SkuRole | 'unlisted', tradePolicyId: string) => readonly GenSku[];
}

/** Indexes SKUs by role and by the trade policy that lists them, once per pair. */
export function poolIndex(skus: readonly GenSku[]): StoreModel['pool'] {
  const memo = new Map<string, GenSku[]>();
  return (role, tradePolicyId) => {
    const key = `${role}|${tradePolicyId}`;
    let pool = memo.get(key);
    if (!pool) {
      const categories = marketplaceByPolicy(tradePolicyId).categories;
      pool =
        role === 'unlisted'
          ? skus.filter(
              (s) => s.role === 'healthy' && categories.includes(s.category) && !s.tradePolicyIds.includes(tradePolicyId)
            )
          : skus.filter((s) => s.role === role && listedIn(s, tradePolicyId));
      memo.set(key, pool);
    }
    return pool;
  };
}

export interface Line {
  /** The SKU the marketplace meant; null when it sent an id the store does not know. */
  sku: GenSku | null;
  id: string;
  quantity: number;
  /** Unit price sent; defaults to the SKU's valid price for the trade policy (else its listed price). */
  priceCents?: number;
}

export interface OrderOptions {
  uncovered?: boolean;
  accept?: (city: City) => boolean;
  /** The SLA the marketplace selected, when it is not one the store offers. */
  sla?: { name: string; cents: number; days: number };
  createdAtMs?: number;
}

export interface BuiltOrder {
  order: SnapshotOrder;
  itemsCents: number;
  freightCents: number;
  destination: Destination;
}

/** Local Brazilian time, as marketplaces stamp their orders. */
export function brasiliaIso(ms: number): string {
  return new Date(ms - 3 * HOUR_MS).toISOString().slice(0, 19) + '-03:00';
}

export function utcIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export function lineFor(sku: GenSku, quantity = 1): Line {
  return { sku, id: sku.id, quantity };
}

function packageOf(lines: readonly Line[]): PackageSize {
  const pkg: PackageSize = { weightGrams: 0, largestMeasureCm: 0, measureSumCm: 0 };
  for (const line of lines) {
    if (!line.sku) continue;
    pkg.weightGrams += line.sku.weightGrams * line.quantity;
    pkg.largestMeasureCm = Math.max(pkg.largestMeasureCm, ...line.sku.dims);
    pkg.measureSumCm = Math.max(pkg.measureSumCm, line.sku.dims[0] + line.sku.dims[1] + line.sku.dims[2]);
  }
  return pkg;
}

function logistics(
  rng: Random,
  lines: readonly Line[],
  offer: { policyId: string; name: string; cents: number; days: number }
): SnapshotLogisticsInfo[] {
  // The freight is one price for the package; the marketplace splits it over the items.
  const share = Math.floor(offer.cents / lines.length);
  return lines.map((_, itemIndex) => ({
    itemIndex,
    selectedSla: offer.name,
    selectedDeliveryChannel: 'delivery',
    price: itemIndex === 0 ? offer.cents - share * (lines.length - 1) : share,
    lockTTL: '10d',
    shippingEstimate: `${offer.days + rng.int(0, 1)}bd`,
    deliveryIds: [{ courierId: offer.policyId, courierName: offer.name, warehouseId: WAREHOUSE_IDS.main, dockId: MAIN_DOCK }]
  }));
}

/**
 * A marketplace order for the lines, priced as the store prices them and shipped by an SLA the store
 * offers for its address and package (or `options.sla`). Null when no SLA can carry it.
 */
export function buildOrder(
  model: StoreModel,
  rng: Random,
  serial: number,
  mp: Marketplace,
  lines: Line[],
  options: OrderOptions = {}
): BuiltOrder | null {
  const pkg = packageOf(lines);
  const probe = makeDestination(rng, '', { uncovered: options.uncovered, accept: options.accept });
  const offers: FreightOffer[] = options.sla ? [] : freightOffers(probe.city.region, pkg);
  if (!options.sla && offers.length === 0) return null;
  const offer = options.sla ? { policyId: options.sla.name, ...options.sla } : rng.chance(0.6) ? offers[0] : rng.pick(offers);
  const customer = makeCustomer(rng, mp.affiliateId, probe.city);
  probe.address.receiverName = `${customer.firstName} ${customer.lastName}`;
  const items = lines.map((line) => ({
    id: line.id,
    quantity: line.quantity,
    price:
      line.priceCents ??
      (line.sku ? (priceFor(model.prices.get(line.sku.id), mp.tradePolicyId, model.exportedAtMs) ?? line.sku.listedCents) : 9990)
  }));
  const itemsCents = items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  const createdAtMs = options.createdAtMs ?? model.exportedAtMs - rng.int(2 * HOUR_MS, 28 * DAY_MS);
  const order: SnapshotOrder = {
    marketplaceOrderId: mp.orderId(rng, serial),
    affiliateId: mp.affiliateId,
    connectorName: mp.connectorName,
    marketplaceOrderStatus: rng.chance(0.7) ? 'approved' : 'new',
    marketplacePaymentValue: itemsCents + offer.cents,
    createdAt: brasiliaIso(createdAtMs),
    items,
    clientProfileData: customer,
    shippingData: { selectedAddresses: [probe.address], logisticsInfo: logistics(rng, lines, offer), isFob: false },
    integration: {
      status: 'success',
      message: null,
      processedAt: utcIso(createdAtMs + rng.int(60_000, 90 * 60_000)),
      attempts: 1,
      orderId: null
    }
  };
  return { order, itemsCents, freightCents: offer.cents, destination: probe };
}

/** One to three sellable SKUs of the trade policy, one or two units each. */
export function healthyLines(
  model: StoreModel,
  rng: Random,
  tradePolicyId: string,
  count = rng.weighted([
    { weight: 70, value: 1 },
    { weight: 22, value: 2 },
    { weight: 8, value: 3 }
  ])
): Line[] {
  const pool = model.pool('healthy', tradePolicyId);
  const chosen = new Map<string, Line>();
  while (chosen.size < count) {
    const sku = rng.pick(pool);
    if (!chosen.has(sku.id)) chosen.set(sku.id, lineFor(sku, rng.chance(0.85) ? 1 : 2));
  }
  return [...chosen.values()];
}

/** The VTEX order id OMS gives an integrated order: 13 digits and the seller suffix. */
export function vtexOrderId(serial: number): string {
  return `${1_481_130_000_000 + serial}-01`;
}

/** The OMS record of an integrated order. */
export function omsRecord(
  order: SnapshotOrder,
  orderId: string,
  tradePolicyId: string,
  status: string,
  authorization: SnapshotOmsOrder['authorizationPolicyData'] = null
): SnapshotOmsOrder {
  return {
    orderId,
    marketplaceOrderId: order.marketplaceOrderId,
    affiliateId: order.affiliateId,
    salesChannel: tradePolicyId,
    status,
    creationDate: order.integration.processedAt ?? order.createdAt,
    value: order.marketplacePaymentValue ?? 0,
    items: order.items.map((item) => ({ id: item.id, quantity: item.quantity, price: item.price, sellingPrice: item.price })),
    authorizationPolicyData: authorization
  };
}

/**
 * A successful order: healthy SKUs, reaching the affiliate's minimum cart when it has one. Retries
 * with a single unit when the drawn package is too big for every SLA to the drawn address.
 */
export function successfulOrder(model: StoreModel, rng: Random, serial: number, mp: Marketplace): BuiltOrder {
  for (let attempt = 0; ; attempt++) {
    const lines = healthyLines(model, rng, mp.tradePolicyId, attempt < 3 ? undefined : 1);
    if (attempt >= 3) lines[0].quantity = 1;
    const built = buildOrder(model, rng, serial, mp, lines, attempt >= 3 ? { accept: (c) => c.region === 'SP_CAPITAL' } : {});
    if (built && (mp.minimumValueCents === null || built.itemsCents >= mp.minimumValueCents)) return built;
  }
}
