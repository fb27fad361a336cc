import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { recordImportedKinds } from '../../../src/main/core/db/repositories/store-kinds-repository';
import { STORE_KINDS } from '../../../src/main/core/model/store-data';
import type { EventSink } from '../../../src/main/core/ports';
import type { CoreDeps } from '../../../src/main/core/services/deps';
import { runDiagnosis } from '../../../src/main/core/services/diagnosis-runner';
import type { ApiEventName, ApiEvents } from '../../../src/shared/api';

export const NOW = new Date('2026-11-22T12:00:00.000Z');

export interface OrderSeed {
  id: number;
  marketplaceOrderId: string;
  affiliateId?: string;
  status?: 'error' | 'success' | 'pending';
  message: string | null;
  items: { skuId: string; quantity: number; priceCents: number }[];
  postalCode?: string | null;
  document?: string;
  phone?: string;
  /** The carrier on the order's logistics; Correios (the ERP's) unless a test names another. */
  courier?: string;
}

/**
 * A small store: trade policy 1 (Amazon's) served by the active dock D1 from warehouse WH1, an
 * inactive dock D2 that also lists it, and SKUs in the states the fixes change.
 */
function seedStore(db: Db): void {
  db.exec(`
    INSERT INTO mirror_meta (key, value) VALUES ('account', 'mystore'), ('initialised', 'true');
    INSERT INTO affiliates (id, name, sales_channel) VALUES ('AMZ', 'Amazon', '1'), ('MLB', 'Mercado Livre', '2');
    INSERT INTO trade_policies (id, name, is_active) VALUES ('1', 'Amazon', 1), ('2', 'Mercado Livre', 1), ('3', 'Outlet', 1);
    INSERT INTO skus (id, product_id, name, is_active, is_product_active, weight_grams, height_cm, width_cm, length_cm, ean, brand_name) VALUES
      ('1001', '10', 'Camiseta P', 1, 1, 300, 5, 20, 30, '7890000000011', 'Loja Demo'),
      ('1002', '20', 'Tênis 42', 0, 1, 900, 12, 20, 32, '7890000000028', 'Loja Demo'),
      ('1003', '30', 'Boné', 1, 1, 200, 10, 20, 20, '7890000000035', 'Loja Demo'),
      ('1004', '30', 'Boné Azul', 1, 1, 200, 10, 20, 20, '7890000000042', 'Loja Demo'),
      ('1005', '50', 'Meia', 1, 1, 100, 2, 10, 10, '7890000000059', 'Loja Demo'),
      ('1006', '60', 'Bolsa', 1, 0, 500, 10, 30, 30, '7890000000066', 'Loja Demo');
    INSERT INTO sku_trade_policies (sku_id, trade_policy_id) VALUES
      ('1001', '1'), ('1002', '1'), ('1003', '2'), ('1004', '2'), ('1005', '1'), ('1006', '1');
    INSERT INTO sku_collections (sku_id, collection_id, collection_name) VALUES ('1001', '137', 'Verão');
    INSERT INTO warehouses (id, name, is_active) VALUES ('WH1', 'Principal', 1), ('WH2', 'Reserva', 1);
    INSERT INTO warehouse_docks (warehouse_id, dock_id, time, cost_cents) VALUES ('WH1', 'D1', '0.00:00:00', 0), ('WH2', 'D2', '0.00:00:00', 0);
    INSERT INTO docks (id, name, is_active, priority) VALUES ('D1', 'Doca SP', 1, 0), ('D2', 'Doca RJ', 0, 1), ('D3', 'Doca MG', 1, 2);
    INSERT INTO dock_trade_policies (dock_id, trade_policy_id) VALUES ('D1', '1'), ('D1', '2'), ('D2', '1');
    INSERT INTO dock_shipping_policies (dock_id, shipping_policy_id) VALUES ('D1', 'SP1'), ('D2', 'SP1'), ('D3', 'SP2');
    INSERT INTO shipping_policies (id, name, shipping_method, is_active, delivery_channel) VALUES
      ('SP1', 'Normal', 'Normal', 1, 'delivery'), ('SP2', 'Expressa', 'Expressa', 0, 'delivery');
    INSERT INTO freight_values (shipping_policy_id, zip_code_start, zip_code_end, weight_start, weight_end, cost_cents, time_cost, country) VALUES
      ('SP1', '01000000', '99999999', 0, 100000, 1500, '2.00:00:00', 'BRA'),
      ('SP2', '01000000', '99999999', 0, 100000, 3000, '1.00:00:00', 'BRA');
    INSERT INTO inventory (sku_id, warehouse_id, warehouse_name, total_quantity, reserved_quantity, has_unlimited_quantity) VALUES
      ('1001', 'WH1', 'Principal', 50, 0, 0), ('1002', 'WH1', 'Principal', 50, 0, 0), ('1003', 'WH1', 'Principal', 50, 0, 0),
      ('1004', 'WH1', 'Principal', 50, 0, 0), ('1005', 'WH1', 'Principal', 0, 0, 0), ('1006', 'WH1', 'Principal', 50, 0, 0);
    INSERT INTO prices (sku_id, base_price_cents, list_price_cents) VALUES
      ('1001', 4990, NULL), ('1002', 29990, NULL), ('1003', 5990, NULL), ('1004', 5990, NULL), ('1005', 1990, NULL), ('1006', 15990, NULL);
    INSERT INTO fixed_prices (sku_id, position, trade_policy_id, value_cents, min_quantity, date_from, date_to) VALUES
      ('1006', 0, '2', 14990, 1, '2026-01-01T00:00:00.000Z', '2026-06-30T23:59:59.000Z');
    INSERT INTO price_divergence_rules (position, from_percent, to_percent, action) VALUES (0, 0, 5, 'authorize');
    INSERT INTO erp_carriers (name) VALUES ('Correios');
    INSERT INTO xml_integrations (name, sales_channel, show_unavailable_skus) VALUES ('Google Shopping', '1', 0);
  `);
  // The store above is whole, as an import of every file would leave it: a record it lacks is a finding.
  recordImportedKinds(db, STORE_KINDS, []);
}

export function insertOrder(db: Db, seed: OrderSeed): void {
  const status = seed.status ?? 'error';
  const value = seed.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0) + 1500;
  db.prepare(
    `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, connector_name, marketplace_order_status, payment_value_cents,
       created_at, customer_email, customer_first_name, customer_last_name, customer_phone, customer_document, customer_document_type,
       integration_status, integration_message, processed_at, attempts, vtex_order_id)
     VALUES (@id, @mpo, @affiliate, 'Amazon', 'approved', @value, '2026-11-20T10:00:00.000Z', 'ana@example.com', 'Ana', 'Souza',
       @phone, @document, 'cpf', @status, @message, '2026-11-20T10:05:00.000Z', 1, @vtex)`
  ).run({
    id: seed.id,
    mpo: seed.marketplaceOrderId,
    affiliate: seed.affiliateId ?? 'AMZ',
    value,
    phone: seed.phone ?? '+5511987654321',
    document: seed.document ?? '52998224725',
    status,
    message: seed.message,
    vtex: status === 'success' ? `1000000000${seed.id}-01` : null
  });
  seed.items.forEach((item, index) => {
    db.prepare('INSERT INTO order_items (order_id, item_index, sku_id, quantity, price_cents) VALUES (?, ?, ?, ?, ?)').run(
      seed.id,
      index,
      item.skuId,
      item.quantity,
      item.priceCents
    );
    db.prepare(
      `INSERT INTO order_logistics (order_id, item_index, selected_sla, delivery_channel, price_cents, courier_name)
       VALUES (?, ?, 'Normal', 'delivery', ?, ?)`
    ).run(seed.id, index, index === 0 ? 1500 : 0, seed.courier ?? 'Correios');
  });
  db.prepare(
    `INSERT INTO order_addresses (order_id, address_type, receiver_name, postal_code, city, state, country, street, number)
     VALUES (?, 'residential', 'Ana Souza', ?, 'São Paulo', 'SP', 'BRA', 'Av. Paulista', '1000')`
  ).run(seed.id, seed.postalCode === undefined ? '01310100' : seed.postalCode);
  db.prepare(
    `INSERT INTO integration_attempts (order_id, attempt, status, message, processed_at, source, vtex_order_id)
     VALUES (?, 1, ?, ?, '2026-11-20T10:05:00.000Z', 'import', NULL)`
  ).run(seed.id, status, seed.message);
}

export const MESSAGES = {
  skuUnavailable: 'Order with SKU inactive or out of sales channel',
  outOfStock: 'Order with SKU out of stock',
  noSla: 'No available sla to deliver this order',
  duplicate: 'The request order with marketplace order id 702-0000003-0000003 for affiliate AMZ already exists'
};

/** The deps a test drives the core with: a fixed clock, and every event kept. */
/** A failed order on SKU 1002 (Tênis 42), inactive in the seeded catalog. */
export function inactiveSkuOrder(id: number, marketplaceOrderId: string): OrderSeed {
  return { id, marketplaceOrderId, message: MESSAGES.skuUnavailable, items: [{ skuId: '1002', quantity: 1, priceCents: 29990 }] };
}

/** A failed order on SKU 1005, out of stock in the seeded inventory. */
export function outOfStockOrder(id: number, marketplaceOrderId: string): OrderSeed {
  return { id, marketplaceOrderId, message: MESSAGES.outOfStock, items: [{ skuId: '1005', quantity: 2, priceCents: 1990 }] };
}

/** The two failed orders most fix tests start from: 1 on an inactive SKU, 2 out of stock. */
export const SKU_AND_STOCK_ORDERS: readonly OrderSeed[] = [
  inactiveSkuOrder(1, '702-0000001-0000001'),
  outOfStockOrder(2, '702-0000002-0000002')
];

export function testDeps(db: Db): CoreDeps & { emitted: { event: ApiEventName; payload: unknown }[] } {
  const emitted: { event: ApiEventName; payload: unknown }[] = [];
  const events: EventSink = {
    emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]) {
      emitted.push({ event, payload });
    }
  };
  return {
    db,
    dbPath: ':memory:',
    transport: 'browser',
    appVersion: 'test',
    clock: { now: () => NOW },
    actor: 'agent.ana',
    events,
    demoSnapshotDir: '',
    emitted
  };
}

/** A mirror with the store above and the given orders, diagnosed. */
export function seededMirror(orders: readonly OrderSeed[]): Db {
  const db = openMirror(':memory:');
  seedStore(db);
  for (const order of orders) insertOrder(db, order);
  runDiagnosis(db, { now: NOW });
  return db;
}

export function topCause(db: Db, orderId: number): string | null {
  return (
    (db.prepare('SELECT top_cause FROM diagnoses WHERE order_id = ?').pluck().get(orderId) as string | null | undefined) ?? null
  );
}

export function outcomeOf(db: Db, orderId: number): string | null {
  return (db.prepare('SELECT outcome FROM diagnoses WHERE order_id = ?').pluck().get(orderId) as string | undefined) ?? null;
}
