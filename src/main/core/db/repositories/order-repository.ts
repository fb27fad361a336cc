import type { IntegrationAttempt, IntegrationStatus, MarketplaceOrder } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { addressFromRaw, itemFromRaw, logisticsFromRaw, orderFromRaw, ORDER_READ_COLUMNS, toAttempt } from './order-rows';
import { statementCache } from './statement-cache';
import { deskReplayAttempts } from './replay-repository';

export { upsertMarketplaceOrder, applyAdminExportRow, type NewMarketplaceOrder, type AdminExportRow } from './order-writes';

const PAGE = 2_000;

type Raw = unknown[];

/** The orders a read takes, by mirror id: a JSON array bound as one parameter. */
const PAGE_IDS = 'json_each(?) AS page';

/*
 * Rows are read as raw arrays: a million-order diagnosis reads millions of them, and arrays skip
 * building a keyed object per row only to copy it into the model. Children are looked up by the
 * ids of the page's orders rather than scanned by id range: failed orders are about four in ten,
 * and a range scan would read the children of the others too (200k failed orders of a 1M mirror:
 * range scans 3.5–5.1 s, joins re-filtering the orders 2.6–3.1 s, ids 1.7–1.8 s).
 */
const statements = statementCache({
  // The unary + keeps SQLite on the primary key: a status index would re-sort every page by id.
  page: `SELECT ${ORDER_READ_COLUMNS} FROM marketplace_orders o
    WHERE o.id > @after AND (@status IS NULL OR +o.integration_status = @status) ORDER BY o.id LIMIT @limit`,
  byId: `SELECT ${ORDER_READ_COLUMNS} FROM marketplace_orders o WHERE o.id = ?`,
  byMarketplaceOrderId: `SELECT ${ORDER_READ_COLUMNS} FROM marketplace_orders o WHERE o.marketplace_order_id = ? ORDER BY o.id`,
  items: `SELECT i.order_id, i.sku_id, i.quantity, i.price_cents
    FROM ${PAGE_IDS} JOIN order_items i ON i.order_id = page.value ORDER BY i.order_id, i.item_index`,
  addresses: `SELECT a.order_id, a.address_type, a.receiver_name, a.postal_code, a.city, a.state, a.country, a.street, a.number,
      a.complement, a.neighborhood, a.longitude, a.latitude
    FROM ${PAGE_IDS} JOIN order_addresses a ON a.order_id = page.value`,
  logistics: `SELECT l.order_id, l.item_index, l.selected_sla, l.delivery_channel, l.price_cents, l.lock_ttl, l.shipping_estimate,
      l.courier_name, l.warehouse_id, l.dock_id
    FROM ${PAGE_IDS} JOIN order_logistics l ON l.order_id = page.value ORDER BY l.order_id, l.item_index`
});

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

/** Orders from their rows and their children, three look-ups for the whole set. */
function loadOrders(db: Db, rows: Raw[]): MarketplaceOrder[] {
  if (rows.length === 0) return [];
  const s = statements(db);
  const ids = JSON.stringify(rows.map((row) => row[0]));
  const items = byOrder(s.items.raw().all(ids) as Raw[]);
  const addresses = byOrder(s.addresses.raw().all(ids) as Raw[]);
  const logistics = byOrder(s.logistics.raw().all(ids) as Raw[]);
  return rows.map((row) => {
    const id = row[0] as number;
    const address = addresses.get(id);
    return orderFromRaw(
      row,
      (items.get(id) ?? []).map(itemFromRaw),
      address ? addressFromRaw(address[0]) : null,
      (logistics.get(id) ?? []).map(logisticsFromRaw)
    );
  });
}

export function getOrder(db: Db, id: number): MarketplaceOrder | null {
  const row = statements(db).byId.raw().get(id) as Raw | undefined;
  return row ? loadOrders(db, [row])[0] : null;
}

export function findOrdersByMarketplaceOrderId(db: Db, marketplaceOrderId: string): MarketplaceOrder[] {
  const rows = statements(db).byMarketplaceOrderId.raw().all(marketplaceOrderId) as Raw[];
  return loadOrders(db, rows);
}

/**
 * Every order (or every order of one status) in id order, read in keyset pages: no statement stays
 * open between pages, so callers may write to the mirror while they iterate.
 */
export function* iterateOrders(db: Db, options: { status?: IntegrationStatus } = {}): Generator<MarketplaceOrder> {
  for (const page of iterateOrderPages(db, options)) yield* page;
}

/** The orders as `iterateOrders` reads them, a page at a time. */
export function* iterateOrderPages(db: Db, options: { status?: IntegrationStatus } = {}): Generator<MarketplaceOrder[]> {
  let after = 0;
  for (;;) {
    const page = readOrderPage(db, after, options.status);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].id;
  }
}

/** The page of orders (of one status) that follows the mirror id `after`, in id order. */
export function readOrderPage(db: Db, after: number, status?: IntegrationStatus, limit = PAGE): MarketplaceOrder[] {
  return loadOrders(
    db,
    statements(db)
      .page.raw()
      .all({ after, status: status ?? null, limit }) as Raw[]
  );
}

/**
 * How many orders have the status, and where each of their pages starts: the id each page follows
 * (0 for the first), so that several threads can each load any page with readOrderPage, in any order.
 */
export function orderPageStarts(db: Db, status: IntegrationStatus, limit = PAGE): { orders: number; starts: number[] } {
  const lasts = db
    .prepare(
      `SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM marketplace_orders WHERE +integration_status = ?)
        WHERE n % ? = 0 ORDER BY id`
    )
    .pluck()
    .all(status, limit) as number[];
  const orders = db
    .prepare('SELECT COUNT(*) FROM marketplace_orders WHERE +integration_status = ?')
    .pluck()
    .get(status) as number;
  const starts = [0, ...lasts];
  // The last full page's end starts no page when nothing follows it.
  return { orders, starts: orders % limit === 0 ? starts.slice(0, -1) : starts };
}

export function listAttempts(db: Db, orderId: number): IntegrationAttempt[] {
  const desk = deskReplayAttempts(db, orderId);
  return (
    db.prepare('SELECT * FROM integration_attempts WHERE order_id = ? ORDER BY attempt').all(orderId) as Parameters<
      typeof toAttempt
    >[0][]
  )
    .map(toAttempt)
    .map((attempt) =>
      attempt.source === 'reprocess' && desk.has(attempt.attempt) ? { ...attempt, source: 'desk-replay' } : attempt
    );
}
