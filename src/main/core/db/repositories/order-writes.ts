import type { Statement } from 'better-sqlite3';
import type { IntegrationStatus, MarketplaceOrder, OrderAddress } from '../../../../shared/domain/model';
import type { ErrorType } from '../../../../shared/domain/error-types';
import type { Db } from '../connection';
import { insertRows, placeholders } from './multi-row-insert';
import { verdictColumns } from './order-rows';

/** An order as an import brings it: no mirror id yet; `attempts` is what the source reported. */
export type NewMarketplaceOrder = Omit<MarketplaceOrder, 'id' | 'attempts' | 'incomplete'> & { attempts: number | null };

/** One row of the Admin's Connections > Orders export, already normalised. */
export interface AdminExportRow {
  marketplaceOrderId: string;
  affiliateId: string;
  status: IntegrationStatus;
  processedAt: string | null;
  message: string | null;
}

interface Statements {
  find: Statement;
  insert: Statement;
  update: Statement;
  deleteItems: Statement;
  deleteAddress: Statement;
  deleteLogistics: Statement;
  lastAttempt: Statement;
  insertAttempt: Statement;
  setOutcome: Statement;
  insertStub: Statement;
}

const cache = new WeakMap<Db, Statements>();

/** Where `attempts` sits in upsertMarketplaceOrder's positional values. */
const ATTEMPTS = 20;

/**
 * The marketplace_orders columns an import writes after the two key columns (marketplace_order_id,
 * affiliate_id), in upsertMarketplaceOrder's positional order. Exported for the import bench's floor.
 */
export const ORDER_WRITE_COLUMNS = [
  'connector_name',
  'marketplace_order_status',
  'payment_value_cents',
  'price_divergence_allowance_rate',
  'created_at',
  'customer_email',
  'customer_first_name',
  'customer_last_name',
  'customer_phone',
  'customer_document',
  'customer_document_type',
  'customer_is_corporate',
  'customer_corporate_document',
  'is_fob',
  'invoice_key',
  'integration_status',
  'integration_message',
  'processed_at',
  'attempts',
  'vtex_order_id',
  'error_type',
  'customer_document_verdict',
  'customer_phone_verdict'
];
const ORDER_COLUMNS = ORDER_WRITE_COLUMNS.join(', ');

/** The order_addresses columns, in the order addressValues gives them after order_id. */
export const ADDRESS_COLUMNS = [
  'order_id',
  'address_type',
  'receiver_name',
  'postal_code',
  'city',
  'state',
  'country',
  'street',
  'number',
  'complement',
  'neighborhood',
  'longitude',
  'latitude'
];

/** An address's order_addresses values after order_id, in ADDRESS_COLUMNS order. */
export function addressValues(a: OrderAddress): unknown[] {
  return [
    a.addressType,
    a.receiverName,
    a.postalCode,
    a.city,
    a.state,
    a.country,
    a.street,
    a.number,
    a.complement,
    a.neighborhood,
    a.geoCoordinates?.[0] ?? null,
    a.geoCoordinates?.[1] ?? null
  ];
}

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (s) return s;
  const names = ORDER_WRITE_COLUMNS;
  s = {
    find: db.prepare('SELECT id, attempts FROM marketplace_orders WHERE affiliate_id = ? AND marketplace_order_id = ?'),
    // Inserted first and updated only on a conflict: a new order (every order of a first import)
    // then costs one probe of the unique index instead of a SELECT and an INSERT.
    insert: db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, ${ORDER_COLUMNS}, incomplete)
       VALUES (?, ?, ${names.map(() => '?').join(', ')}, 0) ON CONFLICT (affiliate_id, marketplace_order_id) DO NOTHING`
    ),
    update: db.prepare(`UPDATE marketplace_orders SET ${names.map((n) => `${n} = ?`).join(', ')}, incomplete = 0 WHERE id = ?`),
    deleteItems: db.prepare('DELETE FROM order_items WHERE order_id = ?'),
    deleteAddress: db.prepare('DELETE FROM order_addresses WHERE order_id = ?'),
    deleteLogistics: db.prepare('DELETE FROM order_logistics WHERE order_id = ?'),
    lastAttempt: db.prepare(
      'SELECT attempt, status, message, processed_at FROM integration_attempts WHERE order_id = ? ORDER BY attempt DESC LIMIT 1'
    ),
    insertAttempt: db.prepare(`${CHILDREN.attempts.head} VALUES ${placeholders(CHILDREN.attempts.width)}`),
    setOutcome: db.prepare(
      'UPDATE marketplace_orders SET integration_status = ?, integration_message = COALESCE(?, integration_message), processed_at = ?, attempts = MAX(attempts, ?) WHERE id = ?'
    ),
    insertStub: db.prepare(
      `INSERT INTO marketplace_orders (marketplace_order_id, affiliate_id, integration_status, integration_message, processed_at, attempts, incomplete)
       VALUES (?, ?, ?, ?, ?, 1, 1) RETURNING id`
    )
  };
  cache.set(db, s);
  return s;
}

/**
 * Appends an attempt unless it repeats the last one stored (a re-import of the same snapshot must
 * not invent attempts). Returns the attempt number now current.
 */
function recordAttempt(
  s: Statements,
  orderId: number,
  attempt: {
    status: IntegrationStatus;
    message: string | null;
    processedAt: string | null;
    vtexOrderId: string | null;
    reported: number | null;
  },
  source: 'import' | 'admin-export',
  isNew: boolean
): number {
  const last = isNew
    ? undefined
    : (s.lastAttempt.get(orderId) as
        { attempt: number; status: string; message: string | null; processed_at: string | null } | undefined);
  if (last && last.status === attempt.status && last.message === attempt.message && last.processed_at === attempt.processedAt)
    return last.attempt;
  const number = Math.max((last?.attempt ?? 0) + 1, attempt.reported ?? 1);
  s.insertAttempt.run(orderId, number, attempt.status, attempt.message, attempt.processedAt, source, attempt.vtexOrderId);
  return number;
}

/**
 * An order as one run of values, ready to bind: the marketplace_orders values in ORDER_WRITE_COLUMNS
 * order after the two keys, the attempts the source reported, then its items, address and logistics
 * each behind a count. An import builds these where it parses (possibly another thread: flat values
 * cross threads far cheaper than objects) and writes them here.
 */
export const ORDER_ROW = {
  connectorName: 2,
  integrationStatus: 17,
  integrationMessage: 18,
  processedAt: 19,
  attempts: ATTEMPTS,
  vtexOrderId: 21,
  errorType: 22,
  /** Where the attempts the source reported (or null) sit, after the marketplace_orders values. */
  reportedAttempts: 25
} as const;
const ORDER_VALUES = 25;

/** Appends `order` to `out` as an order row (its error type null: the writer sets it at ORDER_ROW.errorType). */
export function appendOrderRow(out: unknown[], order: NewMarketplaceOrder): void {
  const c = order.customer;
  out.push(
    order.marketplaceOrderId,
    order.affiliateId,
    order.connectorName,
    order.marketplaceOrderStatus,
    order.paymentValueCents,
    order.priceDivergenceAllowanceRate,
    order.createdAt,
    c.email,
    c.firstName,
    c.lastName,
    c.phone,
    c.document,
    c.documentType,
    c.isCorporate ? 1 : 0,
    c.corporateDocument,
    order.isFob ? 1 : 0,
    order.invoiceKey,
    order.integrationStatus,
    order.integrationMessage,
    order.processedAt,
    order.attempts ?? 1,
    order.vtexOrderId,
    null,
    ...verdictColumns(c.verdicts),
    order.attempts,
    order.items.length
  );
  for (const item of order.items) out.push(item.skuId, item.quantity, item.priceCents);
  const a = order.address;
  if (a) out.push(1, ...addressValues(a));
  else out.push(0);
  out.push(order.logistics.length);
  for (const l of order.logistics)
    out.push(
      l.itemIndex,
      l.selectedSla,
      l.deliveryChannel,
      l.priceCents,
      l.lockTtl,
      l.shippingEstimate,
      l.courierName,
      l.warehouseId,
      l.dockId
    );
}

const ADDRESS_VALUES = ADDRESS_COLUMNS.length - 1;
const LOGISTICS_VALUES = 9;

/** The child tables of an order as a bulk write fills them: the head of each INSERT and its width. */
const CHILDREN = {
  items: { head: 'INSERT INTO order_items (order_id, item_index, sku_id, quantity, price_cents)', width: 5 },
  addresses: { head: `INSERT INTO order_addresses (${ADDRESS_COLUMNS.join(', ')})`, width: ADDRESS_COLUMNS.length },
  // OR REPLACE as the row-by-row statement: an order listing one item's logistics twice keeps the last.
  logistics: {
    head: `INSERT OR REPLACE INTO order_logistics (order_id, item_index, selected_sla, delivery_channel, price_cents, lock_ttl, shipping_estimate, courier_name, warehouse_id, dock_id)`,
    width: 1 + LOGISTICS_VALUES
  },
  attempts: {
    head: 'INSERT INTO integration_attempts (order_id, attempt, status, message, processed_at, source, vtex_order_id)',
    width: 7
  }
} as const;

type ChildTable = keyof typeof CHILDREN;

/** Writes order rows (appendOrderRow's layout) for one import. */
export interface OrderRowWriter {
  /**
   * Inserts or replaces the order row at rows[at] by (affiliate, marketplace order id), keeping its
   * attempt history; returns the order's id and where the next row starts. Its error type (the
   * message's classification) is stored with the row: setting it here, while the row and its index
   * entries are written anyway, spares the first diagnosis a million-row update. A new order's
   * items, address, logistics and first attempt wait, to be written many rows a statement.
   * `created` is false when the order was there already and its row was replaced.
   */
  write(rows: unknown[], at: number): { id: number; next: number; created: boolean };
  /**
   * Writes the child rows that wait. Call it before the orders' tables are read or a savepoint is
   * released. Those rows cannot fail on their own: their keys are made here and their values were
   * validated with the order, so only the database itself (a full disk) can stop them.
   */
  flush(): void;
}

export function orderRowWriter(db: Db): OrderRowWriter {
  const s = statements(db);
  const waiting: Record<ChildTable, unknown[]> = { items: [], addresses: [], logistics: [], attempts: [] };
  const flush = () => {
    for (const table of Object.keys(CHILDREN) as ChildTable[]) {
      if (waiting[table].length === 0) continue;
      insertRows(db, CHILDREN[table].head, CHILDREN[table].width, waiting[table]);
      waiting[table] = [];
    }
  };
  const write = (rows: unknown[], at: number) => {
    const values = rows.slice(at, at + ORDER_VALUES);
    const reported = rows[at + ORDER_ROW.reportedAttempts] as number | null;
    const inserted = s.insert.run(values);
    const isNew = inserted.changes === 1;
    let id: number;
    if (isNew) {
      id = Number(inserted.lastInsertRowid);
    } else {
      // The same order twice in one snapshot: its first rows must be in the tables before they are replaced.
      flush();
      const existing = s.find.get(values[1], values[0]) as { id: number; attempts: number };
      id = existing.id;
      values[ATTEMPTS] = Math.max(reported ?? 1, existing.attempts);
      s.update.run(values.slice(2), id);
      s.deleteItems.run(id);
      s.deleteAddress.run(id);
      s.deleteLogistics.run(id);
    }
    let i = at + ORDER_ROW.reportedAttempts + 1;
    const items = rows[i++] as number;
    for (let index = 0; index < items; index++, i += 3) waiting.items.push(id, index, rows[i], rows[i + 1], rows[i + 2]);
    if (rows[i++] === 1) {
      waiting.addresses.push(id);
      for (const end = i + ADDRESS_VALUES; i < end; i++) waiting.addresses.push(rows[i]);
    }
    const logistics = rows[i++] as number;
    for (let n = 0; n < logistics; n++) {
      waiting.logistics.push(id);
      for (const end = i + LOGISTICS_VALUES; i < end; i++) waiting.logistics.push(rows[i]);
    }
    const status = values[ORDER_ROW.integrationStatus] as IntegrationStatus;
    const message = values[ORDER_ROW.integrationMessage] as string | null;
    const processedAt = values[ORDER_ROW.processedAt] as string | null;
    const vtexOrderId = values[ORDER_ROW.vtexOrderId] as string | null;
    if (isNew) {
      // A new order's first attempt is the one the source reported (recordAttempt with no history).
      waiting.attempts.push(id, Math.max(1, reported ?? 1), status, message, processedAt, 'import', vtexOrderId);
    } else {
      const attempt = recordAttempt(s, id, { status, message, processedAt, vtexOrderId, reported }, 'import', false);
      if (attempt > (values[ATTEMPTS] as number)) s.setOutcome.run(status, message, processedAt, attempt, id);
    }
    if (!isNew) flush();
    return { id, next: i, created: isNew };
  };
  return { write, flush };
}

/** Inserts or replaces one order (see OrderRowWriter.write), storing `errorType` with it. */
export function upsertMarketplaceOrder(db: Db, order: NewMarketplaceOrder, errorType: ErrorType | null): number {
  const row: unknown[] = [];
  appendOrderRow(row, order);
  row[ORDER_ROW.errorType] = errorType;
  const writer = orderRowWriter(db);
  const { id } = writer.write(row, 0);
  writer.flush();
  return id;
}

/**
 * Applies an Admin export row: updates the integration outcome of the order it names (as a new
 * attempt), or creates a stub marked incomplete until the full order arrives.
 */
export function applyAdminExportRow(db: Db, row: AdminExportRow): number {
  const s = statements(db);
  const existing = s.find.get(row.affiliateId, row.marketplaceOrderId) as { id: number } | undefined;
  const id = existing
    ? existing.id
    : Number(
        (s.insertStub.get(row.marketplaceOrderId, row.affiliateId, row.status, row.message, row.processedAt) as { id: number }).id
      );
  const attempt = recordAttempt(
    s,
    id,
    { status: row.status, message: row.message, processedAt: row.processedAt, vtexOrderId: null, reported: null },
    'admin-export',
    false
  );
  s.setOutcome.run(row.status, row.message, row.processedAt, attempt, id);
  return id;
}
