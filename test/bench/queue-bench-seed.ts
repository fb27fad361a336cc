import { CAUSE_CODES, ERROR_TYPES } from '../../src/shared/domain/error-types';
import type { Db } from '../../src/main/core/db/connection';

/*
 * A large mirror for the queue benchmark, written with direct INSERTs in one transaction. The
 * distribution is skewed like a real store's: a few error types and causes dominate, SKUs repeat,
 * most orders in the mirror are failed ones.
 */

const AFFILIATES = ['AMZ', 'MLB', 'MGZ', 'CRF', 'NET', 'SHP', 'AME', 'B2W', 'VIA', 'OLX'];
const CONNECTORS = ['Amazon', 'Mercado Livre', 'Magalu', 'Carrefour', 'Netshoes', 'Shopee', 'Americanas', 'B2W', 'Via', 'OLX'];
const NOUNS = [
  'Tênis',
  'Camiseta',
  'Calça',
  'Sandália',
  'Mochila',
  'Relógio',
  'Óculos',
  'Jaqueta',
  'Bermuda',
  'Meia',
  'Boné',
  'Vestido'
];
const ADJECTIVES = ['Esportivo', 'Clássico', 'Básico', 'Térmico', 'Confortável', 'Casual', 'Premium', 'Leve'];
const COLOURS = ['Azul', 'Preto', 'Branco', 'Vermelho', 'Verde', 'Cinza', 'Amarelo', 'Rosa'];
const FIRST = ['João', 'Maria', 'José', 'Ana', 'Antônio', 'Francisca', 'Luís', 'Júlia', 'Márcio', 'Cecília'];
const LAST = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Conceição', 'Araújo', 'Gonçalves', 'Lima'];
const OUTCOMES = ['causes', 'causes', 'causes', 'causes', 'causes', 'causes', 'no_cause_found', 'insufficient_data'] as const;

export const BENCH_SIZES = { orders: 1_000_000, skus: 5000, errorTypes: 20, causeCodes: 40 };

/** A small deterministic generator, so two runs time the same mirror. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index skewed towards 0: the first values are far more common than the last. */
const skewed = (next: () => number, size: number) => Math.floor(size * next() ** 2);
const pick = <T>(next: () => number, values: readonly T[]) => values[Math.floor(next() * values.length)];

export const skuName = (index: number) =>
  `${NOUNS[index % NOUNS.length]} ${ADJECTIVES[Math.floor(index / NOUNS.length) % ADJECTIVES.length]} ${COLOURS[index % COLOURS.length]} ${34 + (index % 12)}`;

export const marketplaceOrderId = (index: number) => `${702 + (index % 7)}-${String(10_000_000 + index)}`;

export function seedBenchMirror(db: Db, orders = BENCH_SIZES.orders): void {
  const next = random(20261120);
  const errorTypes = ERROR_TYPES.slice(0, BENCH_SIZES.errorTypes);
  const causeCodes = CAUSE_CODES.slice(0, BENCH_SIZES.causeCodes);
  const base = Date.parse('2026-08-01T00:00:00.000Z');
  db.transaction(() => {
    const policy = db.prepare('INSERT INTO trade_policies (id, name, is_active) VALUES (?, ?, 1)');
    for (let p = 1; p <= 5; p++) policy.run(String(p), `Política ${p}`);
    const affiliate = db.prepare('INSERT INTO affiliates (id, name, sales_channel) VALUES (?, ?, ?)');
    AFFILIATES.forEach((id, index) => affiliate.run(id, CONNECTORS[index], String(1 + (index % 5))));
    const sku = db.prepare(
      'INSERT INTO skus (id, product_id, name, is_active, is_product_active, ref_id) VALUES (?, ?, ?, 1, 1, ?)'
    );
    for (let s = 0; s < BENCH_SIZES.skus; s++) sku.run(String(1000 + s), String(100 + Math.floor(s / 4)), skuName(s), `REF-${s}`);

    const order = db.prepare(
      `INSERT INTO marketplace_orders (id, marketplace_order_id, affiliate_id, connector_name, payment_value_cents, created_at, processed_at,
         customer_email, customer_first_name, customer_last_name, integration_status, integration_message, error_type, attempts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    );
    const item = db.prepare(
      'INSERT INTO order_items (order_id, item_index, sku_id, quantity, price_cents) VALUES (?, ?, ?, ?, ?)'
    );
    const diagnosis = db.prepare(
      `INSERT INTO diagnoses (order_id, error_type, confidence, outcome, top_cause, ran_at, as_of) VALUES (?, ?, 0.9, ?, ?, '2026-11-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z')`
    );
    const cause = db.prepare(
      `INSERT INTO diagnosis_causes (order_id, position, code, group_key, sku_id, trade_policy_id, evidence_json, fix_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    );
    for (let id = 1; id <= orders; id++) {
      const a = skewed(next, AFFILIATES.length);
      const created = base + Math.floor(next() * 90 * 86_400_000);
      const roll = next();
      const status = roll < 0.85 ? 'error' : roll < 0.95 ? 'success' : 'pending';
      const errorType = status === 'error' ? errorTypes[skewed(next, errorTypes.length)] : null;
      const skus = Array.from({ length: 1 + Math.floor(next() * next() * 3) }, () =>
        String(1000 + skewed(next, BENCH_SIZES.skus))
      );
      const first = pick(next, FIRST);
      const last = pick(next, LAST);
      order.run(
        id,
        marketplaceOrderId(id),
        AFFILIATES[a],
        CONNECTORS[a],
        1000 + Math.floor(next() * 500_000),
        new Date(created).toISOString(),
        new Date(created + Math.floor(next() * 72 * 3_600_000)).toISOString(),
        `${first.toLowerCase()}.${last.toLowerCase()}${id % 1000}@example.com`,
        first,
        last,
        status,
        errorType ? `${errorType.replace(/_/g, ' ')}: item ${skus[0]} could not be integrated` : null,
        errorType,
        1 + Math.floor(next() * 4)
      );
      skus.forEach((skuId, index) => item.run(id, index, skuId, 1 + Math.floor(next() * 3), 1000 + Math.floor(next() * 20_000)));
      if (!errorType) continue;
      const outcome = pick(next, OUTCOMES);
      const codes =
        outcome === 'causes'
          ? Array.from({ length: 1 + Math.floor(next() * next() * 2.5) }, () => causeCodes[skewed(next, causeCodes.length)])
          : [];
      diagnosis.run(id, errorType, outcome, codes[0] ?? null);
      codes.forEach((code, position) => {
        const skuId = skus[position % skus.length];
        const tradePolicy = String(1 + (a % 5));
        cause.run(
          id,
          position,
          code,
          `sku:${skuId}|tp:${tradePolicy}`,
          skuId,
          tradePolicy,
          `{"skuId":"${skuId}"}`,
          `{"kind":"activate_sku","appliesInMirror":true,"request":{"skuIds":["${skuId}"]}}`
        );
      });
    }
  })();
}
