import type { FixRequest } from '../../../../shared/api/fixes';
import type { PlanChangeState, PlannedChange } from '../../../../shared/api/plan';
import type { StockReservation } from '../../../../shared/api/reprocess';
import { ADMIN_PATH_OF, isAdminPathPart, type AdminPathPart } from '../../../../shared/domain/admin-paths';
import type { HeldUnits } from '../../model/planned-holds';
import type { Db } from '../connection';

/*
 * The change plan (migration 0009): changes a fix made to a snapshot mirror only, the orders each
 * unblocks, and the orders a replay found would integrate once the plan is carried out.
 */

export interface NewPlannedChange {
  createdAt: string;
  agent: string;
  fix: FixRequest;
  objectKind: string;
  objectId: string;
  objectName: string | null;
  field: string;
  before: unknown;
  after: unknown;
  adminPath: readonly AdminPathPart[];
  auditId: number | null;
  orderIds: readonly number[];
}

/** Records planned changes and the orders each unblocks; returns their ids in the order given. */
export function insertPlannedChanges(db: Db, changes: readonly NewPlannedChange[]): number[] {
  const insert = db.prepare(
    `INSERT INTO plan_changes (created_at, agent, fix_kind, fix_json, object_kind, object_id, object_name, field, before_json, after_json, admin_path, audit_id)
     VALUES (@createdAt, @agent, @fixKind, @fixJson, @objectKind, @objectId, @objectName, @field, @beforeJson, @afterJson, @adminPath, @auditId)`
  );
  const link = db.prepare('INSERT OR IGNORE INTO plan_change_orders (change_id, order_id) SELECT ?, value FROM json_each(?)');
  return changes.map((change) => {
    const { orderIds, before, after, fix, adminPath, ...row } = change;
    const json = {
      adminPath: JSON.stringify(adminPath),
      fixKind: fix.kind,
      fixJson: JSON.stringify(fix),
      beforeJson: JSON.stringify(before ?? null),
      afterJson: JSON.stringify(after ?? null)
    };
    const id = Number(insert.run({ ...row, ...json }).lastInsertRowid);
    link.run(id, JSON.stringify(orderIds));
    return id;
  });
}

type Row = {
  id: number;
  created_at: string;
  agent: string;
  fix_kind: FixRequest['kind'];
  object_kind: string;
  object_id: string;
  object_name: string | null;
  field: string;
  before_json: string;
  after_json: string;
  admin_path: string;
  state: PlanChangeState;
  state_at: string | null;
  orders: string;
};

/**
 * `admin_path` holds the path's language-neutral parts as a JSON array. Rows written before held the
 * English path, which was always their fix kind's: the kind gives their parts back (no migration).
 */
function adminPathOf(row: Row): AdminPathPart[] {
  try {
    const parts: unknown = JSON.parse(row.admin_path);
    if (Array.isArray(parts) && parts.length > 0 && parts.every(isAdminPathPart)) return parts;
  } catch {
    // An English path of an older desk: not JSON.
  }
  return [...(ADMIN_PATH_OF[row.fix_kind] ?? [])];
}

function toChange(row: Row): PlannedChange {
  return {
    id: row.id,
    createdAt: row.created_at,
    agent: row.agent,
    fixKind: row.fix_kind,
    object: { kind: row.object_kind, id: row.object_id, name: row.object_name },
    field: row.field,
    before: JSON.parse(row.before_json) as unknown,
    after: JSON.parse(row.after_json) as unknown,
    adminPath: adminPathOf(row),
    orders: JSON.parse(row.orders) as PlannedChange['orders'],
    state: row.state,
    stateAt: row.state_at
  };
}

const SELECT = `
  SELECT p.*, (SELECT json_group_array(json_object('id', o.id, 'marketplaceOrderId', o.marketplace_order_id))
                 FROM (SELECT o.id, o.marketplace_order_id FROM plan_change_orders x JOIN marketplace_orders o ON o.id = x.order_id
                        WHERE x.change_id = p.id ORDER BY o.id) o) AS orders
    FROM plan_changes p`;

/** The plan's changes in these states, oldest first; only those unblocking `orderId` when given. */
export function listPlannedChanges(db: Db, filter: { states: readonly PlanChangeState[]; orderId?: number }): PlannedChange[] {
  const forOrder =
    filter.orderId === undefined ? '' : 'AND p.id IN (SELECT change_id FROM plan_change_orders WHERE order_id = @orderId)';
  const rows = db
    .prepare(`${SELECT} WHERE p.state IN (SELECT value FROM json_each(@states)) ${forOrder} ORDER BY p.id`)
    .all({ states: JSON.stringify(filter.states), orderId: filter.orderId ?? null }) as Row[];
  return rows.map(toChange);
}

/**
 * Moves planned changes to `done` or `discarded`; changes already out of `planned` stay as they
 * are. An order judged to integrate on a discarded change no longer would, so its mark goes too.
 * Returns how many changed.
 */
export function settlePlannedChanges(
  db: Db,
  ids: readonly number[],
  state: Exclude<PlanChangeState, 'planned'>,
  at: string
): number {
  const json = JSON.stringify(ids);
  if (state === 'discarded') {
    db.prepare(
      `DELETE FROM planned_replays WHERE order_id IN (SELECT order_id FROM plan_change_orders
         WHERE change_id IN (SELECT value FROM json_each(?)) AND change_id IN (SELECT id FROM plan_changes WHERE state = 'planned'))`
    ).run(json);
  }
  return db
    .prepare(`UPDATE plan_changes SET state = ?, state_at = ? WHERE state = 'planned' AND id IN (SELECT value FROM json_each(?))`)
    .run(state, at, json).changes;
}

/** The planned changes made before `before` (ISO), with the fix each came from: what an import can confirm. */
export function plannedFixesBefore(
  db: Db,
  before: string
): { id: number; fix: FixRequest; objectKind: string; objectId: string }[] {
  const rows = db
    .prepare(
      `SELECT id, fix_json, object_kind, object_id FROM plan_changes WHERE state = 'planned' AND created_at < ? ORDER BY id`
    )
    .all(before) as { id: number; fix_json: string; object_kind: string; object_id: string }[];
  return rows.map((row) => ({
    id: row.id,
    fix: JSON.parse(row.fix_json) as FixRequest,
    objectKind: row.object_kind,
    objectId: row.object_id
  }));
}

/** The state of each of these changes. */
export function planChangeStates(db: Db, ids: readonly number[]): Map<number, PlanChangeState> {
  const rows = db
    .prepare('SELECT id, state FROM plan_changes WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; state: PlanChangeState }[];
  return new Map(rows.map((row) => [row.id, row.state]));
}

/** The still planned changes among `ids`, with the fix each came from: what a connected account can apply. */
export function plannedFixesOf(db: Db, ids: readonly number[]): { id: number; fix: FixRequest }[] {
  const rows = db
    .prepare(
      `SELECT id, fix_json FROM plan_changes WHERE state = 'planned' AND id IN (SELECT value FROM json_each(?)) ORDER BY id`
    )
    .all(JSON.stringify(ids)) as { id: number; fix_json: string }[];
  return rows.map((row) => ({ id: row.id, fix: JSON.parse(row.fix_json) as FixRequest }));
}

/**
 * Marks an order as one the local replay found would integrate (the queue shows it so) and holds the
 * units it would take, replacing what it held before: the next run, the pre-check and the simulator
 * find them taken until the mark drops (migration 0012). The caller holds the transaction.
 */
export function markWouldIntegrate(db: Db, orderId: number, at: string, holds: readonly StockReservation[]): void {
  db.prepare(
    'INSERT INTO planned_replays (order_id, judged_at) VALUES (?, ?) ON CONFLICT (order_id) DO UPDATE SET judged_at = excluded.judged_at'
  ).run(orderId, at);
  db.prepare('DELETE FROM planned_holds WHERE order_id = ?').run(orderId);
  const hold = db.prepare(
    'INSERT INTO planned_holds (order_id, sku_id, warehouse_id, units) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET units = units + excluded.units'
  );
  for (const { skuId, warehouseId, units } of holds) if (units > 0) hold.run(orderId, skuId, warehouseId, units);
}

/** Drops an order's would-integrate mark, and with it the units it held (a replay found it fails now). */
export function unmarkWouldIntegrate(db: Db, orderId: number): void {
  db.prepare('DELETE FROM planned_replays WHERE order_id = ?').run(orderId);
}

/** Every planned hold with the marketplace order id that names it, for the store's reading. */
export function readPlannedHolds(db: Db, where: { skuIds?: readonly string[] } = {}): HeldUnits[] {
  const rows = db
    .prepare(
      `SELECT h.order_id AS orderId, o.marketplace_order_id AS marketplaceOrderId, h.sku_id AS skuId, h.warehouse_id AS warehouseId, h.units
         FROM planned_holds h JOIN marketplace_orders o ON o.id = h.order_id
        WHERE @skuIds IS NULL OR h.sku_id IN (SELECT value FROM json_each(@skuIds))
        ORDER BY h.order_id, h.sku_id, h.warehouse_id`
    )
    .all({ skuIds: where.skuIds ? JSON.stringify(where.skuIds) : null }) as HeldUnits[];
  return rows;
}

/** Whether the local replay last found the order would integrate. */
export function wouldIntegrate(db: Db, orderId: number): boolean {
  return db.prepare('SELECT 1 FROM planned_replays WHERE order_id = ?').get(orderId) !== undefined;
}
