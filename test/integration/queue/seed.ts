import { openMirror, type Db } from '../../../src/main/core/db/connection';
import { syncQueueSearch } from '../../../src/main/core/db/repositories/queue-repository';
import type { QueueCriteria } from '../../../src/main/core/db/repositories/queue-repository';

export interface SeedOrder {
  id: number;
  marketplaceOrderId: string;
  affiliateId: string;
  connectorName?: string | null;
  status: 'error' | 'success' | 'pending';
  errorType?: string | null;
  message?: string | null;
  valueCents: number | null;
  createdAt: string | null;
  processedAt: string | null;
  firstName?: string;
  lastName?: string;
  email?: string;
  skuIds: string[];
}

export interface SeedCause {
  code: string;
  key: string;
  skuId?: string;
  tradePolicyId?: string;
  dockId?: string;
  evidence?: Record<string, unknown>;
  fix?: Record<string, unknown>;
}

export function insertOrder(db: Db, order: SeedOrder): void {
  db.prepare(
    `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, connector_name, integration_status, error_type, integration_message,
       payment_value_cents, created_at, processed_at, customer_first_name, customer_last_name, customer_email)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    order.id,
    order.marketplaceOrderId,
    order.affiliateId,
    order.connectorName ?? null,
    order.status,
    order.errorType ?? null,
    order.message ?? null,
    order.valueCents,
    order.createdAt,
    order.processedAt,
    order.firstName ?? null,
    order.lastName ?? null,
    order.email ?? null
  );
  order.skuIds.forEach((skuId, index) =>
    db
      .prepare('INSERT INTO order_items (order_id, item_index, sku_id, quantity, price_cents) VALUES (?, ?, ?, 1, 1000)')
      .run(order.id, index, skuId)
  );
}

export function insertDiagnosis(db: Db, orderId: number, errorType: string, outcome: string, causes: SeedCause[]): void {
  db.prepare(
    `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, top_cause, ran_at, as_of) VALUES (?, ?, 0.9, ?, ?, '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')`
  ).run(orderId, errorType, outcome, causes[0]?.code ?? null);
  causes.forEach((cause, position) =>
    db
      .prepare(
        `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, trade_policy_id, dock_id, evidence_json, fix_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        orderId,
        position,
        cause.code,
        cause.key,
        cause.skuId ?? null,
        cause.tradePolicyId ?? null,
        cause.dockId ?? null,
        JSON.stringify(cause.evidence ?? {}),
        JSON.stringify(cause.fix ?? { kind: 'none', appliesInMirror: false })
      )
  );
}

export const NO_FILTER: QueueCriteria = {
  states: ['open'],
  errorTypes: [],
  causes: [],
  affiliates: [],
  tradePolicies: [],
  search: ''
};

/** Store records every queue test shares: two trade policies, three affiliates, three SKUs. */
export function seedStore(db: Db): void {
  db.exec(`
    INSERT INTO trade_policies (id, name, is_active) VALUES ('1', 'Loja principal', 1), ('2', 'Marketplaces', 1);
    INSERT INTO affiliates (id, name, sales_channel) VALUES ('AMZ', 'Amazon', '1'), ('MLB', 'Mercado Livre', '2'), ('MGZ', 'Magalu', '2');
    INSERT INTO skus (id, product_id, name, is_active, is_product_active, ref_id) VALUES
      ('1003', 'p10', 'Tênis Corrida Azul', 0, 1, 'TEN-1003'),
      ('2001', 'p20', 'Camiseta Básica', 1, 1, 'CAM-2001'),
      ('3005', 'p30', 'Mochila Escolar', 1, 1, 'MOC-3005');
  `);
}

/**
 * A small queue: five failed orders (two AMZ, one MLB, two MGZ), one success, one pending, with
 * diagnoses of every outcome.
 */
export function seedQueue(file = ':memory:'): Db {
  const db = openMirror(file);
  seedStore(db);
  const order = (o: SeedOrder) => insertOrder(db, o);
  order({
    id: 1,
    marketplaceOrderId: '702-1001',
    affiliateId: 'AMZ',
    connectorName: 'Amazon BR',
    status: 'error',
    errorType: 'sla_unavailable',
    message: 'No available SLA for item 1003',
    valueCents: 5000,
    createdAt: '2026-11-01T10:00:00.000Z',
    processedAt: '2026-11-02T10:00:00.000Z',
    firstName: 'José',
    lastName: 'Silva',
    email: 'jose@example.com',
    skuIds: ['1003']
  });
  order({
    id: 2,
    marketplaceOrderId: '702-1002',
    affiliateId: 'AMZ',
    connectorName: 'Amazon BR',
    status: 'error',
    errorType: 'out_of_stock',
    message: 'Item 2001 sem estoque',
    valueCents: 12000,
    createdAt: '2026-11-03T10:00:00.000Z',
    processedAt: '2026-11-03T12:00:00.000Z',
    firstName: 'Maria',
    lastName: 'Souza',
    email: 'maria@example.com',
    skuIds: ['2001', '1003']
  });
  order({
    id: 3,
    marketplaceOrderId: '850-2001',
    affiliateId: 'MLB',
    status: 'error',
    errorType: 'sla_unavailable',
    message: 'No SLA',
    valueCents: 3000,
    createdAt: '2026-11-05T10:00:00.000Z',
    processedAt: '2026-11-06T10:00:00.000Z',
    skuIds: ['3005']
  });
  order({
    id: 4,
    marketplaceOrderId: '850-2002',
    affiliateId: 'MLB',
    status: 'success',
    valueCents: 8000,
    createdAt: '2026-11-02T10:00:00.000Z',
    processedAt: '2026-11-02T11:00:00.000Z',
    skuIds: ['1003']
  });
  order({
    id: 5,
    marketplaceOrderId: '900-3001',
    affiliateId: 'MGZ',
    connectorName: 'Magazine Luiza',
    status: 'error',
    errorType: 'price_divergence',
    message: 'Divergência de preço',
    valueCents: 5000,
    createdAt: '2026-10-20T10:00:00.000Z',
    processedAt: '2026-11-07T10:00:00.000Z',
    skuIds: ['2001']
  });
  order({
    id: 6,
    marketplaceOrderId: '900-3002',
    affiliateId: 'MGZ',
    status: 'error',
    errorType: 'sla_unavailable',
    message: 'No SLA',
    valueCents: null,
    createdAt: '2026-11-04T10:00:00.000Z',
    processedAt: null,
    skuIds: ['1003']
  });
  order({
    id: 7,
    marketplaceOrderId: '702-1003',
    affiliateId: 'AMZ',
    status: 'pending',
    valueCents: 1000,
    createdAt: '2026-11-06T10:00:00.000Z',
    processedAt: '2026-11-06T10:00:00.000Z',
    skuIds: ['3005']
  });
  insertDiagnosis(db, 1, 'sla_unavailable', 'causes', [
    {
      code: 'sku_inactive',
      key: 'sku:1003',
      skuId: '1003',
      evidence: { skuId: '1003', skuName: 'Tênis Corrida Azul' },
      fix: { kind: 'activate_sku', appliesInMirror: true, request: { skuIds: ['1003'] } }
    },
    { code: 'no_dock_for_trade_policy', key: 'tp:1', tradePolicyId: '1' }
  ]);
  insertDiagnosis(db, 2, 'out_of_stock', 'causes', [
    { code: 'insufficient_stock', key: 'sku:2001', skuId: '2001' },
    {
      code: 'sku_inactive',
      key: 'sku:1003',
      skuId: '1003',
      evidence: { skuId: '1003', skuName: 'Tênis Corrida Azul' },
      fix: { kind: 'activate_sku', appliesInMirror: true, request: { skuIds: ['1003'] } }
    }
  ]);
  insertDiagnosis(db, 3, 'sla_unavailable', 'no_cause_found', []);
  insertDiagnosis(db, 5, 'price_divergence', 'causes', [{ code: 'price_divergence_rule_missing', key: '' }]);
  insertDiagnosis(db, 6, 'sla_unavailable', 'insufficient_data', []);
  // What the writer does after every write: reads never catch the search index up themselves.
  syncQueueSearch(db);
  return db;
}
