import type { IntegrationAttempt, IntegrationStatus, MarketplaceOrder, OrderSummary } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { toAttempt, toOrder, toSummary, type AddressRow, type ItemRow, type LogisticsRow, type OrderRow } from './order-rows';

export { upsertMarketplaceOrder, applyAdminExportRow, type NewMarketplaceOrder, type AdminExportRow } from './order-writes';

const PAGE = 2_000;

/** Children of a set of orders, fetched in three statements for the whole set. */
function loadOrders(db: Db, rows: OrderRow[]): MarketplaceOrder[] {
  if (rows.length === 0) return [];
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const ids = new Set(rows.map((row) => row.id));
  // Ranges keep this to index range scans; rows outside the set (other statuses) are skipped here.
  const [lo, hi] = first <= last ? [first, last] : [last, first];
  const items = new Map<number, ItemRow[]>();
  for (const item of db.prepare('SELECT * FROM order_items WHERE order_id BETWEEN ? AND ? ORDER BY order_id, item_index').all(lo, hi) as ItemRow[]) {
    if (!ids.has(item.order_id)) continue;
    const list = items.get(item.order_id);
    if (list) list.push(item);
    else items.set(item.order_id, [item]);
  }
  const addresses = new Map<number, AddressRow>();
  for (const address of db.prepare('SELECT * FROM order_addresses WHERE order_id BETWEEN ? AND ?').all(lo, hi) as AddressRow[]) {
    if (ids.has(address.order_id)) addresses.set(address.order_id, address);
  }
  const logistics = new Map<number, LogisticsRow[]>();
  for (const row of db.prepare('SELECT * FROM order_logistics WHERE order_id BETWEEN ? AND ? ORDER BY order_id, item_index').all(lo, hi) as LogisticsRow[]) {
    if (!ids.has(row.order_id)) continue;
    const list = logistics.get(row.order_id);
    if (list) list.push(row);
    else logistics.set(row.order_id, [row]);
  }
  return rows.map((row) => toOrder(row, items.get(row.id) ?? [], addresses.get(row.id), logistics.get(row.id) ?? []));
}

export function getOrder(db: Db, id: number): MarketplaceOrder | null {
  const row = db.prepare('SELECT * FROM marketplace_orders WHERE id = ?').get(id) as OrderRow | undefined;
  return row ? loadOrders(db, [row])[0] : null;
}

export function findOrdersByMarketplaceOrderId(db: Db, marketplaceOrderId: string): MarketplaceOrder[] {
  const rows = db.prepare('SELECT * FROM marketplace_orders WHERE marketplace_order_id = ? ORDER BY id').all(marketplaceOrderId) as OrderRow[];
  return rows.flatMap((row) => loadOrders(db, [row]));
}

/**
 * Every order (or every order of one status) in id order, read in keyset pages: no statement stays
 * open between pages, so callers may write to the mirror while they iterate.
 */
export function* iterateOrders(db: Db, options: { status?: IntegrationStatus } = {}): Generator<MarketplaceOrder> {
  const statement = options.status
    ? // The unary + keeps SQLite on the primary key: a status index would re-sort every page by id.
      db.prepare('SELECT * FROM marketplace_orders WHERE +integration_status = ? AND id > ? ORDER BY id LIMIT ?')
    : db.prepare('SELECT * FROM marketplace_orders WHERE id > ? ORDER BY id LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = (options.status ? statement.all(options.status, after, PAGE) : statement.all(after, PAGE)) as OrderRow[];
    if (rows.length === 0) return;
    yield* loadOrders(db, rows);
    after = rows[rows.length - 1].id;
  }
}

export function countOrders(db: Db, filter: { status?: IntegrationStatus }): number {
  return (
    filter.status
      ? db.prepare('SELECT COUNT(*) FROM marketplace_orders WHERE integration_status = ?').pluck().get(filter.status)
      : db.prepare('SELECT COUNT(*) FROM marketplace_orders').pluck().get()
  ) as number;
}

/** Newest first, a page at a time (the first screen's list). */
export function listOrders(db: Db, options: { status?: IntegrationStatus; limit: number; offset?: number }): OrderSummary[] {
  const rows = (
    options.status
      ? db
          .prepare('SELECT * FROM marketplace_orders WHERE integration_status = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?')
          .all(options.status, options.limit, options.offset ?? 0)
      : db.prepare('SELECT * FROM marketplace_orders ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?').all(options.limit, options.offset ?? 0)
  ) as OrderRow[];
  return rows.map(toSummary);
}

export function listAttempts(db: Db, orderId: number): IntegrationAttempt[] {
  return (db.prepare('SELECT * FROM integration_attempts WHERE order_id = ? ORDER BY attempt').all(orderId) as Parameters<typeof toAttempt>[0][]).map(toAttempt);
}
