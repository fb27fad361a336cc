import type { InventoryBalance, Price } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { bool, statementCache } from './statement-cache';

const sql = statementCache({
  balance: `INSERT INTO inventory (sku_id, warehouse_id, warehouse_name, total_quantity, reserved_quantity, has_unlimited_quantity)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (sku_id, warehouse_id) DO UPDATE SET warehouse_name = excluded.warehouse_name, total_quantity = excluded.total_quantity,
      reserved_quantity = excluded.reserved_quantity, has_unlimited_quantity = excluded.has_unlimited_quantity`,
  price: `INSERT INTO prices (sku_id, base_price_cents, list_price_cents) VALUES (?, ?, ?)
    ON CONFLICT (sku_id) DO UPDATE SET base_price_cents = excluded.base_price_cents, list_price_cents = excluded.list_price_cents`,
  clearFixed: 'DELETE FROM fixed_prices WHERE sku_id = ?',
  fixed: `INSERT INTO fixed_prices (sku_id, position, trade_policy_id, value_cents, list_price_cents, min_quantity, date_from, date_to)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
});

/** One SKU × warehouse balance (an inventory record carries one per warehouse). */
export function upsertBalance(db: Db, b: InventoryBalance): void {
  sql(db).balance.run(b.skuId, b.warehouseId, b.warehouseName, b.totalQuantity, b.reservedQuantity, bool(b.hasUnlimitedQuantity));
}

/** A price with its fixed prices (replaced as a whole, as the pricing API returns them). */
export function upsertPrice(db: Db, p: Price): void {
  const q = sql(db);
  q.price.run(p.skuId, p.basePriceCents, p.listPriceCents);
  q.clearFixed.run(p.skuId);
  p.fixedPrices.forEach((f, position) =>
    q.fixed.run(p.skuId, position, f.tradePolicyId, f.valueCents, f.listPriceCents, f.minQuantity, f.dateFrom, f.dateTo)
  );
}

export function readInventory(db: Db, where: { skuIds?: readonly string[] } = {}): InventoryBalance[] {
  const filter = where.skuIds ? `WHERE sku_id IN (${where.skuIds.map(() => '?').join(',') || 'NULL'})` : '';
  return (
    db.prepare(`SELECT * FROM inventory ${filter}`).all(...(where.skuIds ?? [])) as {
      sku_id: string;
      warehouse_id: string;
      warehouse_name: string | null;
      total_quantity: number;
      reserved_quantity: number;
      has_unlimited_quantity: number;
    }[]
  ).map((r) => ({
    skuId: r.sku_id,
    warehouseId: r.warehouse_id,
    warehouseName: r.warehouse_name,
    totalQuantity: r.total_quantity,
    reservedQuantity: r.reserved_quantity,
    hasUnlimitedQuantity: r.has_unlimited_quantity === 1
  }));
}

export function readPrices(db: Db, where: { skuIds?: readonly string[] } = {}): Price[] {
  const filter = where.skuIds ? `WHERE sku_id IN (${where.skuIds.map(() => '?').join(',') || 'NULL'})` : '';
  const params = where.skuIds ?? [];
  const fixed = new Map<string, Price['fixedPrices']>();
  for (const r of db.prepare(`SELECT * FROM fixed_prices ${filter} ORDER BY sku_id, position`).all(...params) as {
    sku_id: string;
    trade_policy_id: string;
    value_cents: number;
    list_price_cents: number | null;
    min_quantity: number;
    date_from: string | null;
    date_to: string | null;
  }[]) {
    const list = fixed.get(r.sku_id) ?? [];
    list.push({
      tradePolicyId: r.trade_policy_id,
      valueCents: r.value_cents,
      listPriceCents: r.list_price_cents,
      minQuantity: r.min_quantity,
      dateFrom: r.date_from,
      dateTo: r.date_to
    });
    fixed.set(r.sku_id, list);
  }
  return (
    db.prepare(`SELECT * FROM prices ${filter}`).all(...params) as {
      sku_id: string;
      base_price_cents: number | null;
      list_price_cents: number | null;
    }[]
  ).map((r) => ({
    skuId: r.sku_id,
    basePriceCents: r.base_price_cents,
    listPriceCents: r.list_price_cents,
    fixedPrices: fixed.get(r.sku_id) ?? []
  }));
}
