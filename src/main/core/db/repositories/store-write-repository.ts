import type { PriceDivergenceAction } from '../../../../shared/domain/model';
import type { Db } from '../connection';

/*
 * The few store records a fix reads and writes, one row at a time. Bulk reads for the rules engine
 * live in the store-data repositories; these serve the mirror gateway and the local reprocess.
 */

export interface SkuRow {
  id: string;
  productId: string;
  name: string;
  isActive: boolean;
  isProductActive: boolean;
}

export interface InventoryRow {
  totalQuantity: number;
  reservedQuantity: number;
  hasUnlimitedQuantity: boolean;
}

export interface FixedPriceRow {
  position: number;
  valueCents: number;
  minQuantity: number;
  dateFrom: string | null;
  dateTo: string | null;
}

type RawSku = { id: string; product_id: string; name: string; is_active: number; is_product_active: number };

const toSku = (row: RawSku): SkuRow => ({
  id: row.id,
  productId: row.product_id,
  name: row.name,
  isActive: row.is_active === 1,
  isProductActive: row.is_product_active === 1
});

export function findSku(db: Db, id: string): SkuRow | null {
  const row = db.prepare('SELECT id, product_id, name, is_active, is_product_active FROM skus WHERE id = ?').get(id) as
    RawSku | undefined;
  return row ? toSku(row) : null;
}

export function skusOfProduct(db: Db, productId: string): SkuRow[] {
  return (
    db
      .prepare('SELECT id, product_id, name, is_active, is_product_active FROM skus WHERE product_id = ? ORDER BY id')
      .all(productId) as RawSku[]
  ).map(toSku);
}

export function activateSku(db: Db, id: string): void {
  db.prepare('UPDATE skus SET is_active = 1 WHERE id = ?').run(id);
}

export function activateProduct(db: Db, productId: string): void {
  db.prepare('UPDATE skus SET is_product_active = 1 WHERE product_id = ?').run(productId);
}

export function skuTradePolicyIds(db: Db, skuId: string): string[] {
  return db
    .prepare('SELECT trade_policy_id FROM sku_trade_policies WHERE sku_id = ? ORDER BY trade_policy_id')
    .pluck()
    .all(skuId) as string[];
}

export function linkSkuTradePolicy(db: Db, skuId: string, tradePolicyId: string): void {
  db.prepare('INSERT OR IGNORE INTO sku_trade_policies (sku_id, trade_policy_id) VALUES (?, ?)').run(skuId, tradePolicyId);
}

export function skuCollectionIds(db: Db, skuId: string): string[] {
  return db
    .prepare('SELECT collection_id FROM sku_collections WHERE sku_id = ? ORDER BY collection_id')
    .pluck()
    .all(skuId) as string[];
}

/** The collection's name as another SKU records it; null when no SKU is in it yet. */
export function collectionName(db: Db, collectionId: string): string | null {
  return (
    (db.prepare('SELECT collection_name FROM sku_collections WHERE collection_id = ? LIMIT 1').pluck().get(collectionId) as
      string | undefined) ?? null
  );
}

export function addSkuToCollection(db: Db, skuId: string, collectionId: string, name: string): void {
  db.prepare('INSERT OR IGNORE INTO sku_collections (sku_id, collection_id, collection_name) VALUES (?, ?, ?)').run(
    skuId,
    collectionId,
    name
  );
}

/**
 * A trade policy the mirror knows: listed in the sales channels, or named by an affiliate, a dock
 * or a SKU (snapshots without a sales-channels file still name their policies there). Its name when known.
 */
export function knownTradePolicy(db: Db, id: string): { id: string; name: string | null } | null {
  const named = db.prepare('SELECT name FROM trade_policies WHERE id = ?').pluck().get(id) as string | undefined;
  if (named !== undefined) return { id, name: named };
  const referenced = db
    .prepare(
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM affiliates WHERE sales_channel = @id)
          OR EXISTS (SELECT 1 FROM dock_trade_policies WHERE trade_policy_id = @id)
          OR EXISTS (SELECT 1 FROM sku_trade_policies WHERE trade_policy_id = @id)`
    )
    .get({ id });
  return referenced ? { id, name: null } : null;
}

export function findWarehouse(db: Db, id: string): { id: string; name: string } | null {
  return (db.prepare('SELECT id, name FROM warehouses WHERE id = ?').get(id) as { id: string; name: string } | undefined) ?? null;
}

export function findInventory(db: Db, skuId: string, warehouseId: string): InventoryRow | null {
  const row = db
    .prepare(
      'SELECT total_quantity, reserved_quantity, has_unlimited_quantity FROM inventory WHERE sku_id = ? AND warehouse_id = ?'
    )
    .get(skuId, warehouseId) as { total_quantity: number; reserved_quantity: number; has_unlimited_quantity: number } | undefined;
  return row
    ? {
        totalQuantity: row.total_quantity,
        reservedQuantity: row.reserved_quantity,
        hasUnlimitedQuantity: row.has_unlimited_quantity === 1
      }
    : null;
}

/** Sets a balance's total (and unlimited flag), creating the balance with nothing reserved when absent. */
export function writeInventory(
  db: Db,
  balance: { skuId: string; warehouseId: string; warehouseName: string | null; totalQuantity: number; unlimited: boolean }
): void {
  db.prepare(
    `INSERT INTO inventory (sku_id, warehouse_id, warehouse_name, total_quantity, reserved_quantity, has_unlimited_quantity)
     VALUES (@skuId, @warehouseId, @warehouseName, @totalQuantity, 0, @unlimited)
     ON CONFLICT (sku_id, warehouse_id) DO UPDATE SET total_quantity = excluded.total_quantity, has_unlimited_quantity = excluded.has_unlimited_quantity`
  ).run({ ...balance, unlimited: balance.unlimited ? 1 : 0 });
}

export function findDock(db: Db, id: string): { id: string; name: string; isActive: boolean } | null {
  const row = db.prepare('SELECT id, name, is_active FROM docks WHERE id = ?').get(id) as
    { id: string; name: string; is_active: number } | undefined;
  return row ? { id: row.id, name: row.name, isActive: row.is_active === 1 } : null;
}

export function dockTradePolicyIds(db: Db, dockId: string): string[] {
  return db
    .prepare('SELECT trade_policy_id FROM dock_trade_policies WHERE dock_id = ? ORDER BY trade_policy_id')
    .pluck()
    .all(dockId) as string[];
}

export function linkDockTradePolicy(db: Db, dockId: string, tradePolicyId: string): void {
  db.prepare('INSERT OR IGNORE INTO dock_trade_policies (dock_id, trade_policy_id) VALUES (?, ?)').run(dockId, tradePolicyId);
}

export function activateDock(db: Db, id: string): void {
  db.prepare('UPDATE docks SET is_active = 1 WHERE id = ?').run(id);
}

export function findShippingPolicy(db: Db, id: string): { id: string; name: string; isActive: boolean } | null {
  const row = db.prepare('SELECT id, name, is_active FROM shipping_policies WHERE id = ?').get(id) as
    { id: string; name: string; is_active: number } | undefined;
  return row ? { id: row.id, name: row.name, isActive: row.is_active === 1 } : null;
}

export function activateShippingPolicy(db: Db, id: string): void {
  db.prepare('UPDATE shipping_policies SET is_active = 1 WHERE id = ?').run(id);
}

/** Trade policies served by the active and inactive docks that carry a shipping policy. */
export function tradePoliciesOfShippingPolicy(db: Db, shippingPolicyId: string): string[] {
  return db
    .prepare(
      `SELECT DISTINCT t.trade_policy_id FROM dock_shipping_policies s JOIN dock_trade_policies t ON t.dock_id = s.dock_id
        WHERE s.shipping_policy_id = ? ORDER BY t.trade_policy_id`
    )
    .pluck()
    .all(shippingPolicyId) as string[];
}

export function fixedPricesFor(db: Db, skuId: string, tradePolicyId: string): FixedPriceRow[] {
  return (
    db
      .prepare(
        `SELECT position, value_cents, min_quantity, date_from, date_to FROM fixed_prices
          WHERE sku_id = ? AND trade_policy_id = ? ORDER BY position`
      )
      .all(skuId, tradePolicyId) as {
      position: number;
      value_cents: number;
      min_quantity: number;
      date_from: string | null;
      date_to: string | null;
    }[]
  ).map((row) => ({
    position: row.position,
    valueCents: row.value_cents,
    minQuantity: row.min_quantity,
    dateFrom: row.date_from,
    dateTo: row.date_to
  }));
}

/** Replaces the trade policy's single-unit fixed prices with one price (the row `prices` gains it if new). */
export function replaceFixedPrice(
  db: Db,
  price: { skuId: string; tradePolicyId: string; valueCents: number; dateFrom: string | null; dateTo: string | null }
): void {
  db.prepare('INSERT OR IGNORE INTO prices (sku_id, base_price_cents, list_price_cents) VALUES (?, NULL, NULL)').run(price.skuId);
  db.prepare('DELETE FROM fixed_prices WHERE sku_id = ? AND trade_policy_id = ? AND min_quantity = 1').run(
    price.skuId,
    price.tradePolicyId
  );
  const position = db
    .prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM fixed_prices WHERE sku_id = ?')
    .pluck()
    .get(price.skuId) as number;
  db.prepare(
    `INSERT INTO fixed_prices (sku_id, position, trade_policy_id, value_cents, list_price_cents, min_quantity, date_from, date_to)
     VALUES (@skuId, @position, @tradePolicyId, @valueCents, NULL, 1, @dateFrom, @dateTo)`
  ).run({ ...price, position });
}

export function setFixedPriceDateTo(db: Db, skuId: string, position: number, dateTo: string): void {
  db.prepare('UPDATE fixed_prices SET date_to = ? WHERE sku_id = ? AND position = ?').run(dateTo, skuId, position);
}

export function divergenceRules(db: Db): { from: number; to: number; action: PriceDivergenceAction }[] {
  return db
    .prepare('SELECT from_percent AS "from", to_percent AS "to", action FROM price_divergence_rules ORDER BY position')
    .all() as {
    from: number;
    to: number;
    action: PriceDivergenceAction;
  }[];
}

export function addDivergenceRule(db: Db, rule: { from: number; to: number; action: PriceDivergenceAction }): void {
  db.prepare(
    `INSERT INTO price_divergence_rules (position, from_percent, to_percent, action)
     VALUES ((SELECT COALESCE(MAX(position), -1) + 1 FROM price_divergence_rules), ?, ?, ?)`
  ).run(rule.from, rule.to, rule.action);
}

/** The carrier as the ERP already spells it, compared without case or surrounding spaces. */
export function findErpCarrier(db: Db, name: string): string | null {
  return (
    (db.prepare('SELECT name FROM erp_carriers WHERE lower(trim(name)) = lower(trim(?))').pluck().get(name) as
      string | undefined) ?? null
  );
}

export function addErpCarrier(db: Db, name: string): void {
  db.prepare('INSERT INTO erp_carriers (name) VALUES (?)').run(name);
}

export function findXmlIntegration(db: Db, name: string): { name: string; showUnavailableSkus: boolean } | null {
  const row = db.prepare('SELECT name, show_unavailable_skus FROM xml_integrations WHERE name = ?').get(name) as
    { name: string; show_unavailable_skus: number } | undefined;
  return row ? { name: row.name, showUnavailableSkus: row.show_unavailable_skus === 1 } : null;
}

export function showUnavailableSkusInXml(db: Db, name: string): void {
  db.prepare('UPDATE xml_integrations SET show_unavailable_skus = 1 WHERE name = ?').run(name);
}

/** The objects a fix changes, as diagnosis causes name them. */
export interface FixScope {
  skuIds?: readonly string[];
  productIds?: readonly string[];
  dockIds?: readonly string[];
  shippingPolicyIds?: readonly string[];
  tradePolicyIds?: readonly string[];
  /** Store-wide settings: every cause of these codes. */
  causeCodes?: readonly string[];
}

/** Failed orders whose stored diagnosis names an object in the scope, in id order. */
export function failedOrdersNaming(db: Db, scope: FixScope): number[] {
  const list = (values: readonly string[] | undefined) => JSON.stringify(values ?? []);
  return db
    .prepare(
      `SELECT DISTINCT c.order_id FROM diagnosis_causes c JOIN marketplace_orders o ON o.id = c.order_id
        WHERE o.integration_status = 'error' AND (
              c.sku_id IN (SELECT value FROM json_each(@skus))
           OR c.sku_id IN (SELECT id FROM skus WHERE product_id IN (SELECT value FROM json_each(@products)))
           OR c.dock_id IN (SELECT value FROM json_each(@docks))
           OR c.shipping_policy_id IN (SELECT value FROM json_each(@policies))
           OR c.trade_policy_id IN (SELECT value FROM json_each(@tradePolicies))
           OR c.code IN (SELECT value FROM json_each(@codes)))
        ORDER BY c.order_id`
    )
    .pluck()
    .all({
      skus: list(scope.skuIds),
      products: list(scope.productIds),
      docks: list(scope.dockIds),
      policies: list(scope.shippingPolicyIds),
      tradePolicies: list(scope.tradePolicyIds),
      codes: list(scope.causeCodes)
    }) as number[];
}
