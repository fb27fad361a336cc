import type { IntegrationAttempt, IntegrationStatus, MarketplaceOrder } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { addressFromRaw, itemFromRaw, logisticsFromRaw, toAttempt, toOrder, type OrderRow } from './order-rows';

export { upsertMarketplaceOrder, applyAdminExportRow, type NewMarketplaceOrder, type AdminExportRow } from './order-writes';

const PAGE = 2_000;

type Raw = unknown[];

function byOrder(rows: Raw[]): Map<number, Raw[]> {
  const map = new Map<number, Raw[]>();
  for (const row of rows) {
    const id = row[0] as number;
    const list = map.get(id);
    if (list) list.push(row);
    else map.set(id, [row]);
  }
  return map;
}

const CHILD_SQL = {
  items: 'SELECT order_id, sku_id, quantity, price_cents FROM order_items WHERE order_id BETWEEN ? AND ? ORDER BY order_id, item_index',
  addresses: `SELECT order_id, address_type, receiver_name, postal_code, city, state, country, street, number, complement, neighborhood, longitude, latitude
    FROM order_addresses WHERE order_id BETWEEN ? AND ?`,
  logistics: `SELECT order_id, item_index, selected_sla, delivery_channel, price_cents, lock_ttl, shipping_estimate, courier_name, warehouse_id, dock_id
    FROM order_logistics WHERE order_id BETWEEN ? AND ? ORDER BY order_id, item_index`
};

/**
 * Children of a page of orders, three range scans for the whole page, read as raw arrays: a
 * million-order diagnosis reads millions of child rows, and arrays skip building keyed objects.
 */
function loadOrders(db: Db, rows: OrderRow[]): MarketplaceOrder[] {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const lo = Math.min(...ids);
  const hi = Math.max(...ids);
  const items = byOrder(db.prepare(CHILD_SQL.items).raw().all(lo, hi) as Raw[]);
  const addresses = byOrder(db.prepare(CHILD_SQL.addresses).raw().all(lo, hi) as Raw[]);
  const logistics = byOrder(db.prepare(CHILD_SQL.logistics).raw().all(lo, hi) as Raw[]);
  return rows.map((row) =>
    toOrder(
      row,
      (items.get(row.id) ?? []).map(itemFromRaw),
      addresses.get(row.id)?.map(addressFromRaw)[0] ?? null,
      (logistics.get(row.id) ?? []).map(logisticsFromRaw)
    )
  );
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

export function listAttempts(db: Db, orderId: number): IntegrationAttempt[] {
  return (db.prepare('SELECT * FROM integration_attempts WHERE order_id = ? ORDER BY attempt').all(orderId) as Parameters<typeof toAttempt>[0][]).map(toAttempt);
}
