/**
 * The import's floor: what reading the snapshot and writing its rows costs with nothing of the
 * import's own — the same files read and JSON-parsed line by line, and the same rows (orders with
 * their items, address, logistics and first attempt; OMS orders) written by plain prepared INSERTs
 * into tables that have only their primary keys: no secondary index, no UNIQUE, no foreign key, no
 * trigger, no search index, no validation. The store files (a few thousand rows) are read and parsed
 * but not written. No import can be faster; `npm run bench` prints the real import beside it.
 *
 * Alone: `npx tsx test/bench/import-floor.ts [orders]` times the floor and the real import of
 * `.bench/snapshot-<orders>` into its own files under `.bench/import-floor/` (generating the
 * snapshot first when missing), so it never touches the mirror the rest of the bench uses.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { openMirror } from '../../src/main/core/db/connection';
import { ADDRESS_COLUMNS, ORDER_WRITE_COLUMNS, addressValues } from '../../src/main/core/db/repositories/order-writes';
import { generateSnapshot } from '../../src/main/core/demo/generate';
import { importSnapshot } from '../../src/main/core/import';
import { PARSE_THREAD_FROM_BYTES } from '../../src/main/core/import/import-snapshot';
import { classifyAtImport } from '../../src/main/core/writer/import-job';
import type { OrderAddress } from '../../src/shared/domain/model';
import { mbAndMib, phasePeaks } from './peak-memory';

type Json = Record<string, unknown>;

/** Tables the floor writes, created from the mirror's own columns and primary keys only. */
const FLOOR_TABLES = [
  'marketplace_orders',
  'order_items',
  'order_addresses',
  'order_logistics',
  'integration_attempts',
  'oms_orders'
];

function floorSchema(): string {
  const mirror = openMirror(':memory:');
  try {
    return FLOOR_TABLES.map((table) => {
      const columns = mirror.prepare(`SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as {
        name: string;
        type: string;
        pk: number;
      }[];
      const keys = columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const sql = mirror.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(table) as string;
      const withoutRowid = /WITHOUT ROWID/i.test(sql) ? ' WITHOUT ROWID' : '';
      return `CREATE TABLE ${table} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}, PRIMARY KEY (${keys.join(', ')}))${withoutRowid};`;
    }).join('\n');
  } finally {
    mirror.close();
  }
}

/** NDJSON lines of a file, split by hand as the import does, without its checks. */
async function* lines(path: string): AsyncGenerator<string> {
  let partial = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = partial + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      if (nl > start) yield text.slice(start, nl);
      start = nl + 1;
    }
    partial = text.slice(start);
  }
  if (partial.trim() !== '') yield partial;
}

function statements(db: Database.Database) {
  const insert = (table: string, columns: string[]) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return {
    order: insert('marketplace_orders', ['marketplace_order_id', 'affiliate_id', ...ORDER_WRITE_COLUMNS, 'incomplete']),
    item: insert('order_items', ['order_id', 'item_index', 'sku_id', 'quantity', 'price_cents']),
    address: insert('order_addresses', ADDRESS_COLUMNS),
    logistics: insert('order_logistics', [
      'order_id',
      'item_index',
      'selected_sla',
      'delivery_channel',
      'price_cents',
      'lock_ttl',
      'shipping_estimate',
      'courier_name',
      'warehouse_id',
      'dock_id'
    ]),
    attempt: insert('integration_attempts', [
      'order_id',
      'attempt',
      'status',
      'message',
      'processed_at',
      'source',
      'vtex_order_id'
    ]),
    oms: insert('oms_orders', [
      'order_id',
      'marketplace_order_id',
      'affiliate_id',
      'sales_channel',
      'status',
      'creation_date',
      'value_cents',
      'authorization_status',
      'items_json'
    ])
  };
}

type Statements = ReturnType<typeof statements>;
const bool = (value: unknown) => (value === true ? 1 : 0);
const orNull = (value: unknown) => (value === undefined ? null : value);

function writeOrder(s: Statements, o: Json): void {
  const client = (o.clientProfileData ?? {}) as Json;
  const shipping = (o.shippingData ?? {}) as Json;
  const integration = o.integration as Json;
  const id = s.order.run(
    String(o.marketplaceOrderId),
    o.affiliateId,
    orNull(o.connectorName),
    orNull(o.marketplaceOrderStatus),
    orNull(o.marketplacePaymentValue),
    orNull(o.priceDivergenceAllowanceRate),
    o.createdAt,
    orNull(client.email),
    orNull(client.firstName),
    orNull(client.lastName),
    orNull(client.phone),
    orNull(client.document),
    orNull(client.documentType),
    bool(client.isCorporate),
    orNull(client.corporateDocument),
    bool(shipping.isFob),
    orNull(o.invoiceKey),
    integration.status,
    orNull(integration.message),
    orNull(integration.processedAt),
    orNull(integration.attempts) ?? 1,
    orNull(integration.orderId),
    // error_type and the two verdicts: the import's own work, left null by the floor.
    null,
    null,
    null,
    0
  ).lastInsertRowid;
  (o.items as Json[]).forEach((item, index) => s.item.run(id, index, String(item.id), item.quantity, item.price));
  const a = (shipping.selectedAddresses as Json[] | undefined)?.[0];
  if (a) s.address.run(id, ...addressValues({ ...a, number: orNull(a.number) } as unknown as OrderAddress));
  for (const l of (shipping.logisticsInfo as Json[] | undefined) ?? []) {
    const delivery = (l.deliveryIds as Json[] | undefined)?.[0] ?? {};
    s.logistics.run(
      id,
      l.itemIndex,
      orNull(l.selectedSla),
      orNull(l.selectedDeliveryChannel),
      orNull(l.price) ?? 0,
      orNull(l.lockTTL),
      orNull(l.shippingEstimate),
      orNull(delivery.courierName),
      orNull(delivery.warehouseId),
      orNull(delivery.dockId)
    );
  }
  s.attempt.run(
    id,
    orNull(integration.attempts) ?? 1,
    integration.status,
    orNull(integration.message),
    orNull(integration.processedAt),
    'import',
    orNull(integration.orderId)
  );
}

function writeOms(s: Statements, o: Json): void {
  const policy = o.authorizationPolicyData as Json | null;
  s.oms.run(
    o.orderId,
    String(o.marketplaceOrderId),
    orNull(o.affiliateId),
    o.salesChannel === undefined || o.salesChannel === null ? null : String(o.salesChannel),
    o.status,
    o.creationDate,
    o.value,
    policy ? JSON.stringify(policy) : null,
    JSON.stringify(o.items ?? [])
  );
}

export interface Measured {
  seconds: number;
  /** CPU time of this process (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Peak RSS while it ran (the kernel's high-water mark where Linux gives it), in MB. */
  peakRssMb: number;
  /** Each phase's peak RSS in bytes, in order; `peakRssMb` is the highest of them. */
  phasePeaks: { phase: string; bytes: number }[];
}

/** Times `work`, reading the peak RSS of each phase it marks (the last one, to its end, is `last`). */
async function withPeakRss(last: string, work: (mark: (phase: string) => void) => Promise<void>): Promise<Measured> {
  const peaks = phasePeaks();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    await work(peaks.mark);
  } finally {
    peaks.mark(last);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const byPhase = peaks.stop();
  const peak = Math.max(...byPhase.map((p) => p.bytes));
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peak / 1e6, phasePeaks: byPhase };
}

/** The phase whose peak was the run's, and each phase's peak, as a line. */
function peakLine(measured: Measured): string {
  const top = measured.phasePeaks.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const all = measured.phasePeaks.map((p) => `${p.phase} ${(p.bytes / 1e6).toFixed(0)}`).join(', ');
  return `peak RSS ${mbAndMib(top.bytes)} in ${top.phase} (by phase, MB: ${all})`;
}

const removeDb = (file: string) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));

/** Reads, parses and writes the snapshot at `dir` into a fresh floor database at `dbFile` (removed after). */
export function measureImportFloor(dir: string, dbFile: string): Promise<Measured> {
  removeDb(dbFile);
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -262144');
  db.exec(floorSchema());
  const s = statements(db);
  return withPeakRss('floor', async () => {
    db.exec('BEGIN');
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.ndjson'))
      .sort()) {
      const write = name === 'orders.ndjson' ? writeOrder : name === 'oms-orders.ndjson' ? writeOms : null;
      for await (const line of lines(join(dir, name))) {
        const record = JSON.parse(line) as Json;
        if (write) write(s, record);
      }
    }
    db.exec('COMMIT');
  }).finally(() => {
    db.close();
    removeDb(dbFile);
  });
}

/** Wall and CPU seconds since the import started when it reached each phase, from its progress events. */
export type ImportPhases = Record<'store' | 'orders' | 'rebuild', { seconds: number; cpuSeconds: number }>;

/** The real import of `dir` into a fresh mirror file, timed the same way; `phases` gets where the time went. */
export function measureImport(dir: string, dbFile: string, phases?: Partial<ImportPhases>): Promise<Measured> {
  removeDb(dbFile);
  const db = openMirror(dbFile);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return withPeakRss('rebuild', async (markPeak) => {
    let storeMarked = false;
    let ordersMarked = false;
    const mark = (phase: keyof ImportPhases) => {
      const used = process.cpuUsage(cpu);
      if (phases)
        phases[phase] = { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
    };
    // As the import worker runs it: classifying, with the orders parsed on a second thread.
    await importSnapshot(db, dir, {
      classify: classifyAtImport,
      parseThreadFromBytes: PARSE_THREAD_FROM_BYTES,
      // The store files end with the last progress of another kind than orders; the orders (and the
      // OMS orders written in their waits) when their file is done; the rest is the rebuild and the commit.
      onProgress: (p) => {
        if (p.kind !== 'orders') mark('store');
        // The store's peak ends where the orders' first progress is told.
        if (p.kind === 'orders' && !storeMarked) {
          storeMarked = true;
          markPeak('store');
        }
        if (p.kind === 'orders' && p.percent === 100 && !ordersMarked) {
          ordersMarked = true;
          mark('orders');
          markPeak('orders');
        }
      }
    });
    mark('rebuild');
  }).finally(() => db.close());
}

/** Each phase's own seconds, wall and CPU, as a line. */
function phaseLine(phases: Partial<ImportPhases>): string {
  let before = { seconds: 0, cpuSeconds: 0 };
  const parts: string[] = [];
  for (const name of ['store', 'orders', 'rebuild'] as const) {
    const at = phases[name];
    if (!at) continue;
    parts.push(`${name} ${(at.seconds - before.seconds).toFixed(2)} s (CPU ${(at.cpuSeconds - before.cpuSeconds).toFixed(2)} s)`);
    before = at;
  }
  return parts.join(', ');
}

async function main(): Promise<void> {
  const orders = Number(process.argv[2] ?? process.env.BENCH_ORDERS ?? 100_000);
  const work = resolve(__dirname, '../../.bench');
  const snapshot = join(work, `snapshot-${orders}`);
  if (!existsSync(join(snapshot, 'orders.ndjson'))) await generateSnapshot(snapshot, { orders, seed: 7, format: 'ndjson' });
  const own = join(work, 'import-floor');
  mkdirSync(own, { recursive: true });
  // The import first: a fresh process's peak belongs to it, not to what the floor left on the heap.
  const phases: Partial<ImportPhases> = {};
  const real = await measureImport(snapshot, join(own, 'mirror.db'), phases);
  console.log(`import: ${real.seconds.toFixed(2)} s (CPU ${real.cpuSeconds.toFixed(2)} s), ${peakLine(real)}`);
  console.log(`  phases: ${phaseLine(phases)} (rebuild: indexes, search, commit)`);
  const floor = await measureImportFloor(snapshot, join(own, 'floor.db'));
  console.log(
    `floor:  ${floor.seconds.toFixed(2)} s (CPU ${floor.cpuSeconds.toFixed(2)} s), peak RSS ${mbAndMib(floor.peakRssMb * 1e6)}`
  );
  console.log(
    `import / floor: ${(real.seconds / floor.seconds).toFixed(2)}x wall, ${(real.cpuSeconds / floor.cpuSeconds).toFixed(2)}x CPU at ${orders.toLocaleString('en-US')} orders`
  );
}

if (require.main === module) {
  void main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
