import type { Affiliate, Sku, TradePolicy } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { bool, statementCache } from './statement-cache';

const sql = statementCache({
  affiliate: `INSERT INTO affiliates (id, name, sales_channel, follow_up_email, minimum_value_cents) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, sales_channel = excluded.sales_channel,
      follow_up_email = excluded.follow_up_email, minimum_value_cents = excluded.minimum_value_cents`,
  tradePolicy: `INSERT INTO trade_policies (id, name, is_active, product_cluster_id, country_code, currency_code) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_active = excluded.is_active, product_cluster_id = excluded.product_cluster_id,
      country_code = excluded.country_code, currency_code = excluded.currency_code`,
  sku: `INSERT INTO skus (id, product_id, name, is_active, is_product_active, product_is_visible, show_if_not_available, ref_id, ean,
      brand_name, has_description, weight_grams, height_cm, width_cm, length_cm)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET product_id = excluded.product_id, name = excluded.name, is_active = excluded.is_active,
      is_product_active = excluded.is_product_active, product_is_visible = excluded.product_is_visible,
      show_if_not_available = excluded.show_if_not_available, ref_id = excluded.ref_id, ean = excluded.ean, brand_name = excluded.brand_name,
      has_description = excluded.has_description, weight_grams = excluded.weight_grams, height_cm = excluded.height_cm,
      width_cm = excluded.width_cm, length_cm = excluded.length_cm`,
  clearSkuPolicies: 'DELETE FROM sku_trade_policies WHERE sku_id = ?',
  skuPolicy: 'INSERT OR IGNORE INTO sku_trade_policies (sku_id, trade_policy_id) VALUES (?, ?)',
  clearSkuCollections: 'DELETE FROM sku_collections WHERE sku_id = ?',
  skuCollection: 'INSERT OR REPLACE INTO sku_collections (sku_id, collection_id, collection_name) VALUES (?, ?, ?)'
});

export function upsertAffiliate(db: Db, a: Affiliate): void {
  sql(db).affiliate.run(a.id, a.name, a.salesChannel, a.followUpEmail, a.minimumValueCents);
}

export function upsertTradePolicy(db: Db, t: TradePolicy): void {
  sql(db).tradePolicy.run(t.id, t.name, bool(t.isActive), t.productClusterId, t.countryCode, t.currencyCode);
}

/** A SKU with its trade policies and collections (replaced as a whole, as VTEX returns them). */
export function upsertSku(db: Db, s: Sku): void {
  const q = sql(db);
  q.sku.run(
    s.id,
    s.productId,
    s.name,
    bool(s.isActive),
    bool(s.isProductActive),
    bool(s.productIsVisible),
    bool(s.showIfNotAvailable),
    s.refId,
    s.ean,
    s.brandName,
    s.hasDescription === null ? null : bool(s.hasDescription),
    s.weightGrams,
    s.heightCm,
    s.widthCm,
    s.lengthCm
  );
  q.clearSkuPolicies.run(s.id);
  for (const policy of s.tradePolicyIds) q.skuPolicy.run(s.id, policy);
  q.clearSkuCollections.run(s.id);
  for (const [id, name] of Object.entries(s.collections)) q.skuCollection.run(s.id, id, name);
}

export function readAffiliates(db: Db): Affiliate[] {
  return (
    db.prepare('SELECT * FROM affiliates').all() as {
      id: string;
      name: string;
      sales_channel: string;
      follow_up_email: string | null;
      minimum_value_cents: number | null;
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    salesChannel: r.sales_channel,
    followUpEmail: r.follow_up_email,
    minimumValueCents: r.minimum_value_cents
  }));
}

export function readTradePolicies(db: Db): TradePolicy[] {
  return (
    db.prepare('SELECT * FROM trade_policies').all() as {
      id: string;
      name: string;
      is_active: number;
      product_cluster_id: string | null;
      country_code: string | null;
      currency_code: string | null;
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    isActive: r.is_active === 1,
    productClusterId: r.product_cluster_id,
    countryCode: r.country_code,
    currencyCode: r.currency_code
  }));
}

interface SkuRow {
  id: string;
  product_id: string;
  name: string;
  is_active: number;
  is_product_active: number;
  product_is_visible: number;
  show_if_not_available: number;
  ref_id: string | null;
  ean: string | null;
  brand_name: string | null;
  has_description: number | null;
  weight_grams: number | null;
  height_cm: number | null;
  width_cm: number | null;
  length_cm: number | null;
}

/** Every SKU with its links, in three whole-table scans. */
export function readSkus(db: Db, where: { ids?: readonly string[] } = {}): Sku[] {
  const filter = where.ids ? `WHERE id IN (${where.ids.map(() => '?').join(',') || 'NULL'})` : '';
  const linkFilter = where.ids ? `WHERE sku_id IN (${where.ids.map(() => '?').join(',') || 'NULL'})` : '';
  const params = where.ids ?? [];
  const policies = new Map<string, string[]>();
  for (const r of db.prepare(`SELECT sku_id, trade_policy_id FROM sku_trade_policies ${linkFilter}`).all(...params) as {
    sku_id: string;
    trade_policy_id: string;
  }[]) {
    const list = policies.get(r.sku_id);
    if (list) list.push(r.trade_policy_id);
    else policies.set(r.sku_id, [r.trade_policy_id]);
  }
  const collections = new Map<string, Record<string, string>>();
  for (const r of db
    .prepare(`SELECT sku_id, collection_id, collection_name FROM sku_collections ${linkFilter}`)
    .all(...params) as { sku_id: string; collection_id: string; collection_name: string }[]) {
    const map = collections.get(r.sku_id) ?? {};
    // Not map[id] = name: a collection id "__proto__" would set the prototype and vanish.
    Object.defineProperty(map, r.collection_id, {
      value: r.collection_name,
      enumerable: true,
      writable: true,
      configurable: true
    });
    collections.set(r.sku_id, map);
  }
  return (db.prepare(`SELECT * FROM skus ${filter}`).all(...params) as SkuRow[]).map((r) => ({
    id: r.id,
    productId: r.product_id,
    name: r.name,
    isActive: r.is_active === 1,
    isProductActive: r.is_product_active === 1,
    productIsVisible: r.product_is_visible === 1,
    showIfNotAvailable: r.show_if_not_available === 1,
    refId: r.ref_id,
    ean: r.ean,
    brandName: r.brand_name,
    hasDescription: r.has_description === null ? null : r.has_description === 1,
    weightGrams: r.weight_grams,
    heightCm: r.height_cm,
    widthCm: r.width_cm,
    lengthCm: r.length_cm,
    tradePolicyIds: policies.get(r.id) ?? [],
    collections: collections.get(r.id) ?? {}
  }));
}
