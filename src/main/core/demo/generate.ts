import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CauseCode, ErrorType } from '../../../shared/domain/error-types';
import type { KindCounts, SnapshotManifest } from '../../../shared/domain/snapshot';
import { generateCatalog } from './catalog-gen';
import { FailurePlanner, tryChannels, type PlantedCause, type PlantedFailure } from './failure-scenarios';
import { inventoryRecord } from './inventory-gen';
import { DOCKS, freightValueRecords, shippingPolicyRecords, WAREHOUSES } from './logistics-gen';
import { MARKETPLACES, STORE_ACCOUNT } from './marketplaces';
import { omsRecord, poolIndex, successfulOrder, vtexOrderId, type StoreModel } from './orders-gen';
import { planPrices, priceRecord } from './pricing-gen';
import { streamFor } from './random';
import { RecordWriter } from './record-writer';
import { SWEEP_SCENARIOS, sweepSkus } from './scenarios-sweep';
import { affiliateRecords, salesChannelRecords, skuRecord, storeSettings } from './store-records';
import { cnpj } from './tax-ids';

export interface GenerateOptions {
  orders: number;
  seed: number;
  /** The snapshot's moment (time-dependent causes are planted relative to it). */
  exportedAt?: string;
  format?: 'json' | 'ndjson';
}

/** What was planted: counts per error type, cause and scenario; per order only for small batches. */
export interface PlantedSummary {
  failed: number;
  succeeded: number;
  byErrorType: Partial<Record<ErrorType, number>>;
  byCause: Partial<Record<CauseCode, number>>;
  byScenario: Record<string, number>;
  /** `AFF:marketplaceOrderId` → the expected diagnosis; present up to EXPECTED_ORDERS_LIMIT orders. */
  orders?: Record<string, PlantedCause>;
}

export interface GenerateResult {
  counts: KindCounts;
  planted: PlantedSummary;
}

export type GenerateProgress = (done: number, total: number) => void;

export const DEFAULT_EXPORTED_AT = '2026-11-20T15:00:00Z';
export const EXPECTED_ORDERS_LIMIT = 10_000;
/** Share of orders that fail to integrate. */
const FAILURE_RATE = 0.42;
const PROGRESS_EVERY = 10_000;
/** Batches this small keep every order for SCENARIOS; larger ones end with the sweep scenarios. */
const SWEEP_FROM_ORDERS = 100;

/** The catalog grows with the batch: one SKU per 50 orders, between 220 and 20 000. */
export function catalogSize(orders: number): number {
  return Math.min(20_000, Math.max(220, Math.round(orders / 50)));
}

function count<K extends string>(tally: Partial<Record<K, number>>, key: K): void {
  tally[key] = (tally[key] ?? 0) + 1;
}

/**
 * Writes a realistic Brazilian VTEX store snapshot into `outDir`: marketplaces and trade policies,
 * catalog, inventory, prices, logistics, settings, and `options.orders` orders (streamed, so a
 * million fit in little memory), about 42% of them failed with a real connector message whose cause
 * the store data reproduces. The same seed writes the same bytes.
 */
export async function generateSnapshot(
  outDir: string,
  options: GenerateOptions,
  onProgress?: GenerateProgress
): Promise<GenerateResult> {
  const format = options.format ?? 'ndjson';
  const exportedAt = options.exportedAt ?? DEFAULT_EXPORTED_AT;
  const exportedAtMs = Date.parse(exportedAt);
  if (!Number.isFinite(exportedAtMs)) throw new Error(`generateSnapshot: exportedAt is not a date: ${exportedAt}`);
  mkdirSync(outDir, { recursive: true });
  const ext = format === 'json' ? 'json' : 'ndjson';
  const writeAll = (name: string, records: readonly unknown[]): number => {
    const writer = new RecordWriter(join(outDir, `${name}.${ext}`), format);
    for (const record of records) writer.write(record);
    writer.close();
    return records.length;
  };

  const storeRng = streamFor(options.seed, 'store');
  const skus = generateCatalog(storeRng, catalogSize(options.orders));
  const prices = planPrices(streamFor(options.seed, 'prices'), skus, exportedAtMs);
  const inventoryRng = streamFor(options.seed, 'inventory');
  const model: StoreModel = { exportedAtMs, skus, prices, storeCnpj: cnpj(storeRng), pool: poolIndex(skus) };
  const manifest: SnapshotManifest = {
    account: STORE_ACCOUNT,
    exportedAt,
    source: 'demo',
    note: `Generated demo store (seed ${options.seed}, ${options.orders} orders)`
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(outDir, 'store-settings.json'), JSON.stringify(storeSettings(storeRng, skus), null, 2) + '\n');
  // The sweep scenarios' SKUs come last, priced from their own stream: the seed's other SKUs stay as they were.
  const extra = sweepSkus(skus);
  skus.push(...extra);
  for (const [id, plan] of planPrices(streamFor(options.seed, 'sweep-prices'), extra, exportedAtMs)) prices.set(id, plan);
  const counts: KindCounts = {
    orders: 0,
    'oms-orders': 0,
    affiliates: writeAll('affiliates', affiliateRecords()),
    'sales-channels': writeAll('sales-channels', salesChannelRecords()),
    skus: writeAll('skus', skus.map(skuRecord)),
    inventory: writeAll(
      'inventory',
      skus.map((sku) => inventoryRecord(inventoryRng, sku))
    ),
    prices: writeAll(
      'prices',
      [...prices].map(([skuId, plan]) => priceRecord(skuId, plan))
    ),
    docks: writeAll('docks', DOCKS),
    warehouses: writeAll('warehouses', WAREHOUSES),
    'shipping-policies': writeAll('shipping-policies', shippingPolicyRecords()),
    'freight-values': writeAll('freight-values', freightValueRecords()),
    'store-settings': 1,
    'connections-orders': 0
  };

  const planted = await writeOrders(outDir, ext, format, model, options, onProgress);
  counts.orders = planted.orders;
  counts['oms-orders'] = planted.oms;
  return { counts, planted: planted.summary };
}

async function writeOrders(
  outDir: string,
  ext: string,
  format: 'json' | 'ndjson',
  model: StoreModel,
  options: GenerateOptions,
  onProgress?: GenerateProgress
): Promise<{ orders: number; oms: number; summary: PlantedSummary }> {
  const rng = streamFor(options.seed, 'orders');
  const planner = new FailurePlanner(streamFor(options.seed, 'scenarios'));
  const orders = new RecordWriter(join(outDir, `orders.${ext}`), format);
  const oms = new RecordWriter(join(outDir, `oms-orders.${ext}`), format);
  const summary: PlantedSummary = { failed: 0, succeeded: 0, byErrorType: {}, byCause: {}, byScenario: {} };
  if (options.orders <= EXPECTED_ORDERS_LIMIT) summary.orders = {};
  const marketShares = MARKETPLACES.map((m) => ({ weight: m.weight, value: m }));
  const sweep = options.orders >= SWEEP_FROM_ORDERS ? SWEEP_SCENARIOS : [];
  const sweepRng = streamFor(options.seed, 'sweep');
  const writeFailure = (failure: PlantedFailure): void => {
    orders.write(failure.order);
    for (const record of failure.oms ?? []) oms.write(record);
    summary.failed++;
    count(summary.byErrorType, failure.errorType);
    for (const cause of failure.causes) count(summary.byCause, cause);
    count(summary.byScenario, failure.scenario);
    if (summary.orders) {
      summary.orders[`${failure.order.affiliateId}:${failure.order.marketplaceOrderId}`] = {
        scenario: failure.scenario,
        errorType: failure.errorType,
        causes: failure.causes,
        ...(failure.skuId ? { skuId: failure.skuId } : {})
      };
    }
  };
  const regular = options.orders - sweep.length;
  for (let serial = 0; serial < options.orders; serial++) {
    if (serial >= regular) {
      const scenario = sweep[serial - regular];
      writeFailure(tryChannels(model, sweepRng, serial, scenario) ?? planner.next(model, sweepRng, serial));
    } else if (rng.chance(FAILURE_RATE)) {
      writeFailure(planner.next(model, rng, serial));
    } else {
      const mp = rng.weighted(marketShares);
      const { order } = successfulOrder(model, rng, serial, mp);
      order.integration.orderId = vtexOrderId(serial);
      orders.write(order);
      oms.write(
        omsRecord(
          order,
          order.integration.orderId,
          mp.tradePolicyId,
          rng.pick(['ready-for-handling', 'handling', 'invoiced', 'invoiced'])
        )
      );
      summary.succeeded++;
    }
    if ((serial + 1) % PROGRESS_EVERY === 0) {
      onProgress?.(serial + 1, options.orders);
      // Lets a caller on the same event loop (a progress bar, a cancel) run between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  orders.close();
  oms.close();
  onProgress?.(options.orders, options.orders);
  return { orders: orders.count, oms: oms.count, summary };
}
