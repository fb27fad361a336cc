import type { Dock, FreightValue, ShippingPolicy, Warehouse } from '../../../../shared/domain/model';
import type { Db } from '../connection';
import { bool, statementCache } from './statement-cache';

const sql = statementCache({
  dock: `INSERT INTO docks (id, name, is_active, priority, dock_time_fake) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_active = excluded.is_active, priority = excluded.priority, dock_time_fake = excluded.dock_time_fake`,
  clearDockPolicies: 'DELETE FROM dock_trade_policies WHERE dock_id = ?',
  dockPolicy: 'INSERT OR IGNORE INTO dock_trade_policies (dock_id, trade_policy_id) VALUES (?, ?)',
  clearDockFreights: 'DELETE FROM dock_shipping_policies WHERE dock_id = ?',
  dockFreight: 'INSERT OR IGNORE INTO dock_shipping_policies (dock_id, shipping_policy_id) VALUES (?, ?)',
  warehouse: `INSERT INTO warehouses (id, name, is_active) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_active = excluded.is_active`,
  clearWarehouseDocks: 'DELETE FROM warehouse_docks WHERE warehouse_id = ?',
  warehouseDock: 'INSERT OR REPLACE INTO warehouse_docks (warehouse_id, dock_id, time, cost_cents) VALUES (?, ?, ?, ?)',
  policy: `INSERT INTO shipping_policies (id, name, shipping_method, is_active, delivery_channel, largest_measure, max_measure_sum,
      minimum_value_cents, maximum_value_cents, carrier_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, shipping_method = excluded.shipping_method, is_active = excluded.is_active,
      delivery_channel = excluded.delivery_channel, largest_measure = excluded.largest_measure, max_measure_sum = excluded.max_measure_sum,
      minimum_value_cents = excluded.minimum_value_cents, maximum_value_cents = excluded.maximum_value_cents, carrier_name = excluded.carrier_name`,
  freight: `INSERT OR REPLACE INTO freight_values (shipping_policy_id, zip_code_start, zip_code_end, weight_start, weight_end, cost_cents, time_cost, country)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
});

export function upsertDock(db: Db, d: Dock): void {
  const q = sql(db);
  q.dock.run(d.id, d.name, bool(d.isActive), d.priority, d.dockTimeFake);
  q.clearDockPolicies.run(d.id);
  for (const id of d.tradePolicyIds) q.dockPolicy.run(d.id, id);
  q.clearDockFreights.run(d.id);
  for (const id of d.shippingPolicyIds) q.dockFreight.run(d.id, id);
}

export function upsertWarehouse(db: Db, w: Warehouse): void {
  const q = sql(db);
  q.warehouse.run(w.id, w.name, bool(w.isActive));
  q.clearWarehouseDocks.run(w.id);
  for (const link of w.docks) q.warehouseDock.run(w.id, link.dockId, link.time, link.costCents);
}

export function upsertShippingPolicy(db: Db, p: ShippingPolicy): void {
  sql(db).policy.run(
    p.id,
    p.name,
    p.shippingMethod,
    bool(p.isActive),
    p.deliveryChannel,
    p.largestMeasure,
    p.maxMeasureSum,
    p.minimumValueCents,
    p.maximumValueCents,
    p.carrierName
  );
}

/** A freight row is keyed by its policy, country, CEP range and weight band. */
export function upsertFreightValue(db: Db, f: FreightValue): void {
  sql(db).freight.run(
    f.shippingPolicyId,
    f.zipCodeStart,
    f.zipCodeEnd,
    f.weightStart,
    f.weightEnd,
    f.costCents,
    f.timeCost,
    f.country ?? ''
  );
}

function groupPairs(rows: { a: string; b: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { a, b } of rows) {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  }
  return map;
}

export function readDocks(db: Db): Dock[] {
  const policies = groupPairs(
    db.prepare('SELECT dock_id AS a, trade_policy_id AS b FROM dock_trade_policies').all() as { a: string; b: string }[]
  );
  const freights = groupPairs(
    db.prepare('SELECT dock_id AS a, shipping_policy_id AS b FROM dock_shipping_policies').all() as { a: string; b: string }[]
  );
  return (
    db.prepare('SELECT * FROM docks').all() as {
      id: string;
      name: string;
      is_active: number;
      priority: number | null;
      dock_time_fake: string | null;
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    isActive: r.is_active === 1,
    priority: r.priority,
    tradePolicyIds: policies.get(r.id) ?? [],
    shippingPolicyIds: freights.get(r.id) ?? [],
    dockTimeFake: r.dock_time_fake
  }));
}

export function readWarehouses(db: Db): Warehouse[] {
  const links = new Map<string, Warehouse['docks']>();
  for (const r of db.prepare('SELECT * FROM warehouse_docks').all() as {
    warehouse_id: string;
    dock_id: string;
    time: string | null;
    cost_cents: number | null;
  }[]) {
    const list = links.get(r.warehouse_id) ?? [];
    list.push({ dockId: r.dock_id, time: r.time, costCents: r.cost_cents });
    links.set(r.warehouse_id, list);
  }
  return (db.prepare('SELECT * FROM warehouses').all() as { id: string; name: string; is_active: number }[]).map((r) => ({
    id: r.id,
    name: r.name,
    isActive: r.is_active === 1,
    docks: links.get(r.id) ?? []
  }));
}

export function readShippingPolicies(db: Db): ShippingPolicy[] {
  return (
    db.prepare('SELECT * FROM shipping_policies').all() as {
      id: string;
      name: string;
      shipping_method: string | null;
      is_active: number;
      delivery_channel: string | null;
      largest_measure: number | null;
      max_measure_sum: number | null;
      minimum_value_cents: number | null;
      maximum_value_cents: number | null;
      carrier_name: string | null;
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    shippingMethod: r.shipping_method,
    isActive: r.is_active === 1,
    deliveryChannel: r.delivery_channel,
    largestMeasure: r.largest_measure,
    maxMeasureSum: r.max_measure_sum,
    minimumValueCents: r.minimum_value_cents,
    maximumValueCents: r.maximum_value_cents,
    carrierName: r.carrier_name
  }));
}

export function readFreightValues(db: Db): FreightValue[] {
  return (
    db.prepare('SELECT * FROM freight_values').all() as {
      shipping_policy_id: string;
      zip_code_start: string;
      zip_code_end: string;
      weight_start: number;
      weight_end: number;
      cost_cents: number;
      time_cost: string | null;
      country: string;
    }[]
  ).map((r) => ({
    shippingPolicyId: r.shipping_policy_id,
    zipCodeStart: r.zip_code_start,
    zipCodeEnd: r.zip_code_end,
    weightStart: r.weight_start,
    weightEnd: r.weight_end,
    costCents: r.cost_cents,
    timeCost: r.time_cost,
    country: r.country === '' ? null : r.country
  }));
}
